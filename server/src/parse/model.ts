// The parsed form of a config file, shared by both dialects.
// Positions are LSP positions (0-based line, UTF-16 column), so features hand them out unchanged.
import type { Range } from 'vscode-languageserver-types';

export type Dialect = 'systemd' | 'supervisor';

export type LineKind = 'blank' | 'comment' | 'section' | 'entry' | 'continuation' | 'invalid';

/** One physical line. Joining `text + eol` over all lines gives back the input exactly. */
export interface SourceLine {
  text: string;
  eol: string;
  kind: LineKind;
}

/** The part of a value written on one physical line, and where it starts in `Entry.value`. */
export interface ValuePiece {
  text: string;
  range: Range;
  offset: number;
}

/** A supervisor `%(name)s` expansion inside a value. */
export interface Expansion {
  name: string;
  /** The conversion letter after `)`: `s`, `d`, ..., or '' when missing. */
  conversion: string;
  /** Covers the whole `%(name)s`. */
  range: Range;
  nameRange: Range;
}

export interface Entry {
  key: string;
  keyRange: Range;
  separator: '=' | ':';
  /** The value as the daemon reads it: continuations joined, comments dropped, outer blanks trimmed. */
  value: string;
  pieces: ValuePiece[];
  /** From the first value character to the last; empty, right after the separator, when there is no value. */
  valueRange: Range;
  /** The whole entry, continuation lines included. */
  range: Range;
  /** Supervisor only: `%(name)s` expansions found in the value. */
  expansions: Expansion[];
}

export interface Section {
  /** The text between the brackets, as written. */
  name: string;
  nameRange: Range;
  headerRange: Range;
  /** From the header to the end of the section's last non-blank line. */
  range: Range;
  entries: Entry[];
}

export interface SyntaxProblem {
  range: Range;
  message: string;
  code: string;
  severity: 'error' | 'warning';
}

export interface ParsedDocument {
  dialect: Dialect;
  lines: SourceLine[];
  sections: Section[];
  /** Assignments written before any section header (both daemons refuse or ignore them). */
  orphanEntries: Entry[];
  comments: Range[];
  problems: SyntaxProblem[];
}
