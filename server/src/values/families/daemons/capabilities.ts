// Capability and system call lists of .nspawn and system.conf, as systemd 252 reads them (measured
// against nspawn and the user manager in test/agreement/families): nspawn refuses each unknown
// capability word with a warning; the manager's CapabilityBoundingSet= drops unknown words without a
// word, and nspawn's SystemCallFilter= keeps every word until the container starts, where unknown
// names are skipped. Those two get warnings: the setting loses the word, and no log line says so.
import { capabilityBit } from '../../../security/kernelNames';
import { compareVersions } from '../../../schema/version';
import { validateEnum } from '../../systemd/enum';
import { error, quotedWords, warning, words } from '../../systemd/issue';
import { SYSCALL_TABLE_VERSION, syscallGroups, syscallNames } from '../../systemd/syscalls.generated';
import type { ValueValidator } from '../../types';

/** .nspawn Capability=, DropCapability=, AmbientCapability=: `all` or names and numbers 0-63; quotes are taken as written. */
export const validateNspawnCapabilities: ValueValidator = (value, _spec, context) => words(value).flatMap((w) =>
  (w.text === 'all' || w.text.includes('\\') || capabilityBit(w.text) !== undefined ? []
    : [error(`'${w.text}' is not a capability: ${context.key}= skips it (write names such as CAP_NET_ADMIN, or all).`, w.start, w.end)]));

/** system.conf CapabilityBoundingSet=: an optional `~`, then capability names or numbers; unknown ones are dropped silently. */
export const validateCapabilitySet: ValueValidator = (value) => {
  const { words: items, unbalanced } = quotedWords(value.trimStart().startsWith('~') ? value.replace('~', ' ') : value);
  if (unbalanced) return [];
  return items.filter((w) => !w.text.includes('\\') && capabilityBit(w.text) === undefined).map((w) =>
    warning(`'${w.text}' is not a capability: systemd drops it from the set without a word.`, w.start, w.end));
};

/**
 * .nspawn SystemCallFilter=: an optional `~` before the list, then system call names and @groups. nspawn
 * stores the words as written; a word that is no known name or group is skipped when the container starts.
 */
export const validateNspawnSyscalls: ValueValidator = (value, _spec, context) => {
  if (compareVersions(context.version, SYSCALL_TABLE_VERSION) !== 0) return [];
  const rest = value.trimStart().startsWith('~') ? value.replace('~', ' ') : value;
  return words(rest).flatMap((w) => {
    const known = w.text.startsWith('@') ? syscallGroups.has(w.text) : syscallNames.has(w.text);
    return known || w.text.includes('\\') ? []
      : [warning(`'${w.text}' is not a system call or group systemd ${SYSCALL_TABLE_VERSION} knows: nspawn skips it when the container starts.`, w.start, w.end)];
  });
};

/**
 * system.conf SystemCallArchitectures=: architecture words, as units take them, up to the release in
 * spec.max (252 was measured); the newest tables read it as an obsolete key, so later targets are not judged.
 */
export const validateManagerArchitectures: ValueValidator = (value, spec, context) =>
  // Quotes are removed before the words are looked up; blanking them keeps every word where it was written.
  (spec.max !== undefined && compareVersions(context.version, spec.max) > 0 ? [] : validateEnum(value.replace(/["']/g, ' '), spec, context));
