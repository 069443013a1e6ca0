// Value validators: one function per value kind, shared by diagnostics, hover and completion.
import type { ValueSpec, Version } from '../schema/types';

export interface ValueContext {
  /** Target release: systemd number or supervisor version string. */
  version: Version;
  /** Directive being checked, for messages. */
  key: string;
}

/** A problem inside a value; offsets are into `Entry.value`. */
export interface ValueIssue {
  message: string;
  start: number;
  end: number;
  severity: 'error' | 'warning';
  /** Stable diagnostic code; defaults to the dialect's invalid-value code. */
  code?: string;
}

export type ValueValidator = (value: string, spec: ValueSpec, context: ValueContext) => ValueIssue[];

export type ValidatorTable = Readonly<Record<string, ValueValidator>>;
