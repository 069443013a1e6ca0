// Hover in an `Exec*=` command line: the prefixes before the program (`-`, `@`, `:`, `+`, `!`, `!!`)
// as a table, and the `$VAR` / `${VAR}` systemd substitutes, with where their value comes from.
import type { Hover } from 'vscode-languageserver-types';
import type { Entry, Section } from '../parse/model';
import { findExecVariable } from '../schema/systemd/execEnvironment';
import { compareVersions } from '../schema/version';
import { prefixLength } from '../values/systemd/command';
import { quotedWords, type Word } from '../values/systemd/issue';
import { codeSpan, escapeMarkdown, inlineMarkdown } from './inlineText';
import { valueMarkdown, type ValueHoverContext } from './valueHoverContext';

/** The prefixes in systemd's order of description, each with what it does, in our words. */
export const EXEC_PREFIXES: readonly { prefix: string; effect: string }[] = [
  { prefix: '@', effect: 'The second word becomes the program\'s `argv[0]` (the name it sees for itself); the first is the file run.' },
  { prefix: '-', effect: 'A failing exit status is logged but does not make the command, or the unit, fail.' },
  { prefix: ':', effect: 'No `$VAR` or `${VAR}` substitution: the words reach the program as written (specifiers still expand).' },
  { prefix: '+', effect: 'Runs with full privileges: `User=`, `Group=`, the file system sandbox and the other restrictions do not apply to it.' },
  { prefix: '!', effect: 'Runs without the user and group change of `User=`, `Group=`, `SupplementaryGroups=`; the rest of the sandbox applies.' },
  { prefix: '!!', effect: 'Like `!`, but only on a kernel without ambient capabilities; elsewhere the command runs as `User=` with `AmbientCapabilities=`.' },
];

/** The commands of an `Exec*=` value (split at a lone `;`), each as its words. */
export function commandsOf(value: string): Word[][] {
  const commands: Word[][] = [[]];
  for (const word of quotedWords(value).words) {
    if (word.text === ';' && value.slice(word.start, word.end) === ';') commands.push([]);
    else commands[commands.length - 1].push(word);
  }
  return commands.filter((c) => c.length > 0);
}

/** The prefix run at the start of a command's first word (none when the word starts with a quote). */
export function prefixOf(value: string, first: Word): string {
  return value[first.start] === '"' || value[first.start] === '\'' ? '' : first.text.slice(0, prefixLength(first.text));
}

/** Which prefixes a run holds: `-!!` holds `-` and `!!`. */
function prefixesIn(run: string): Set<string> {
  const held = new Set<string>();
  for (const c of run.replace('!!', '')) held.add(c);
  if (run.includes('!!')) held.add('!!');
  return held;
}

export function prefixTable(run: string): string {
  const held = prefixesIn(run);
  const rows = EXEC_PREFIXES.map((p) => `| ${codeSpan(p.prefix)} | ${held.has(p.prefix) ? '✓' : ''} | ${inlineMarkdown(p.effect)} |`);
  return ['| Prefix | Here | Effect |', '| --- | --- | --- |', ...rows].join('\n');
}

export function execPrefixHover(context: ValueHoverContext): Hover | null {
  const { entry, directive, offset } = context;
  if (directive.value.kind !== 'command' || context.analyzed.kind.dialect !== 'systemd') return null;
  for (const command of commandsOf(entry.value)) {
    const run = prefixOf(entry.value, command[0]);
    const start = command[0].start;
    if (run === '' || offset < start || offset >= start + run.length) continue;
    const text = `**${escapeMarkdown(`${directive.name}=${run}`)}**\n\nPrefixes before the program change how systemd runs it; `
      + 'write each at most once (`+`, `!` and `!!` exclude one another), in any order.\n\n' + prefixTable(run);
    return valueMarkdown(context, text, start, start + run.length);
  }
  return null;
}

/** `$NAME` as a word of its own or `${NAME}` anywhere, covering `offset`. */
function variableAt(value: string, word: Word, offset: number): { name: string; start: number; end: number; braces: boolean } | undefined {
  const raw = value.slice(word.start, word.end);
  const plain = /^(["']?)\$([A-Za-z_][A-Za-z0-9_]*)\1$/.exec(raw);
  if (plain && word.text === `$${plain[2]}`) {
    const start = word.start + plain[1].length;
    return offset >= start && offset < start + plain[2].length + 1 ? { name: plain[2], start, end: start + plain[2].length + 1, braces: false } : undefined;
  }
  for (const m of raw.matchAll(/\$(\$|\{([A-Za-z_][A-Za-z0-9_]*)\})/g)) {
    if (m[2] === undefined || m.index === undefined) continue;
    const start = word.start + m.index;
    if (offset >= start && offset < start + m[0].length) return { name: m[2], start, end: start + m[0].length, braces: true };
  }
  return undefined;
}

/** The last `Environment=` assignment of `name` in the file's sections of this type, if any. */
function assignedIn(sections: Section[], name: string): { entry: Entry; value: string } | undefined {
  let found: { entry: Entry; value: string } | undefined;
  for (const section of sections) {
    for (const entry of section.entries) {
      if (entry.key !== 'Environment') continue;
      for (const word of quotedWords(entry.value).words) {
        if (word.text.startsWith(`${name}=`)) found = { entry, value: word.text.slice(name.length + 1) };
      }
    }
  }
  return found;
}

export function commandVariableHover(context: ValueHoverContext): Hover | null {
  const { analyzed, entry, directive, offset, version } = context;
  if (directive.value.kind !== 'command' || analyzed.kind.dialect !== 'systemd') return null;
  for (const command of commandsOf(entry.value)) {
    // After `:` systemd leaves `$` alone.
    if (prefixOf(entry.value, command[0]).includes(':')) continue;
    for (const word of command) {
      const found = variableAt(entry.value, word, offset);
      if (!found) continue;
      const parts = [`**${escapeMarkdown(found.braces ? `\${${found.name}}` : `$${found.name}`)}**`];
      const fact = findExecVariable(found.name);
      const set = assignedIn(analyzed.doc.sections.filter((s) => s.name === context.section?.name), found.name);
      if (set) parts.push(`${codeSpan('Environment=')} on line ${set.entry.keyRange.start.line + 1} sets it to ${codeSpan(set.value)}.`);
      if (fact) {
        parts.push(`Set by systemd: ${inlineMarkdown(fact.summary)}`);
        if (fact.since !== undefined && compareVersions(version, fact.since) < 0) parts.push(`systemd sets it since ${fact.since}; the target is ${escapeMarkdown(String(version))}.`);
      }
      if (!set && !fact) parts.push('systemd does not set it: it comes from `Environment=`, `EnvironmentFile=` or `PassEnvironment=`, in this file or a drop-in; unset, it is empty.');
      parts.push(found.braces ? 'Written `${NAME}`, the value stays one word even with blanks in it.'
        : 'Written `$NAME` as a word of its own, the value is split at blanks into several words; write `${NAME}` to keep it one.');
      return valueMarkdown(context, parts.join('\n\n'), found.start, found.end);
    }
  }
  return null;
}
