// Facts about tmpfiles.d line types and modifiers, read from systemd's src/tmpfiles/tmpfiles.c
// (the release each arrived in found by reading that file at each tag; the rules at v252.31).
// The summaries are our own words.

/** What a type does with the argument column (the text after the age). */
export type ArgumentUse = 'ignored' | 'optional' | 'required';

export interface TmpfilesType {
  letter: string;
  /** The first systemd release whose tmpfiles.c knows the letter. */
  since: number;
  argument: ArgumentUse;
  /** `~` (base64) is refused for these. */
  noBase64?: boolean;
  /** Lines for the same path conflict (tmpfiles.c's takes_ownership()). */
  ownership: boolean;
  /** Its path is a glob, matched against what exists (tmpfiles.c's needs_glob()). */
  glob: boolean;
  /** The argument is C-unescaped and its specifiers expanded. */
  argumentExpanded?: boolean;
  summary: string;
  argumentMeaning?: string;
}

const t = (letter: string, since: number, argument: ArgumentUse, ownership: boolean, glob: boolean,
  summary: string, extra: Partial<TmpfilesType> = {}): TmpfilesType => ({ letter, since, argument, ownership, glob, summary, ...extra });

export const TMPFILES_TYPES: readonly TmpfilesType[] = [
  t('f', 200, 'optional', true, false, 'Create a file if it is missing (f+ empties it first); the argument is written into a file it creates.', { argumentExpanded: true, argumentMeaning: 'Text written into the new file (C escapes and specifiers are expanded).' }),
  t('F', 200, 'optional', true, false, 'Create or empty a file (the old spelling of f+); the argument is written into it.', { argumentExpanded: true, argumentMeaning: 'Text written into the file.' }),
  t('w', 200, 'required', true, true, 'Write the argument into a file that exists (w+ appends); the path may be a glob.', { argumentExpanded: true, argumentMeaning: 'Text written into the file (C escapes and specifiers are expanded).' }),
  t('d', 200, 'ignored', true, false, 'Create a directory; with an age, clean old files out of it.'),
  t('D', 200, 'ignored', true, false, 'Like d, and its contents are removed when tmpfiles runs with --remove.'),
  t('e', 230, 'ignored', true, true, 'Adjust and clean a directory that exists (never created); the path may be a glob.'),
  t('v', 219, 'ignored', true, false, 'Create a btrfs subvolume (a plain directory elsewhere).'),
  t('q', 228, 'ignored', true, false, 'Create a btrfs subvolume in its parent\'s quota group.'),
  t('Q', 228, 'ignored', true, false, 'Create a btrfs subvolume with a quota group of its own.'),
  t('p', 200, 'ignored', true, false, 'Create a named pipe (FIFO); p+ replaces whatever is there.'),
  t('L', 200, 'optional', true, false, 'Create a symbolic link to the argument (L+ replaces what is there); without one, to /usr/share/factory/PATH.', { noBase64: true, argumentExpanded: true, argumentMeaning: 'Where the link points.' }),
  t('c', 200, 'required', true, false, 'Create a character device node; the argument is MAJOR:MINOR.', { noBase64: true, argumentMeaning: 'The device number, MAJOR:MINOR.' }),
  t('b', 200, 'required', true, false, 'Create a block device node; the argument is MAJOR:MINOR.', { noBase64: true, argumentMeaning: 'The device number, MAJOR:MINOR.' }),
  t('C', 214, 'optional', true, false, 'Copy a file or folder from the argument (default /usr/share/factory/PATH) when the path is missing; C+ copies into a folder that exists.', { noBase64: true, argumentExpanded: true, argumentMeaning: 'The absolute path copied from.' }),
  t('x', 200, 'ignored', true, true, 'Leave paths matching this glob alone when cleaning.'),
  t('X', 200, 'ignored', true, true, 'Leave this path alone when cleaning, but not what is inside it.'),
  t('r', 200, 'ignored', true, true, 'Remove a file or an empty directory (a glob) at boot or with --remove.'),
  t('R', 200, 'ignored', true, true, 'Remove a path and everything under it (a glob) at boot or with --remove.'),
  t('z', 200, 'ignored', false, true, 'Set mode, owner and SELinux label of paths that exist (a glob).'),
  t('Z', 214, 'ignored', false, true, 'Like z, down the whole tree.'),
  t('m', 208, 'ignored', false, true, 'The old spelling of z.'),
  t('t', 218, 'required', false, true, 'Set extended attributes (name=value ...) on paths that exist.', { noBase64: true, argumentMeaning: 'Extended attributes, name=value, separated by blanks.' }),
  t('T', 219, 'required', false, true, 'Like t, down the whole tree.', { noBase64: true, argumentMeaning: 'Extended attributes, name=value, separated by blanks.' }),
  t('a', 219, 'required', false, true, 'Set POSIX ACLs on paths that exist (a+ adds to them).', { noBase64: true, argumentMeaning: 'ACL entries as setfacl writes them, separated by commas.' }),
  t('A', 219, 'required', false, true, 'Like a, down the whole tree.', { noBase64: true, argumentMeaning: 'ACL entries as setfacl writes them, separated by commas.' }),
  t('h', 220, 'required', false, true, 'Set file attributes (as chattr does) on paths that exist.', { noBase64: true, argumentMeaning: 'Attribute letters, after an optional +, - or =.' }),
  t('H', 220, 'required', false, true, 'Like h, down the whole tree.', { noBase64: true, argumentMeaning: 'Attribute letters, after an optional +, - or =.' }),
];

export const TYPE_BY_LETTER: ReadonlyMap<string, TmpfilesType> = new Map(TMPFILES_TYPES.map((x) => [x.letter, x]));

export interface TmpfilesModifier {
  char: string;
  since: number;
  summary: string;
}

export const TMPFILES_MODIFIERS: readonly TmpfilesModifier[] = [
  { char: '!', since: 209, summary: 'Only at boot (systemd-tmpfiles --boot).' },
  { char: '+', since: 215, summary: 'Force: replace, append or empty, depending on the type.' },
  { char: '-', since: 240, summary: 'A failure to create the path is not an error.' },
  { char: '=', since: 249, summary: 'Remove what is at the path first when its file type is wrong.' },
  { char: '~', since: 252, summary: 'The argument is base64 and is decoded first.' },
  { char: '^', since: 252, summary: 'The argument names a credential whose contents are used instead.' },
];

export const MODIFIER_BY_CHAR: ReadonlyMap<string, TmpfilesModifier> = new Map(TMPFILES_MODIFIERS.map((m) => [m.char, m]));

/** Specifiers tmpfiles.c 252 expands in paths and arguments (its specifier_table), with what each gives. */
export const TMPFILES_SPECIFIERS: Readonly<Record<string, string>> = {
  a: 'architecture', b: 'boot ID', B: 'OS build ID', H: 'host name', l: 'short host name', m: 'machine ID', o: 'OS ID',
  v: 'kernel release', w: 'OS version ID', W: 'OS variant ID', h: 'home directory of the user', C: 'cache directory (/var/cache)',
  L: 'log directory (/var/log)', S: 'state directory (/var/lib)', t: 'runtime directory (/run)', g: 'group name', G: 'group ID',
  u: 'user name', U: 'user ID', T: 'temporary directory (/tmp)', V: 'temporary directory for larger files (/var/tmp)',
};

/** Specifiers whose value is an absolute path, so a path may start with them. */
export const ABSOLUTE_SPECIFIERS = new Set(['h', 'C', 'L', 'S', 't', 'T', 'V']);

/** Letters of the age-by prefix (`ab:1d`): lower case for files, upper case for directories. */
export const AGE_BY_LETTERS: Readonly<Record<string, string>> = { a: 'access time', b: 'birth time', c: 'change time', m: 'modification time' };

/** Attribute letters of h/H (parse_attribute_from_arg). */
export const ATTRIBUTE_LETTERS = 'ASDacdeijsutTCP';
