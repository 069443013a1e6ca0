/**
 * Program and group names, checked before anything is run.
 *
 * supervisor's own rule (datatypes.process_or_group_name): the name is stripped of surrounding
 * whitespace and must then contain no space, `:` or `/`. We take names already stripped (as a
 * `[program: x ]` header yields `x`) and refuse any whitespace at all. We also refuse what cannot be
 * addressed safely through supervisorctl: supervisorctl joins its arguments with spaces and splits
 * the line again on any whitespace, so a tab or newline inside a name would turn one argument
 * into several; control characters have no place in a name either. A leading `-` is allowed, as
 * supervisor allows it: names always follow the action word (and `tail` always gets an explicit
 * modifier first), so supervisorctl never reads such a name as an option.
 */
import { l10n } from '../l10n';

export type NameCheck = { ok: true; name: string } | { ok: false; reason: string };

/** Validate one process or group name (the part of a namespec on either side of `:`). */
export function checkName(name: string): NameCheck {
  if (name === '') return { ok: false, reason: l10n.t('the name is empty') };
  for (const ch of [' ', ':', '/']) {
    if (name.includes(ch)) return { ok: false, reason: l10n.t('supervisor refuses {0} in a name', JSON.stringify(ch)) };
  }
  if (/\s/u.test(name)) return { ok: false, reason: l10n.t('whitespace in a name would split it into several supervisorctl arguments') };
  if (/[\u0000-\u001f\u007f]/.test(name)) return { ok: false, reason: l10n.t('control characters are not allowed in a name') };
  return { ok: true, name };
}

/** What a supervisorctl command acts on. */
export type Target =
  | { kind: 'all' }
  | { kind: 'group'; group: string }
  | { kind: 'process'; name: string; group?: string };

export class InvalidNameError extends Error {
  constructor(readonly input: string, reason: string) {
    super(l10n.t('invalid supervisor name {0}: {1}', JSON.stringify(input), reason));
  }
}

function mustName(input: string, part: string): string {
  const check = checkName(part);
  if (!check.ok) throw new InvalidNameError(input, check.reason);
  return check.name;
}

/** Check a target's names; throws InvalidNameError. Returns a normalised copy. */
export function checkTarget(target: Target): Target {
  switch (target.kind) {
    case 'all':
      return target;
    case 'group':
      return { kind: 'group', group: mustName(target.group, target.group) };
    case 'process':
      return target.group === undefined
        ? { kind: 'process', name: mustName(target.name, target.name) }
        : { kind: 'process', name: mustName(target.name, target.name), group: mustName(target.group, target.group) };
  }
}

/**
 * Read a namespec as a user types it for supervisorctl: `all`, `group:*` (or `group:`),
 * `group:name`, or `name`. Throws InvalidNameError for anything else.
 */
export function parseTarget(text: string): Target {
  if (text === 'all') return { kind: 'all' };
  const colon = text.indexOf(':');
  if (colon < 0) return { kind: 'process', name: mustName(text, text) };
  const group = mustName(text, text.slice(0, colon));
  const rest = text.slice(colon + 1);
  if (rest === '' || rest === '*') return { kind: 'group', group };
  return { kind: 'process', group, name: mustName(text, rest) };
}

/**
 * The one supervisorctl argument that addresses a target. A program literally named `all` is
 * written `all:all`, since a bare `all` means every program to supervisorctl.
 */
export function namespec(target: Target): string {
  const t = checkTarget(target);
  switch (t.kind) {
    case 'all':
      return 'all';
    case 'group':
      return `${t.group}:*`;
    case 'process':
      if (t.group !== undefined && t.group !== t.name) return `${t.group}:${t.name}`;
      return t.name === 'all' ? 'all:all' : t.name;
  }
}

/** Characters that would change the meaning of the `/logtail/NAME/CHANNEL` URL `tail -f` requests. */
export function urlSafeForTail(spec: string): boolean {
  return !/[?#%\\]/.test(spec);
}
