// networkctl, systemd-tmpfiles and systemd-sysusers for the files they read. Interface names are
// checked by the kernel's rules (dev_valid_name in net/core/dev.c): 1 to 15 bytes, not "." or "..",
// no "/", ":" or whitespace; every argv puts `--` before a name or path.
import { sectionValues } from './iniLines';
import { l10n } from '../l10n';

/** IFNAMSIZ is 16 bytes with the terminating NUL. */
export const INTERFACE_NAME_MAX_BYTES = 15;

export interface FamilyExecutables {
  networkctl: string;
  systemdTmpfiles: string;
  systemdSysusers: string;
}

export const DEFAULT_FAMILY_EXECUTABLES: FamilyExecutables = {
  networkctl: 'networkctl',
  systemdTmpfiles: 'systemd-tmpfiles',
  systemdSysusers: 'systemd-sysusers',
};

/** Why `name` is not an interface name the kernel accepts, or undefined when it is one. */
export function interfaceNameProblem(name: string): string | undefined {
  if (name.length === 0) return l10n.t('the interface name is empty');
  if (Buffer.byteLength(name, 'utf8') > INTERFACE_NAME_MAX_BYTES) {
    return l10n.t('the interface name is longer than {0} bytes', INTERFACE_NAME_MAX_BYTES);
  }
  if (name === '.' || name === '..') return l10n.t('the interface name cannot be "." or ".."');
  if (/[/:\s\0]/u.test(name)) return l10n.t('the interface name cannot contain "/", ":" or whitespace');
  return undefined;
}

export function assertInterfaceName(name: string): void {
  const problem = interfaceNameProblem(name);
  if (problem !== undefined) throw new Error(l10n.t('Invalid interface name {0}: {1}', JSON.stringify(name), problem));
}

/**
 * The one interface a networkd file names: `[Match] Name=` of a `.network` (or `[NetDev] Name=` of
 * a `.netdev`, the device it creates) when that is one plain name; undefined for a list, a glob, a
 * negation, none, or a `.link` (which matches kernel names), so status shows every link.
 */
export function fileInterface(fileType: string, text: string): string | undefined {
  const values = fileType === 'network' ? sectionValues(text, 'Match', 'Name')
    : fileType === 'netdev' ? sectionValues(text, 'NetDev', 'Name')
      : [];
  // an empty assignment clears the list before it
  const last = values.lastIndexOf('');
  const effective = values.slice(last + 1);
  if (effective.length !== 1) return undefined;
  const name = effective[0];
  if (/[*?[\]!\s]/.test(name)) return undefined;
  return interfaceNameProblem(name) === undefined ? name : undefined;
}

export function networkctlReloadArgv(exe: FamilyExecutables = DEFAULT_FAMILY_EXECUTABLES): string[] {
  return [exe.networkctl, 'reload'];
}

/** `networkctl status IFACE`, or the status of every link without one. */
export function networkctlStatusArgv(iface: string | undefined, exe: FamilyExecutables = DEFAULT_FAMILY_EXECUTABLES): string[] {
  const base = [exe.networkctl, '--no-pager', 'status'];
  if (iface === undefined) return [...base, '--all'];
  assertInterfaceName(iface);
  return [...base, '--', iface];
}

function assertAbsoluteFile(file: string): void {
  if (!file.startsWith('/')) throw new Error(l10n.t('expected an absolute path, got {0}', JSON.stringify(file)));
  if (file.includes('\0')) throw new Error(l10n.t('a path cannot contain a NUL character'));
}

/** Creates what one tmpfiles.d file lists (only that file is read). */
export function tmpfilesCreateArgv(file: string, exe: FamilyExecutables = DEFAULT_FAMILY_EXECUTABLES): string[] {
  assertAbsoluteFile(file);
  return [exe.systemdTmpfiles, '--create', '--', file];
}

/** Creates the users and groups one sysusers.d file lists (only that file is read). */
export function sysusersArgv(file: string, exe: FamilyExecutables = DEFAULT_FAMILY_EXECUTABLES): string[] {
  assertAbsoluteFile(file);
  return [exe.systemdSysusers, '--', file];
}
