// Signature help while typing a command line: `ExecStart=` and the other `Exec*=` directives (the
// prefixes, the program, `argv[0]` after `@`, the arguments) and supervisor's `command=`. The
// active parameter follows the word the cursor is in, and the documentation says which `argv[N]`
// it becomes, the thing a long command line makes easy to lose count of.
import { MarkupKind, type ParameterInformation, type Position, type SignatureHelp } from 'vscode-languageserver-types';
import type { AnalyzedDocument } from '../analysis';
import type { Entry } from '../parse/model';
import { offsetAt } from '../parse/positions';
import { findDirective, sectionType } from '../schema/lookup';
import { quotedWords, type Word } from '../values/systemd/issue';
import { locate } from './cursor';
import { codeSpan, escapeMarkdown } from './inlineText';
import { prefixOf, prefixTable } from './valueHoverCommand';

/** Trigger characters: after `=` a command starts; a blank starts the next word. */
export const SIGNATURE_TRIGGERS = ['=', ' '];
/** While help is showing, a `;` starts the next command of an `Exec*=` line. */
export const SIGNATURE_RETRIGGERS = [';'];

/** The command around `offset`: its words, and the index of the word the cursor is in or about to type. */
function commandAt(value: string, offset: number, splitAtSemicolons: boolean): { words: Word[]; active: number; number: number; count: number } {
  const commands: Word[][] = [[]];
  let current = 0;
  let active = 0;
  for (const word of quotedWords(value).words) {
    const separator = splitAtSemicolons && word.text === ';' && value.slice(word.start, word.end) === ';';
    if (separator) {
      if (word.end <= offset) { current = commands.length; active = 0; }
      commands.push([]);
      continue;
    }
    commands[commands.length - 1].push(word);
    if (commands.length - 1 === current && word.end < offset) active++;
  }
  return { words: commands[current], active, number: current + 1, count: commands.length };
}

interface Part { text: string; doc?: string }

function signature(parts: Part[], glue: string[], active: number, documentation: string): SignatureHelp {
  let label = '';
  const parameters: ParameterInformation[] = [];
  parts.forEach((part, i) => {
    label += glue[i] ?? '';
    parameters.push({ label: [label.length, label.length + part.text.length], documentation: part.doc ? { kind: MarkupKind.Markdown, value: part.doc } : undefined });
    label += part.text;
  });
  return { signatures: [{ label, documentation: { kind: MarkupKind.Markdown, value: documentation }, parameters }], activeSignature: 0, activeParameter: Math.min(active, parts.length - 1) };
}

function argvNote(index: number, program: string): string {
  return index === 0 ? '' : `The cursor is on ${codeSpan(`argv[${index}]`)}${program ? ` of ${codeSpan(program)}` : ''}.`;
}

function systemdSignature(key: string, value: string, offset: number): SignatureHelp {
  const { words, active, number, count } = commandAt(value, offset, true);
  const first = words[0];
  const run = first ? prefixOf(value, first) : '';
  const program = first ? first.text.slice(run.length) : '';
  const named = run.includes('@');
  // Word 0 holds the prefixes and the program; with `@` word 1 is argv[0], else argv[1].
  let parameter: number;
  if (!first || (active === 0 && (program === '' || offset < first.start + run.length))) parameter = 0;
  else if (active === 0) parameter = 1;
  else parameter = named && active === 1 ? 2 : named ? 3 : 2;
  const argv = active === 0 ? 0 : named ? active - 1 : active;
  const parts: Part[] = [
    { text: '[PREFIXES]', doc: `Optional, before the program with no blank between:\n\n${prefixTable(run)}` },
    { text: 'PROGRAM', doc: 'An absolute path, or (since systemd 239) a plain file name looked up in the default `PATH`. Specifiers expand in it; `$VAR` does not.' },
    ...(named ? [{ text: 'ARGV0', doc: 'With `@`: the name the program sees as `argv[0]`, in place of its path.' }] : []),
    { text: '[ARGUMENT…]', doc: 'Words split at blanks; quotes group them. `$VAR` as a word of its own splits its value into words, `${VAR}` keeps it one; `%` starts a specifier (`%%` for a percent sign).' },
  ];
  const where = count > 1 ? `Command ${number} of ${count} on this line (a lone \`;\` separates them).\n\n` : '';
  const doc = `${where}No shell runs the line: no pipes, redirections or \`&&\`; write \`/bin/sh -c '…'\` for those.${parameter === 0 ? '' : `\n\n${argvNote(argv, program)}`}`;
  return signature(parts, ['', '', ' ', ' '], parameter, `**${escapeMarkdown(`${key}=`)}**\n\n${doc}`.trimEnd());
}

function supervisorSignature(key: string, value: string, offset: number): SignatureHelp {
  const { words, active } = commandAt(value, offset, false);
  const program = words[0]?.text ?? '';
  const parts: Part[] = [
    { text: 'PROGRAM', doc: 'An absolute path, or a name supervisord finds on its `PATH`. `%(name)s` expansions are replaced first.' },
    { text: '[ARGUMENT…]', doc: 'Split like a POSIX shell splits words (quotes group them), but no shell runs it: no pipes, redirections, `&&` or `$VAR`; use `%(ENV_NAME)s` for a variable.' },
  ];
  const doc = `**${escapeMarkdown(`${key}=`)}**\n\nThe program supervisord starts, and keeps as the process it watches: a wrapper script should \`exec\` it.${active === 0 ? '' : `\n\n${argvNote(active, program)}`}`;
  return signature(parts, ['', ' '], active === 0 ? 0 : 1, doc);
}

/**
 * The cursor's offset in the value; past its end on its last line (supervisor's parser leaves
 * trailing blanks out of the value) it counts as after a blank, where the next word starts.
 */
function offsetIn(entry: Entry, position: Position): number | undefined {
  const at = offsetAt(entry.pieces, position);
  if (at !== undefined) return at;
  const end = entry.valueRange.end;
  return position.line === end.line && position.character > end.character ? entry.value.length + 1 : undefined;
}

export function signatureHelp(a: AnalyzedDocument, position: Position): SignatureHelp | null {
  const cursor = locate(a.doc, position);
  const entry = cursor.entry;
  if ((cursor.part !== 'value' && cursor.part !== 'other') || !entry || !cursor.section) return null;
  const offset = cursor.part === 'value' ? cursor.valueOffset : offsetIn(entry, position);
  if (offset === undefined) return null;
  const directive = findDirective(a.support.schema, entry.key, sectionType(a.doc.dialect, cursor.section.name));
  if (!directive) return null;
  if (a.doc.dialect === 'systemd') return directive.value.kind === 'command' ? systemdSignature(directive.name, entry.value, offset) : null;
  return directive.name === 'command' ? supervisorSignature(directive.name, entry.value, offset) : null;
}
