// The command lines systemd will run for an `Exec*=` value: the prefixes taken off, quotes and escapes
// resolved, specifiers filled in for this file, and `$VAR` / `${VAR}` replaced from the unit's own
// `Environment=` lines the way the service manager does just before it runs the program.
import type { SystemdFileKind } from '../../classify/fileKind';
import type { Section } from '../../parse/model';
import { findExecVariable } from '../../schema/systemd/execEnvironment';
import type { Version } from '../../schema/types';
import { prefixLength } from '../../values/systemd/command';
import { specifierValue } from '../specifierValues';
import { execWords, type ExecWord } from './execWords';
import { shellConstructs, type ShellConstruct } from './shellConstructs';

/** Instance-dependent letters: a template file cannot know them. */
const INSTANCE_LETTERS = new Set(['n', 'N', 'i', 'I', 'f', 'j', 'J']);

export interface Substitution {
  /** `%i`, `$PORT`, `${HOME}`. */
  written: string;
  /** The value put in; undefined when it is known only when the command runs. */
  value: string | undefined;
  /** Where the value comes from: `file` (this file's name), `manager`, `environment` (a line of this unit), `runtime`, `unset`. */
  source: 'file' | 'manager' | 'environment' | 'runtime' | 'unset';
  /** The `Environment=` line (0-based) for `environment`. */
  line?: number;
}

export interface ResolvedCommand {
  /** The prefix run (`-`, `+`, `@`, `:`, `!`, `!!` in any combination). */
  prefixes: string;
  /** The file started: the first word without prefixes. */
  executable: string;
  /** What the program receives: with `@`, the second word is `argv[0]`. */
  argv: string[];
  substitutions: Substitution[];
  shell: ShellConstruct[];
}

export interface ArgvContext {
  kind: SystemdFileKind;
  filePath: string | undefined;
  version: Version;
  /** The sections of the unit the line belongs to (its `Environment=` lines are read). */
  sections: readonly Section[];
  sectionName: string;
}

/** The `Environment=` assignments of the line's section, last one winning, as systemd merges them. */
function environmentOf(context: ArgvContext, fill: (text: string, subs: Substitution[]) => string): Map<string, { value: string; line: number }> {
  const env = new Map<string, { value: string; line: number }>();
  for (const section of context.sections) {
    if (section.name !== context.sectionName) continue;
    for (const entry of section.entries) {
      if (entry.key !== 'Environment') continue;
      // An empty assignment clears the list.
      if (entry.value.trim() === '') env.clear();
      for (const word of execWords(entry.value)) {
        const eq = word.text.indexOf('=');
        if (eq <= 0) continue;
        env.set(word.text.slice(0, eq), { value: fill(word.text.slice(eq + 1), []), line: entry.keyRange.start.line });
      }
    }
  }
  return env;
}

/** Fills every `%x` of `text`; letters this file cannot know stay as written. */
function fillSpecifiers(text: string, context: ArgvContext, subs: Substitution[]): string {
  return text.replace(/%(.)/gs, (written, letter: string) => {
    if (letter === '%') return '%';
    if (context.kind.template && INSTANCE_LETTERS.has(letter)) {
      subs.push({ written, value: undefined, source: 'runtime' });
      return written;
    }
    const found = specifierValue(context.kind, context.filePath, letter, context.version);
    subs.push({ written, value: found?.value, source: found ? found.source : 'runtime' });
    return found ? found.value : written;
  });
}

const NAME = '[A-Za-z_][A-Za-z0-9_]*';
const WHOLE_WORD = new RegExp(`^\\$(${NAME})$`);
const IN_WORD = new RegExp(`\\$\\$|\\$\\{(${NAME})\\}`, 'g');

function variable(name: string, written: string, env: Map<string, { value: string; line: number }>, subs: Substitution[]): string | undefined {
  const set = env.get(name);
  if (set) {
    subs.push({ written, value: set.value, source: 'environment', line: set.line });
    return set.value;
  }
  if (findExecVariable(name)) {
    subs.push({ written, value: undefined, source: 'runtime' });
    return undefined;
  }
  subs.push({ written, value: '', source: 'unset' });
  return '';
}

/** One word after variable substitution: `$VAR` alone becomes its value's words, `${VAR}` is put in place. */
function expandVariables(word: string, env: Map<string, { value: string; line: number }>, subs: Substitution[]): string[] {
  const whole = WHOLE_WORD.exec(word);
  if (whole) {
    const value = variable(whole[1], word, env, subs);
    if (value === undefined) return [word];
    return value.split(/[ \t\n\r]+/).filter((w) => w !== '');
  }
  return [word.replace(IN_WORD, (written, name: string | undefined) => {
    if (name === undefined) return '$';
    return variable(name, written, env, subs) ?? written;
  })];
}

/** The commands of the value (a lone `;` separates them), at most `max`. */
export function resolveExecCommands(value: string, context: ArgvContext, max = 20): ResolvedCommand[] {
  const groups: ExecWord[][] = [[]];
  for (const word of execWords(value)) {
    if (word.text === ';' && !word.quoted) groups.push([]);
    else groups[groups.length - 1].push(word);
  }
  const env = environmentOf(context, (text, subs) => fillSpecifiers(text, context, subs));
  const out: ResolvedCommand[] = [];
  for (const words of groups.filter((g) => g.length > 0).slice(0, max)) {
    const first = words[0];
    // A word that starts with a quote has no prefixes: `"-x"` is a program named `-x`.
    const run = value[first.start] === '"' || value[first.start] === '\'' ? '' : first.text.slice(0, prefixLength(first.text));
    const subs: Substitution[] = [];
    const filled = words.map((w, i) => fillSpecifiers(i === 0 ? w.text.slice(run.length) : w.text, context, subs));
    const executable = filled[0];
    const rest = run.includes('@') ? filled.slice(1) : filled;
    const argv = run.includes(':') ? rest : rest.flatMap((w, i) => (i === 0 && !run.includes('@') ? [w] : expandVariables(w, env, subs)));
    const shell = shellConstructs(words.map((w, i) => ({ text: i === 0 ? executable : w.text, quoted: w.quoted })));
    out.push({ prefixes: run, executable, argv, substitutions: subs, shell });
  }
  return out;
}
