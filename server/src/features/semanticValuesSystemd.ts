// Semantic tokens inside a systemd value: what each word means for the directive's value kind.
// A word gets a meaning only where the directive takes it (`on` is a boolean in `PrivateTmp=` and
// plain text in `Description=`), and a value its kind cannot read gets none.
import { specifierDirectives, systemdSpecifiers } from '../schema/systemd/directives.generated';
import type { DirectiveSpec, ValueSpec } from '../schema/types';
import { parseBoolean } from '../values/systemd/boolean';
import { isPercent, isSize } from '../values/systemd/bytes';
import { isCalendarSpec } from '../values/systemd/calendar';
import { prefixLength } from '../values/systemd/command';
import { isAssignment } from '../values/systemd/environment';
import { quotedWords, words, type Word } from '../values/systemd/issue';
import { isSignal } from '../values/systemd/signal';
import { timespanError, TIME_UNITS } from '../values/systemd/timespan';
import type { ValueSpan, ValueSpans } from './semanticTokenLegend';
import { unitTokens } from './unitValues';

const SPECIFIER_LETTERS = new Map(systemdSpecifiers.map((s) => [s.letter, s]));

/** `%x` specifiers systemd knows, and `%%`; unknown letters are left to the diagnostic. */
function specifierSpans(value: string): ValueSpan[] {
  const spans: ValueSpan[] = [];
  for (let i = value.indexOf('%'); i >= 0 && i < value.length - 1; i = value.indexOf('%', i + 2)) {
    const fact = SPECIFIER_LETTERS.get(value[i + 1]);
    if (fact) spans.push({ start: i, end: i + 2, type: 'macro', modifiers: fact.deprecated ? ['deprecated'] : undefined });
  }
  return spans;
}

const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;

/**
 * `${VAR}` anywhere in a word and `$VAR` as a word of its own: the two forms systemd substitutes in
 * a command line (`$$` is a literal dollar sign).
 */
function variableSpans(value: string, word: Word): ValueSpan[] {
  const spans: ValueSpan[] = [];
  const raw = value.slice(word.start, word.end);
  if (/^["']?\$[A-Za-z_][A-Za-z0-9_]*["']?$/.test(raw) && /^\$[A-Za-z_][A-Za-z0-9_]*$/.test(word.text)) {
    const at = raw.indexOf('$');
    return [{ start: word.start + at, end: word.start + at + word.text.length, type: 'variable' }];
  }
  for (let i = raw.indexOf('$'); i >= 0 && i < raw.length - 1; i = raw.indexOf('$', i + 1)) {
    if (raw[i + 1] === '$') { i++; continue; }
    if (raw[i + 1] !== '{' || !NAME_START.test(raw[i + 2] ?? '')) continue;
    let end = i + 3;
    while (end < raw.length && NAME_CHAR.test(raw[end])) end++;
    if (raw[end] !== '}') continue;
    spans.push({ start: word.start + i, end: word.start + end + 1, type: 'variable' });
    i = end;
  }
  return spans;
}

/** Prefixes, program and variables of each command in an `Exec*=` line (commands split at a lone `;`). */
function commandSpans(value: string, out: ValueSpans): void {
  const { words: all } = quotedWords(value);
  let first = true;
  let substitute = true;
  for (const word of all) {
    if (word.text === ';' && value.slice(word.start, word.end) === ';') {
      first = true;
      continue;
    }
    if (first) {
      first = false;
      const skip = value[word.start] === '"' || value[word.start] === '\'' ? 0 : prefixLength(word.text);
      substitute = !word.text.slice(0, skip).includes(':');
      if (skip > 0) out.base.push({ start: word.start, end: word.start + skip, type: 'operator' });
      if (word.start + skip < word.end) out.base.push({ start: word.start + skip, end: word.end, type: 'function' });
    }
    if (substitute) out.overlay.push(...variableSpans(value, word));
  }
}

/** The names `Environment=` sets. */
function assignmentSpans(value: string): ValueSpan[] {
  const { words: all } = quotedWords(value);
  const spans: ValueSpan[] = [];
  for (const word of all) {
    if (!isAssignment(word.text)) continue;
    const quotes = /^["']*/.exec(value.slice(word.start, word.end))?.[0].length ?? 0;
    const name = word.text.indexOf('=');
    // A quote inside the name (`A"B"=1`) moves it from where it is written: leave such words alone.
    if (value.slice(word.start + quotes, word.start + quotes + name) !== word.text.slice(0, name)) continue;
    spans.push({ start: word.start + quotes, end: word.start + quotes + name, type: 'variable', modifiers: ['declaration'] });
  }
  return spans;
}

/** Directives whose words name variables of the service's environment (`UnsetEnvironment=` also takes `VAR=value`). */
const NAMING_VARIABLES = new Set(['PassEnvironment', 'UnsetEnvironment']);

function variableNameSpans(value: string): ValueSpan[] {
  return words(value).flatMap((w): ValueSpan[] => {
    const name = /^[A-Za-z_][A-Za-z0-9_]*(?==|$)/.exec(w.text);
    return name ? [{ start: w.start, end: w.start + name[0].length, type: 'variable' }] : [];
  });
}

/** Each number with its unit in a time span that parses (`5min 20s`, `1.5h`, `300`). */
function timespanSpans(value: string): ValueSpan[] {
  if (timespanError(value) >= 0) return [];
  const trimmed = value.trim();
  const lead = value.indexOf(trimmed);
  if (trimmed === 'infinity') return [{ start: lead, end: lead + trimmed.length, type: 'enumMember' }];
  const spans: ValueSpan[] = [];
  let i = lead;
  const end = lead + trimmed.length;
  while (i < end) {
    const start = i;
    while (i < end && /[0-9.]/.test(value[i])) i++;
    let stop = i;
    while (i < end && (value[i] === ' ' || value[i] === '\t')) i++;
    const unit = TIME_UNITS.find((u) => value.startsWith(u, i));
    if (unit) stop = i += unit.length;
    if (stop > start) spans.push({ start, end: stop, type: 'number' });
    while (i < end && (value[i] === ' ' || value[i] === '\t')) i++;
    if (i === start) i++; // cannot happen for a value that parses; never loop forever
  }
  return spans;
}

/** The whole trimmed value as one span. */
function whole(value: string, type: ValueSpan['type']): ValueSpan[] {
  const trimmed = value.trim();
  if (trimmed === '') return [];
  const start = value.indexOf(trimmed);
  return [{ start, end: start + trimmed.length, type }];
}

function isEnumWord(spec: ValueSpec, word: string): boolean {
  return spec.values?.some((v) => v.name === word) ?? false;
}

/** One word of an enum: its own word, a `word:` prefix form, a boolean where it takes one, or a number in range. */
function enumWord(spec: ValueSpec, word: Word): ValueSpan[] {
  const inverted = word.text.startsWith('~') ? 1 : 0;
  const text = word.text.slice(inverted);
  const start = word.start + inverted;
  const spans: ValueSpan[] = inverted ? [{ start: word.start, end: start, type: 'operator' }] : [];
  // yes/no look the same wherever they are taken, in an enum's own list or as its boolean form.
  const boolean = parseBoolean(text) !== undefined;
  if (isEnumWord(spec, text)) return [...spans, { start, end: word.end, type: boolean ? 'keyword' : 'enumMember' }];
  const prefix = spec.values?.find((v) => v.name.endsWith(':') && text.startsWith(v.name));
  if (prefix) return [...spans, { start, end: start + prefix.name.length - 1, type: 'enumMember' }];
  if (spec.booleans && boolean) return [...spans, { start, end: word.end, type: 'keyword' }];
  if (spec.min !== undefined && /^[0-9]+$/.test(text)) return [...spans, { start, end: word.end, type: 'number' }];
  return [];
}

function enumSpans(value: string, spec: ValueSpec): ValueSpan[] {
  const trimmed = value.trim();
  if (!spec.list) return trimmed ? enumWord(spec, { text: trimmed, start: value.indexOf(trimmed), end: value.indexOf(trimmed) + trimmed.length }) : [];
  if (spec.booleans && parseBoolean(trimmed) !== undefined) return whole(value, 'keyword');
  return words(value).flatMap((w) => enumWord(spec, w));
}

function sizeSpans(value: string, spec: ValueSpec): ValueSpan[] {
  const trimmed = value.trim();
  if (isEnumWord(spec, trimmed)) return whole(value, 'enumMember');
  return isSize(trimmed) || (spec.percent && isPercent(trimmed)) ? whole(value, 'number') : [];
}

/** `SOFT:HARD` resource limits: each side a size, a time span or `infinity`. */
function rlimitSpans(value: string): ValueSpan[] {
  const spans: ValueSpan[] = [];
  let from = 0;
  for (const part of value.split(':')) {
    const trimmed = part.trim();
    const start = from + part.indexOf(trimmed);
    if (trimmed === 'infinity') spans.push({ start, end: start + trimmed.length, type: 'enumMember' });
    else if (trimmed && (isSize(trimmed) || timespanError(trimmed) < 0)) spans.push({ start, end: start + trimmed.length, type: 'number' });
    else return [];
    from += part.length + 1;
  }
  return spans.length <= 2 ? spans : [];
}

/** `ConditionPathExists=|!/x`: the trigger and negation marks before the argument. */
function conditionSpans(value: string): ValueSpan[] {
  const lead = value.length - value.trimStart().length;
  let i = lead;
  while (value[i] === '|' || value[i] === '!') i++;
  return i > lead ? [{ start: lead, end: i, type: 'operator' }] : [];
}

function exitStatusSpans(value: string, spec: ValueSpec): ValueSpan[] {
  return words(value).flatMap((w): ValueSpan[] => {
    if (/^[0-9]+$/.test(w.text)) return Number(w.text) <= 255 ? [{ start: w.start, end: w.end, type: 'number' }] : [];
    return isSignal(w.text) || isEnumWord(spec, w.text) ? [{ start: w.start, end: w.end, type: 'enumMember' }] : [];
  });
}

function baseSpans(value: string, spec: ValueSpec): ValueSpan[] {
  const trimmed = value.trim();
  switch (spec.kind) {
    case 'boolean': return parseBoolean(trimmed) !== undefined ? whole(value, 'keyword') : [];
    case 'enum': return enumSpans(value, spec);
    case 'timespan': return timespanSpans(value);
    case 'bytes': return sizeSpans(value, spec);
    case 'rlimit': return rlimitSpans(value);
    case 'integer':
      if (isEnumWord(spec, trimmed)) return whole(value, 'enumMember');
      return /^[+-]?[0-9]+$/.test(trimmed) ? whole(value, 'number') : [];
    case 'percent': return /^[0-9]+(?:\.[0-9]+)?%$/.test(trimmed) ? whole(value, 'number') : [];
    case 'mode': return /^[0-7]{1,5}$/.test(trimmed) ? whole(value, 'number') : [];
    case 'signal':
      if (!isSignal(trimmed)) return [];
      return whole(value, /^[0-9]+$/.test(trimmed) ? 'number' : 'enumMember');
    case 'exit-status': return exitStatusSpans(value, spec);
    case 'calendar': return isCalendarSpec(trimmed) && !/\s/.test(trimmed) && !/[0-9*]/.test(trimmed) ? whole(value, 'enumMember') : [];
    case 'units': case 'unit': return unitTokens(value).map((u) => ({ start: u.start, end: u.end, type: 'class' as const }));
    case 'environment': return assignmentSpans(value);
    case 'condition': case 'condition-path': return conditionSpans(value);
    default: return [];
  }
}

/** The spans of a systemd value; `directive` is undefined for a key systemd does not know. */
export function systemdValueSpans(value: string, key: string, directive: DirectiveSpec | undefined): ValueSpans {
  const spans: ValueSpans = { base: [], overlay: [] };
  if (!directive) return spans;
  if (specifierDirectives.has(key)) spans.overlay.push(...specifierSpans(value));
  if (directive.value.kind === 'command') commandSpans(value, spans);
  else if (NAMING_VARIABLES.has(key)) spans.base.push(...variableNameSpans(value));
  else spans.base.push(...baseSpans(value, directive.value));
  return spans;
}
