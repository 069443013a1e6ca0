// Facts about sysusers.d lines, read from systemd's src/sysusers/sysusers.c at v252.31; summaries
// are our own words.

export interface SysusersType {
  letter: string;
  summary: string;
  /** What the ID column holds for this type. */
  id: string;
}

export const SYSUSERS_TYPES: readonly SysusersType[] = [
  { letter: 'u', summary: 'Create a system user (and a group of the same name) if it does not exist.', id: 'UID, UID:GID, UID:GROUP, a path whose owner gives the UID, or - to pick one' },
  { letter: 'g', summary: 'Create a system group if it does not exist.', id: 'GID, a path whose group gives the GID, or - to pick one' },
  { letter: 'm', summary: 'Add the user in the name column to the group in the ID column (both created if missing).', id: 'the group the user joins' },
  { letter: 'r', summary: 'Add a range of IDs that new users and groups are picked from.', id: 'an ID or a range LOW-HIGH' },
];

export const SYSUSERS_TYPE_BY_LETTER: ReadonlyMap<string, SysusersType> = new Map(SYSUSERS_TYPES.map((x) => [x.letter, x]));

/** system_and_tmp_specifier_table of systemd 252: what sysusers expands. */
export const SYSUSERS_SPECIFIERS: Readonly<Record<string, string>> = {
  a: 'architecture', A: 'OS image version', b: 'boot ID', B: 'OS build ID', H: 'host name', l: 'short host name', q: 'pretty host name',
  m: 'machine ID', M: 'OS image ID', o: 'OS ID', v: 'kernel release', w: 'OS version ID', W: 'OS variant ID',
  T: 'temporary directory (/tmp)', V: 'temporary directory for larger files (/var/tmp)',
};
