// Shell syntax in a command that no shell will read: systemd and supervisord both start the program
// directly, so `|`, `>`, `&&` or `$(...)` reach it as plain arguments.

export interface ShellConstruct {
  /** The construct as written: `|`, `2>&1`, `$(`, ... */
  token: string;
  /** Index of the word that holds it. */
  word: number;
}

const OPERATOR_WORD = /^(\||\|\||&&|&|;;|<|<<|>|>>|[0-9]?>&[0-9]|[0-9]>|[0-9]>>|&>)$/;
const REDIRECT_PREFIX = /^([0-9]?>>?|<)[^>&|<]/;
const SHELLS = new Set(['sh', 'bash', 'dash', 'zsh', 'ksh', 'mksh', 'ash', 'fish', 'busybox']);

/** Whether the command is a shell given a script (`/bin/sh -c '...'`), which reads all of that itself. */
export function runsShell(argv: readonly string[]): boolean {
  const program = argv[0]?.slice(argv[0].lastIndexOf('/') + 1) ?? '';
  const viaEnv = program === 'env' ? argv[1]?.slice(argv[1].lastIndexOf('/') + 1) ?? '' : program;
  return SHELLS.has(viaEnv);
}

/** `words`: the program's words with whether each was quoted (quoted ones are taken as meant). At most `max` found. */
export function shellConstructs(words: readonly { text: string; quoted: boolean }[], max = 20): ShellConstruct[] {
  if (runsShell(words.map((w) => w.text))) return [];
  const found: ShellConstruct[] = [];
  words.forEach((w, index) => {
    if (w.quoted || found.length >= max || index === 0) return;
    const operator = OPERATOR_WORD.exec(w.text) ?? REDIRECT_PREFIX.exec(w.text);
    if (operator) found.push({ token: operator[1] ?? operator[0], word: index });
    else if (w.text.includes('$(')) found.push({ token: '$(', word: index });
    else if (w.text.includes('`')) found.push({ token: '`', word: index });
  });
  return found;
}
