// What each column of the two formats holds, in our own words (translated in l10n/zh-cn/lineFormats.ts).
export const TMPFILES_COLUMN_TEXT = {
  type: 'Type: one letter saying what to do with the path, then modifiers (! + - = ~ ^).',
  path: 'Path: absolute, may use specifiers such as %t or %S; a glob for the types that adjust existing paths.',
  mode: 'Mode: octal such as 0755 (- for the default: 0755 for directories, 0644 otherwise). A ~ first masks it with the existing mode; a : first applies it only when the path is created.',
  user: 'User: a name or a UID (- for root, or leave the owner alone for types that adjust). A : first applies it only when the path is created.',
  group: 'Group: a name or a GID (- for root). A : first applies it only when the path is created.',
  age: 'Age: how old files under the path may get before cleaning removes them, a time span such as 10d (- never). A ~ first spares the first level; a prefix such as aM: picks the timestamps compared.',
  argument: 'Argument: what the type uses, such as the text written, the link target or the device number.',
} as const;

export const SYSUSERS_COLUMN_TEXT = {
  type: 'Type: u (user), g (group), m (membership) or r (ID range).',
  name: 'Name: the user or group, a letter or _ then letters, digits, _ or -, at most 31 (- for r lines).',
  id: 'ID: what the type takes here (- to let sysusers pick).',
  gecos: 'GECOS: a description of the user, quoted when it has blanks; no colons (u lines only).',
  home: 'Home directory: an absolute path (- for /; u lines only).',
  shell: 'Login shell: an absolute path (- for the default nologin shell; u lines only).',
} as const;
