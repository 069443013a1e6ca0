// The checks systemd makes when it loads a mount, automount or swap (mount_verify(),
// automount_verify(), swap_verify() in src/core): the unit must be named after its path, a mount
// needs What=, API file systems and the root directory are off limits. A unit that fails one is
// refused as a whole.
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Entry } from '../../parse/model';
import { replace } from '../common/diagnostic';
import type { QuickFix, Rule, RuleContext } from '../types';
import { effective } from './entries';
import { headerOf, isUnitOf, refusal, unitNameOf } from './refusal';
import { hasDotDot, pathFromUnitName, simplifyPath, unitNameFromPath } from './unitPath';

export const NAME_PATH_MISMATCH = 'systemd/name-path-mismatch';
export const MOUNT_WITHOUT_WHAT = 'systemd/mount-without-what';
export const API_MOUNT_POINT = 'systemd/api-mount-point';
export const AUTOMOUNT_RESERVED_OPTION = 'systemd/automount-reserved-option';

/** The setting that names the path of each unit type. */
const PATH_SETTING: Record<string, [section: string, key: string]> = {
  mount: ['Mount', 'Where'], automount: ['Automount', 'Where'], swap: ['Swap', 'What'],
};

/**
 * The path setting as systemd reads it; undefined when unset, holding specifiers, or ignored as not
 * absolute or not normalized (then systemd takes the path from the unit name).
 */
function writtenPath(context: RuleContext, type: string): Entry | undefined {
  const [section, key] = PATH_SETTING[type];
  const entry = effective(context.doc, section, key, context.settings.systemdVersion);
  return entry && entry.value.startsWith('/') && !entry.value.includes('%') && !hasDotDot(entry.value) ? entry : undefined;
}

export const namePathMismatch: Rule = {
  code: NAME_PATH_MISMATCH,
  check(context) {
    const type = context.kind.dialect === 'systemd' ? context.kind.unitType : undefined;
    const name = unitNameOf(context);
    if (!type || !name || !isUnitOf(context, 'mount', 'automount', 'swap')) return [];
    const entry = writtenPath(context, type);
    if (!entry) return [];
    const suffix = `.${type}`;
    const expected = unitNameFromPath(entry.value, suffix);
    if (!expected || expected === name) return [];
    const fixes: QuickFix[] = [];
    const path = pathFromUnitName(name);
    if (path && unitNameFromPath(path, suffix) === name) fixes.push({ title: `Change to ${path}`, preferred: true, edits: [replace(entry.valueRange, path)] });
    return [refusal(context, entry.valueRange,
      `${entry.key}=${entry.value} does not match the unit name: systemd refuses to load ${name}. A unit for this path must be named ${expected}.`,
      NAME_PATH_MISMATCH, fixes)];
  },
};

export const mountWithoutWhat: Rule = {
  code: MOUNT_WITHOUT_WHAT,
  check(context) {
    // The root mount (-.mount) is the one exception: it is always there.
    if (!isUnitOf(context, 'mount') || unitNameOf(context) === '-.mount') return [];
    if (effective(context.doc, 'Mount', 'What', context.settings.systemdVersion)) return [];
    return [refusal(context, headerOf(context.doc, 'Mount'), 'The mount has no What= (the device or file system to mount): systemd refuses to load it.',
      MOUNT_WITHOUT_WHAT)];
  },
};

/** Mount points systemd mounts itself or leaves to others (mount_point_is_api(), mount_point_ignore()). */
const API_PATHS = new Set(['/proc', '/sys', '/dev', '/sys/kernel/security', '/sys/fs/smackfs', '/dev/shm', '/dev/pts', '/run',
  '/sys/fs/cgroup', '/sys/fs/cgroup/unified', '/sys/fs/cgroup/systemd', '/sys/fs/pstore', '/sys/firmware/efi/efivars', '/sys/fs/bpf',
  '/sys/fs/selinux', '/dev/console', '/proc/kmsg', '/proc/sys', '/proc/sys/kernel/random/boot_id']);

function isApiPath(path: string): boolean {
  return API_PATHS.has(path) || path.startsWith('/sys/fs/cgroup/') || path === '/run/host' || path.startsWith('/run/host/');
}

export const apiMountPoint: Rule = {
  code: API_MOUNT_POINT,
  check(context) {
    if (!isUnitOf(context, 'mount', 'automount')) return [];
    const type = context.kind.dialect === 'systemd' ? context.kind.unitType ?? 'mount' : 'mount';
    const entry = writtenPath(context, type);
    const name = unitNameOf(context);
    const path = entry ? simplifyPath(entry.value) : name ? pathFromUnitName(name) : undefined;
    if (!path) return [];
    const at = entry?.valueRange ?? headerOf(context.doc, type === 'mount' ? 'Mount' : 'Automount');
    if (type === 'automount') {
      return path === '/' ? [refusal(context, at, 'An automount cannot be set up on the root directory: systemd refuses to load it.', API_MOUNT_POINT)] : [];
    }
    if (!isApiPath(path)) return [];
    return [refusal(context, at, `${path} is an API file system that systemd mounts itself (or leaves alone): it refuses to load a mount unit for it.`,
      API_MOUNT_POINT)];
  },
};

/** Options the automounter sets itself (automount_verify()). */
const RESERVED = ['fd', 'pgrp', 'minproto', 'maxproto', 'direct', 'indirect'];

export const automountReservedOption: Rule = {
  code: AUTOMOUNT_RESERVED_OPTION,
  check(context) {
    if (!isUnitOf(context, 'automount')) return [];
    const entry = effective(context.doc, 'Automount', 'ExtraOptions', context.settings.systemdVersion);
    if (!entry || entry.value.includes('%')) return [];
    const out: Diagnostic[] = [];
    let offset = 0;
    for (const option of entry.value.split(',')) {
      const name = option.split('=')[0];
      if (RESERVED.includes(name)) {
        const start = { line: entry.valueRange.start.line, character: entry.valueRange.start.character + offset };
        const range = entry.valueRange.start.line === entry.valueRange.end.line
          ? { start, end: { line: start.line, character: start.character + option.length } } : entry.valueRange;
        out.push(refusal(context, range, `ExtraOptions= may not hold '${name}': the automounter sets it itself, and systemd refuses to load the unit.`,
          AUTOMOUNT_RESERVED_OPTION));
        break;
      }
      offset += option.length + 1;
    }
    return out;
  },
};
