// A diagnostic rule: a small pure check over a parsed file, identified by a stable code.
import type { Diagnostic } from 'vscode-languageserver-types';
import type { FileKind } from '../classify/fileKind';
import type { ParsedDocument } from '../parse/model';
import type { DialectSchema } from '../schema/types';

export interface AnalysisSettings {
  /** systemd release the units target. */
  systemdVersion: number;
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
