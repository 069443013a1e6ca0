// Hover on a command line (`ExecStart=` and the other `Exec*=`, supervisor `command=`): the argument
// vector the program will receive, after quoting, escapes, specifiers, variables or `%(…)s`
// expansions, and a warning for shell syntax that no shell will read.
import type { Hover } from 'vscode-languageserver-types';
import { pathOf } from '../classify/classify';
import { configGroups } from '../rules/supervisor/knownExpansions';
import { splitHeader } from '../rules/supervisor/sections';
import { resolveExecCommands, type ResolvedCommand, type Substitution } from './commandLine/systemdArgv';
import { supervisorCommands, type ProcessCommand } from './commandLine/supervisorArgv';
import type { ShellConstruct } from './commandLine/shellConstructs';
import { codeSpan } from './inlineText';
import { valueMarkdown, type ValueHoverContext } from './valueHoverContext';
import { english, type Translator } from '../l10n/translator';

const PROCESS_SECTIONS = new Set(['program', 'eventlistener', 'fcgi-program']);
/** Table rows shown per command; a longer argv says how many are left. */
const MAX_ROWS = 40;

function argvTable(argv: readonly string[], t: Translator): string {
  const rows = argv.slice(0, MAX_ROWS).map((arg, i) => `| ${i} | ${codeSpan(arg === '' ? '""' : arg).replace(/\|/g, '\\|')} |`);
  const more = argv.length > MAX_ROWS ? [`| … | ${t.format('{count} more', { count: argv.length - MAX_ROWS })} |`] : [];
  return [`| argv | ${t.format('Value')} |`, '| --- | --- |', ...rows, ...more].join('\n');
}

function shellWarning(found: readonly ShellConstruct[], daemon: string, t: Translator): string[] {
  if (found.length === 0) return [];
  const tokens = [...new Set(found.map((f) => f.token))].map(codeSpan).join(', ');
  return [`⚠ ${t.format('The shell syntax {tokens} reaches the program as plain arguments: {daemon} starts it without a shell. For shell syntax run {shell}.',
    { tokens, daemon, shell: codeSpan('/bin/sh -c \'…\'') })}`];
}

function substitutionLine(s: Substitution, t: Translator): string {
  const written = codeSpan(s.written);
  switch (s.source) {
    case 'environment': return t.format('{written} is {value}, from the Environment= line {line}', { written, value: codeSpan(s.value ?? ''), line: (s.line ?? 0) + 1 });
    case 'unset': return t.format('{written} is not set in this file: empty unless EnvironmentFile=, PassEnvironment= or a drop-in sets it', { written });
    case 'runtime': return t.format('{written} is known only when the unit runs', { written });
    default: return t.format('{written} is {value}', { written, value: codeSpan(s.value ?? '') });
  }
}

function systemdCommandMarkdown(command: ResolvedCommand, index: number, count: number, t: Translator): string {
  const parts: string[] = [];
  if (count > 1) parts.push(`*${t.format('Command {n} of {count}', { n: index + 1, count })}*`);
  if (command.prefixes.includes('@') || command.argv[0] !== command.executable) parts.push(t.format('File run: {path}', { path: codeSpan(command.executable) }));
  parts.push(argvTable(command.argv, t));
  const seen = new Set<string>();
  const subs = command.substitutions.filter((s) => !seen.has(s.written) && seen.add(s.written));
  if (subs.length) parts.push(subs.slice(0, 20).map((s) => `- ${substitutionLine(s, t)}`).join('\n'));
  parts.push(...shellWarning(command.shell, 'systemd', t));
  return parts.join('\n\n');
}

function systemdArgvHover(context: ValueHoverContext): Hover | null {
  const { analyzed, entry, directive, version, section } = context;
  const t = context.t ?? english;
  if (directive.value.kind !== 'command' || analyzed.kind.dialect !== 'systemd' || !section) return null;
  const commands = resolveExecCommands(entry.value, {
    kind: analyzed.kind, filePath: analyzed.uri.startsWith('file:') ? pathOf(analyzed.uri) : undefined, version,
    sections: analyzed.doc.sections, sectionName: section.name,
  });
  if (commands.length === 0) return null;
  const environmentFile = section.entries.some((e) => e.key === 'EnvironmentFile' && e.value.trim() !== '');
  const parts = [`**${t.format('What systemd runs')}**`, ...commands.map((c, i) => systemdCommandMarkdown(c, i, commands.length, t))];
  if (environmentFile && commands.some((c) => c.substitutions.some((s) => s.source === 'unset' || s.source === 'environment'))) {
    parts.push(t.format('EnvironmentFile= is read when the unit starts and may set or change these variables.'));
  }
  return valueMarkdown(context, parts.join('\n\n'), 0, entry.value.length);
}

function processMarkdown(p: ProcessCommand, t: Translator): string {
  const head = p.processNum === undefined ? '' : `*process_num = ${p.processNum}*\n\n`;
  if (!p.argv) return `${head}${t.format('Holds an expansion only the running supervisord knows (such as %(ENV_X)s).')}`;
  const error = p.error ? `\n\n⚠ ${t.format('Python cannot split this command: {error}.', { error: p.error })}` : '';
  return `${head}${argvTable(p.argv, t)}${error}`;
}

function supervisorArgvHover(context: ValueHoverContext): Hover | null {
  const { analyzed, entry, section, sectionType } = context;
  const t = context.t ?? english;
  if (analyzed.kind.dialect !== 'supervisor' || !section || !sectionType || !PROCESS_SECTIONS.has(sectionType) || entry.key.toLowerCase() !== 'command') return null;
  if (splitHeader(section).name === undefined) return null;
  const filePath = analyzed.uri.startsWith('file:') ? pathOf(analyzed.uri) : undefined;
  const groups = configGroups({ doc: analyzed.doc, filePath, workspace: context.workspace });
  const { processes, total } = supervisorCommands(section, entry.value, filePath, groups);
  if (processes.length === 0) return null;
  const parts = [`**${t.format('What supervisord runs')}**`, ...processes.map((p) => processMarkdown(p, t))];
  if (total > processes.length) parts.push(t.format('…and {count} more processes.', { count: total - processes.length }));
  const program = processes.find((p) => p.argv?.length)?.argv?.[0];
  if (program && !program.includes('/')) parts.push(t.format('{program} has no folder: supervisord looks it up in its PATH when it starts the process.', { program: codeSpan(program) }));
  parts.push(...shellWarning(processes.flatMap((p) => p.shell).slice(0, 20), 'supervisord', t));
  return valueMarkdown(context, parts.join('\n\n'), 0, entry.value.length);
}

export function argvHover(context: ValueHoverContext): Hover | null {
  return systemdArgvHover(context) ?? supervisorArgvHover(context);
}
