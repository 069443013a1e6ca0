// A diagnostic rule: a small pure check over a parsed file, identified by a stable code.
import type { Diagnostic } from 'vscode-languageserver-types';
import type { FileKind } from '../classify/fileKind';
import type { ParsedDocument } from '../parse/model';
import type { DialectSchema } from '../schema/types';

export interface AnalysisSettings {
  /** systemd release the units target. */
  systemdVersion: number;
  /** Podman release Quadlet files target (`5.2.0`); the newest known when absent. */
  podmanVersion?: string;
}

/** Other files the rule may consult (a program file's main config, the workspace's units). */
export interface WorkspaceView {
  /** Reads a file by absolute path; undefined when missing. Must not throw. */
  readFile(path: string): string | undefined;
  /** Paths matching a glob, for `[include] files=`. */
  glob(pattern: string, cwd: string): string[];
  /** The same, saying when a cap (paths, folder entries, depth) cut the expansion short. */
  globBounded?(pattern: string, cwd: string): GlobExpansion;
}

export interface GlobExpansion {
  paths: string[];
  /** Why the expansion stopped early, in words; undefined when it is complete. */
  capped?: string;
  /** Matches that are neither files nor folders, with what they are ("a FIFO"). */
  special?: { path: string; what: string }[];
}

export interface RuleContext {
  doc: ParsedDocument;
  kind: FileKind;
  schema: DialectSchema;
  settings: AnalysisSettings;
  /** Absolute path of the file when it is on disk, for rules that resolve relative paths. */
  filePath: string | undefined;
  workspace: WorkspaceView | undefined;
  /** The document's URI, for related information that points at other lines of it. */
  uri?: string;
  /** The value validators of the file's dialect or family; the dialect's when absent. */
  validators?: import('../values/types').ValidatorTable;
}

export interface Rule {
  /** Stable code, e.g. `systemd/unknown-directive`: what tests, docs, quick fixes and users refer to. */
  code: string;
  check(context: RuleContext): Diagnostic[];
  /**
   * 'entry': every finding lies on the lines of one entry and follows from that entry, its section's
   * name, the file's kind and the settings alone: the rule finds the same for a file holding only that
   * entry under its header. After an edit only the edited entries are checked again (incremental/findings.ts).
   * 'section': every finding lies on the lines of one section (from its header to the next) and
   * follows from that section alone (its name and entries), the kind and the settings.
   * Absent: the findings may depend on anything in the file.
   */
  scope?: 'entry' | 'section';
  /**
   * Its messages name line numbers ("set again on line 12"): findings below an edit that adds or removes
   * lines are found again, not moved. Every rule is taken to find the same whether blank lines lie
   * between entries or not (only where its findings are changes): after an edit that only adds or
   * removes blank lines, findings are moved, and only those of such a rule are found again.
   */
  namesLines?: boolean;
  /**
   * For a whole-file rule: it reads only section headers and the entries with these keys (as the
   * parser gives them; no workspace, no clock), so an edit that touches neither keeps its findings.
   */
  reads?: ReadonlySet<string>;
}

/**
 * A fix a rule offers with its diagnostic, carried in `Diagnostic.data` as `{ fixes: QuickFix[] }`.
 * The code-action feature turns each into a quick fix, so rules own their fixes.
 */
export interface QuickFix {
  title: string;
  edits: import('vscode-languageserver-types').TextEdit[];
  preferred?: boolean;
}

export interface DiagnosticData {
  fixes?: QuickFix[];
}
