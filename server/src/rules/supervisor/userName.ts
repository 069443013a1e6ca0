// Account names that no system can have: supervisord looks each `user=` (and the user of a
// `chown=`) up with getpwnam() and refuses the configuration, or exits at start for [supervisord],
// when the lookup fails. Names that could exist elsewhere are left to supervisor/not-on-this-machine.
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Entry } from '../../parse/model';
import { findSupervisorOption, supervisorSchema } from '../../schema/supervisor';
import { diagnostic, ERROR } from '../common/diagnostic';
import type { Rule } from '../types';
import { splitHeader } from './sections';

export const INVALID_USER_NAME = 'supervisor/invalid-user-name';

/**
 * Letters, digits, `_`, `.`, `@`, `+`, `-` and a final `$` (machine accounts), not starting with `-`:
 * what the account tools of the common systems accept at their most lenient. A number is a uid.
 */
const POSSIBLE = /^[\p{L}\p{N}_.][\p{L}\p{N}_.@+-]*\$?$/u;

export function cannotBeUserName(name: string): boolean {
  return name !== '' && !POSSIBLE.test(name);
}

/** The account name an entry names, or undefined when it names none we can judge (expansions, `~`). */
export function accountName(kind: string, entry: Entry): string | undefined {
  const value = entry.value.trim();
  if (value.includes('%') || value === '') return undefined;
  return kind === 'user_group' ? value.split(':', 1)[0] : value;
}

/** The options that name an account: the only lines this rule reads (its cap counts their findings alone). */
const ACCOUNT_OPTIONS: ReadonlySet<string> = new Set(supervisorSchema.directives
  .filter((d) => d.value.kind === 'user' || d.value.kind === 'user_group').map((d) => d.name.toLowerCase()));

export const invalidUserName: Rule = {
  code: INVALID_USER_NAME,
  reads: ACCOUNT_OPTIONS,
  check({ doc }) {
    const out: Diagnostic[] = [];
    for (const section of doc.sections) {
      const { type } = splitHeader(section);
      for (const entry of section.entries) {
        const kind = findSupervisorOption(type, entry.key)?.value.kind;
        if (kind !== 'user' && kind !== 'user_group') continue;
        const name = accountName(kind, entry);
        if (name === undefined || !cannotBeUserName(name)) continue;
        out.push(diagnostic(entry.valueRange,
          `'${name}' cannot be a user name (it has characters account names never hold): supervisord refuses it.`, ERROR));
        if (out.length >= 100) return out;
      }
    }
    return out;
  },
};
