// Semantic tokens inside a supervisor value: the words the option's datatype gives meaning to,
// and the `%(name)s` expansions the option replaces.
import { FALSE_WORDS, SIGNAL_NAMES, TRUE_WORDS } from '../schema/supervisor/kinds';
import type { DirectiveSpec, ValueSpec } from '../schema/types';
import { scanFormat } from '../values/supervisor/expansions';
import { commaItems } from '../values/supervisor/issue';
import { isPythonInt, isPythonOctal } from '../values/supervisor/python';
import { lex } from '../values/supervisor/shlex';
import type { ValueSpan, ValueSpans } from './semanticTokenLegend';

const BOOLEAN_WORDS = new Set([...TRUE_WORDS, ...FALSE_WORDS].map((w) => w.toLowerCase()));
const CONVERSIONS = 'diouxXeEfFgGcrsa';

/** `TERM` or `SIGTERM`, in any case, as supervisor's signal_number reads a name. */
function isSignalName(text: string): boolean {
  const upper = text.toUpperCase();
  return SIGNAL_NAMES.includes(upper.startsWith('SIG') ? upper.slice(3) : upper);
}

/** `%(name)s` the option replaces (`%(ENV_X)s` where it takes `ENV_*`), and `%%`. */
function expansionSpans(value: string, allowed: readonly string[]): ValueSpan[] {
  const spans: ValueSpan[] = [];
  for (let i = value.indexOf('%%'); i >= 0; i = value.indexOf('%%', i + 2)) spans.push({ start: i, end: i + 2, type: 'macro' });
  for (const spec of scanFormat(value)) {
    if (spec.name === undefined || spec.star || !CONVERSIONS.includes(spec.conversion) || spec.conversion === '') continue;
    if (allowed.includes(spec.name) || (spec.name.startsWith('ENV_') && allowed.includes('ENV_*'))) {
      spans.push({ start: spec.start, end: spec.end, type: 'macro' });
    }
  }
  return spans;
}

function trimmedSpan(value: string, type: ValueSpan['type']): ValueSpan[] {
  const text = value.trim();
  if (text === '') return [];
  const start = value.indexOf(text);
  return [{ start, end: start + text.length, type }];
}

function isEnumWord(spec: ValueSpec, word: string): boolean {
  const lower = word.toLowerCase();
  return spec.values?.some((v) => v.name.toLowerCase() === lower) ?? false;
}

/** `KEY="value",KEY2=value`: the names, read with the same shlex tokens supervisor uses. */
function environmentSpans(value: string): ValueSpan[] {
  const { tokens, unclosedQuote } = lex(value);
  if (unclosedQuote !== undefined) return [];
  const spans: ValueSpan[] = [];
  for (let i = 0; i + 2 < tokens.length; i += 4) {
    if (tokens[i + 1].text !== '=' || /^["']/.test(tokens[i].text)) break;
    spans.push({ start: tokens[i].start, end: tokens[i].end, type: 'variable', modifiers: ['declaration'] });
  }
  return spans;
}

function commaSpans(value: string, type: ValueSpan['type'], accept: (text: string) => boolean): ValueSpan[] {
  return commaItems(value).filter((item) => item.text !== '' && accept(item.text))
    .map((item) => ({ start: item.start, end: item.end, type }));
}

/** The program a `command=` runs: its first word, unless quoted. */
function programSpan(value: string): ValueSpan[] {
  const match = /^\s*([^\s"']+)/.exec(value);
  if (!match) return [];
  const start = match[0].length - match[1].length;
  return [{ start, end: match[0].length, type: 'function' }];
}

function baseSpans(value: string, spec: ValueSpec): ValueSpan[] {
  const trimmed = value.trim();
  switch (spec.kind) {
    case 'boolean': return BOOLEAN_WORDS.has(trimmed.toLowerCase()) ? trimmedSpan(value, 'keyword') : [];
    case 'auto_restart':
      if (BOOLEAN_WORDS.has(trimmed.toLowerCase())) return trimmedSpan(value, 'keyword');
      return isEnumWord(spec, trimmed) ? trimmedSpan(value, 'enumMember') : [];
    case 'logging_level': case 'logfile': return isEnumWord(spec, trimmed) ? trimmedSpan(value, 'enumMember') : [];
    case 'url': return isEnumWord(spec, trimmed) ? trimmedSpan(value, 'enumMember') : [];
    case 'signal':
      if (isPythonInt(value)) return trimmedSpan(value, 'number');
      return isSignalName(trimmed) ? trimmedSpan(value, 'enumMember') : [];
    case 'integer': return isPythonInt(value) ? trimmedSpan(value, 'number') : [];
    case 'octal': return isPythonOctal(value) ? trimmedSpan(value, 'number') : [];
    case 'byte_size': return /^[0-9]+(?:_[0-9]+)*(?:[kmg]b)?$/i.test(trimmed) ? trimmedSpan(value, 'number') : [];
    case 'exitcodes': return commaSpans(value, 'number', (text) => isPythonInt(text));
    case 'events': return commaSpans(value, 'enumMember', (text) => isEnumWord(spec, text));
    case 'program_list': return commaSpans(value, 'class', () => true);
    case 'environment': return environmentSpans(value);
    case 'command': return programSpan(value);
    case 'inet_address': {
      const colon = value.lastIndexOf(':');
      const port = value.slice(colon + 1);
      const text = port.trim();
      const start = colon + 1 + port.indexOf(text);
      return /^[0-9]+$/.test(text) ? [{ start, end: start + text.length, type: 'number' }] : [];
    }
    default: return [];
  }
}

/** The spans of a supervisor value; `directive` is undefined for an option supervisord does not know. */
export function supervisorValueSpans(value: string, directive: DirectiveSpec | undefined): ValueSpans {
  const spans: ValueSpans = { base: [], overlay: [] };
  if (!directive) return spans;
  spans.overlay.push(...expansionSpans(value, directive.expansions ?? []));
  // Words hidden behind an expansion are only known when supervisord runs: leave them plain.
  const literal = !value.includes('%(') || ['command', 'environment', 'program_list'].includes(directive.value.kind);
  if (literal) spans.base.push(...baseSpans(value, directive.value));
  return spans;
}
