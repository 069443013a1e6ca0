// `%x` specifiers: which letters exist in which release; `%%` is a literal percent sign, and so is a
// `%` before a character that is not a letter or digit, or at the end.
import { specifierDirectives, systemdSpecifiers } from '../../schema/systemd/directives.generated';
import { compareVersions } from '../../schema/version';
import type { Version } from '../../schema/types';
import type { ValueIssue } from '../types';
import { error } from './issue';

export const UNKNOWN_SPECIFIER = 'systemd/unknown-specifier';

/** Specifiers that expand to an absolute path, so `%h/x` counts as absolute. */
export const ABSOLUTE_SPECIFIERS = new Set(['h', 't', 'S', 'C', 'L', 'E', 'T', 'V', 'd', 'y', 'Y', 'f', 'D']);

/** The value goes through specifier expansion and holds one: only the loaded unit knows the result. */
export function expands(text: string, key: string): boolean {
  return specifierDirectives.has(key) && /%[A-Za-z0-9]/.test(text.replace(/%%/g, ''));
}

/** Problems with `%` sequences in a value (offsets into the value). */
export function checkSpecifiers(value: string, version: Version, offset = 0): ValueIssue[] {
  const issues: ValueIssue[] = [];
  for (let i = 0; i < value.length; i++) {
    if (value[i] !== '%') continue;
    const letter = value[i + 1];
    // systemd keeps a '%' literally at the end and before anything but a letter or digit (`100% done`).
    if (letter === undefined || !/[A-Za-z0-9%]/.test(letter)) continue;
    const fact = systemdSpecifiers.find((s) => s.letter === letter);
    if (!fact) {
      issues.push(error(`'%${letter}' is not a specifier: write '%%' for a percent sign.`, offset + i, offset + i + 2, UNKNOWN_SPECIFIER));
    } else if (fact.since !== undefined && compareVersions(version, fact.since) < 0) {
      issues.push(error(`'%${letter}' needs systemd ${fact.since}; the target is ${version}.`, offset + i, offset + i + 2, UNKNOWN_SPECIFIER));
    }
    i++;
  }
  return issues;
}
