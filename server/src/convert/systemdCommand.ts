// An `ExecStart=` line → the argv systemd runs, with its prefixes, specifiers and `$VAR`s resolved
// as far as the unit file says, and then the `command=` supervisord splits back into that argv.
import { quotedWords } from '../values/systemd/issue';
import { shlexQuote } from '../values/supervisor/posixShlex';

export interface CommandContext {
  /** Values of specifiers known from the file: `n`, `N`, `p`, `i`, ... */
  specifiers: Readonly<Record<string, string>>;
  /** Variables the unit's Environment= lines set. */
  environment: ReadonlyMap<string, string>;
}

export interface ConvertedCommand {
  command: string;
  notes: string[];
}

const HOST = '\uE010';
const ENV = '\uE011';
const ENV_END = '\uE012';

function resolveSpecifiers(word: string, ctx: CommandContext, notes: Set<string>): string {
  return word.replace(/%(.)/g, (whole, letter: string) => {
    if (letter === '%') return '%';
    if (letter === 'H') return HOST;
    const known = ctx.specifiers[letter];
    if (known !== undefined) return known;
    notes.add(`%${letter} has no value known before the service runs; it is kept as the text %${letter}.`);
    return whole;
  });
}

/** `${X}` inside a word, or `$X` as the whole word (systemd splits that one at blanks). */
function resolveVariables(word: string, ctx: CommandContext, notes: Set<string>): string[] {
  const whole = /^\$([A-Za-z_][A-Za-z0-9_]*)$/.exec(word);
  const lookup = (name: string) => {
    const value = ctx.environment.get(name);
    if (value !== undefined) return value;
    notes.add(`$${name} is not set by this unit: supervisord fills %(ENV_${name})s in from its own environment.`);
    return `${ENV}${name}${ENV_END}`;
  };
  if (whole) {
    const value = lookup(whole[1]);
    return value.startsWith(ENV) ? [value] : value.split(/[ \t\n]+/).filter(Boolean);
  }
  return [word.replace(/\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_all, name: string | undefined) => (name === undefined ? '$' : lookup(name)))];
}

/**
 * A value other than a command line (a path, a user, an environment value) as supervisor writes it:
 * specifiers resolved, `%` doubled, the host name as `%(host_node_name)s`.
 */
export function supervisorText(value: string, specifiers: Readonly<Record<string, string>>, notes: Set<string>): string {
  return resolveSpecifiers(value, { specifiers, environment: new Map() }, notes).replace(/%/g, '%%').replaceAll(HOST, '%(host_node_name)s');
}

export function convertCommand(line: string, ctx: CommandContext): ConvertedCommand | { refusal: string } {
  const notes = new Set<string>();
  const prefix = /^[-@:+!]*/.exec(line)?.[0] ?? '';
  const { words, unbalanced } = quotedWords(line.slice(prefix.length));
  if (unbalanced || !words.length) return { refusal: 'ExecStart= cannot be read (a quote is not closed, or there is no program).' };
  let argv = words.map((w) => w.text);
  if (prefix.includes('@')) {
    notes.add('The @ prefix gave the program another argv[0]; supervisord passes the program\'s path as argv[0].');
    argv = [argv[0], ...argv.slice(2)];
  }
  if (prefix.includes('-')) notes.add('The - prefix let the service go on when the program failed; supervisord has no such setting.');
  if (prefix.includes('+') || prefix.includes('!')) notes.add(`The ${prefix.replace(/[-@:]/g, '')} prefix ran the program with full privileges; supervisord runs it as user=.`);
  const substitute = !prefix.includes(':');
  const resolved = argv.flatMap((word, n) => {
    const text = resolveSpecifiers(word, ctx, notes);
    return n > 0 && substitute ? resolveVariables(text, ctx, notes) : [text];
  });
  const written = resolved.map(shlexQuote).join(' ')
    .replace(/%/g, '%%')
    .replaceAll(HOST, '%(host_node_name)s')
    .replace(new RegExp(`${ENV}([^${ENV_END}]*)${ENV_END}`, 'g'), '%(ENV_$1)s');
  return { command: written, notes: [...notes] };
}
