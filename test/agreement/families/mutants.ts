// Single-defect mutants of the families' real files, drawn with a seeded generator so every run makes the
// same ones. The defects are chosen from the shape of a value, not from our schema, so the test does not
// grade our schema with itself: whether the daemon objects is still the oracle's call.
import { parseSystemd } from '../../../server/src/parse/systemd';
import type { Entry, Section } from '../../../server/src/parse/model';

export { seeded } from '../systemd/mutants';

export interface Mutant {
  kind: string;
  text: string;
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T | undefined => items[Math.floor(random() * items.length)];

const BOOLEAN = /^(yes|no|true|false|on|off|1|0)$/i;
const OTHER_SPELLING: Record<string, string> = { yes: 'on', no: 'off', true: 'yes', false: 'no', on: 'true', off: 'false', 1: 'yes', 0: 'no' };
const NUMBER = /^\d+$/;
const TIME = /^\d+(\.\d+)?\s*(us|usec|ms|msec|s|sec|seconds?|m|min|minutes?|h|hr|hours?|d|days?|w|weeks?)$/i;
const SIZE = /^\d+(\.\d+)?\s*[KMGTPE]i?B?$/i;
const WORD = /^[a-z][a-z0-9-]{2,}$/;
const IPV4 = /^(\d{1,3}\.){3}\d{1,3}(\/\d{1,2})?$/;
const MAC = /^([0-9a-f]{2}:){5}[0-9a-f]{2}$/i;
/** A value with a capability name in it (CAP_NET_ADMIN), a range of numbers (0-3), an absolute path, a system call group. */
const CAPABILITY = /\bCAP_[A-Z_]+\b/;
const RANGE = /^(\d+)-(\d+)$/;
const ABSOLUTE = /^\/[^\s]*$/;
const SYSCALL_GROUP = /(^|[\s~])@[a-z-]+/;

/**
 * Lines `#Key=value` (the commented defaults Debian's configs ship) made live, to have values to mutate.
 * Empty ones stay commented: several daemons refuse an empty size or time span.
 */
export function uncommentDefaults(text: string): string {
  return text.split('\n').map((line) => /^#\s?[A-Z][A-Za-z0-9]*=\S/.test(line) ? line.replace(/^#\s?/, '') : line).join('\n');
}

interface File { lines: string[]; sections: Section[] }

function oneLineEntries(file: File, test: (e: Entry) => boolean): Entry[] {
  return file.sections.flatMap((s) => s.entries).filter((e) => e.range.start.line === e.range.end.line && test(e));
}

function setLine(file: File, line: number, text: string): string {
  return file.lines.map((l, i) => (i === line ? text : l)).join('\n');
}

function withValue(file: File, e: Entry, value: string): string {
  const line = file.lines[e.range.start.line];
  return setLine(file, e.range.start.line, line.slice(0, e.valueRange.start.character) + value + line.slice(e.valueRange.end.character));
}

function misspell(word: string, random: Random): string {
  const at = 1 + Math.floor(random() * Math.max(1, word.length - 2));
  const how = Math.floor(random() * 3);
  if (how === 0) return word.slice(0, at) + word.slice(at + 1);
  if (how === 1) return word.slice(0, at) + word[at] + word.slice(at);
  return at + 1 < word.length ? word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2) : `${word}x`;
}

type Maker = (file: File, random: Random) => string | undefined;

function valueDefect(shape: RegExp, bad: (value: string, random: Random) => string): Maker {
  return (file, random) => {
    const e = pick(random, oneLineEntries(file, (x) => shape.test(x.value)));
    return e && withValue(file, e, bad(e.value, random));
  };
}

/** The defects, by name; each returns undefined when the file has nothing it applies to. */
const DEFECTS: Record<string, Maker> = {
  'key typo': (file, random) => {
    const e = pick(random, oneLineEntries(file, (x) => x.key.length > 3));
    if (!e) return undefined;
    const key = misspell(e.key, random);
    const line = file.lines[e.range.start.line];
    return key === e.key ? undefined : setLine(file, e.range.start.line, line.slice(0, e.keyRange.start.character) + key + line.slice(e.keyRange.end.character));
  },
  'bad boolean': valueDefect(BOOLEAN, () => 'maybe'),
  'bad number': valueDefect(NUMBER, (v) => `${v}x`),
  'bad time span': valueDefect(TIME, (v) => `${v.replace(/[^\d.]+$/, '')}fortnights`),
  'bad size': valueDefect(SIZE, (v) => `${v.replace(/[^\d.]+$/, '')}Q`),
  'bad word': valueDefect(WORD, (v, random) => (BOOLEAN.test(v) ? v : misspell(v, random))),
  'bad IPv4 address': valueDefect(IPV4, (v) => v.replace(/^\d+/, '300')),
  'bad prefix length': valueDefect(/^(\d{1,3}\.){3}\d{1,3}\/\d{1,2}$/, (v) => v.replace(/\/\d+$/, '/33')),
  'bad MAC address': valueDefect(MAC, (v) => v.replace(/[0-9a-f]{2}$/i, 'zz')),
  'bad capability': valueDefect(CAPABILITY, (v, random) => v.replace(CAPABILITY, (cap) => `CAP_${misspell(cap.slice(4), random)}`)),
  'reversed range': valueDefect(/^\d+-\d+$/, (v) => v.replace(RANGE, (_m, low: string, high: string) => (Number(low) < Number(high) ? `${high}-${low}` : `${low}-x`))),
  'relative path': valueDefect(ABSOLUTE, (v) => v.slice(1)),
  'bad system call group': valueDefect(SYSCALL_GROUP, (v, random) => v.replace(/@([a-z-]+)/, (_m, group: string) => `@${misspell(group, random)}`)),
  'key in another section': (file, random) => {
    if (file.sections.length < 2) return undefined;
    const e = pick(random, oneLineEntries(file, () => true));
    const from = file.sections.find((s) => s.entries.includes(e as Entry));
    const to = pick(random, file.sections.filter((s) => s.name !== from?.name));
    if (!e || !to) return undefined;
    const moved = file.lines[e.range.start.line];
    const lines = file.lines.filter((_, i) => i !== e.range.start.line);
    const header = to.headerRange.start.line - (to.headerRange.start.line > e.range.start.line ? 1 : 0);
    return [...lines.slice(0, header + 1), moved, ...lines.slice(header + 1)].join('\n');
  },
  'unknown section': (file, random) => {
    const s = pick(random, file.sections.filter((x) => x.name.length > 3));
    const e = s && pick(random, s.entries);
    return s && e ? `${file.lines.join('\n').replace(/\n*$/, '\n')}\n[${misspell(s.name, random)}]\n${file.lines[e.range.start.line]}\n` : undefined;
  },
  'line without =': (file, random) => {
    const e = pick(random, oneLineEntries(file, () => true));
    return e && setLine(file, e.range.start.line, e.key);
  },
};

/** Valid spellings of the same settings, to catch false alarms. */
const VALID: Record<string, Maker> = {
  'other boolean spelling': valueDefect(BOOLEAN, (v) => OTHER_SPELLING[v.toLowerCase()] ?? v),
  'blanks around =': (file, random) => {
    const e = pick(random, oneLineEntries(file, () => true));
    if (!e) return undefined;
    const line = file.lines[e.range.start.line];
    return setLine(file, e.range.start.line, `${line.slice(0, e.keyRange.end.character)} = ${line.slice(e.valueRange.start.character)}`);
  },
  'comment lines': (file, random) => {
    const s = pick(random, file.sections);
    if (!s) return undefined;
    const at = s.headerRange.start.line;
    return [...file.lines.slice(0, at + 1), '# a comment', '; another comment', ...file.lines.slice(at + 1)].join('\n');
  },
};

const ALL: [string, Maker][] = [...Object.entries(DEFECTS), ...Object.entries(VALID)];

/** One mutant of `text`, or undefined when the drawn change does not apply to it. */
export function mutate(text: string, random: Random): Mutant | undefined {
  const doc = parseSystemd(text);
  const file: File = { lines: text.split('\n'), sections: doc.sections };
  const [kind, make] = pick(random, ALL) ?? ALL[0];
  const out = make(file, random);
  return out === undefined || out === text ? undefined : { kind, text: out };
}
