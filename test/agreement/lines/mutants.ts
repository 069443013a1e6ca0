// Single-defect copies of real lines, drawn with a seeded generator: each changes one column of one
// line (or the line's type) to something the tool refuses, or, as a control, to something it takes.
import type { LineFamily } from './corpus';
import { parseTmpfilesLine } from '../../../server/src/lineFormats/tmpfiles/parse';
import { parseSysusersLine } from '../../../server/src/lineFormats/sysusers/parse';
import type { Word } from '../../../server/src/lineFormats/words';

export { seeded } from '../systemd/mutants';

export interface Mutant {
  text: string;
  /** 1-based line changed. */
  line: number;
  kind: string;
}

/** A column changed, text appended, or the line rewritten around its own path or name (`{word}`). */
type Change = { column: number; to: string; kind: string } | { append: string; kind: string } | { line: string; kind: string };

const TMPFILES_CHANGES: readonly Change[] = [
  { column: 0, to: 'y', kind: 'unknown type' }, { column: 0, to: 'k', kind: 'unknown type' }, { column: 0, to: 'd?', kind: 'bad modifier' },
  { column: 0, to: 'd!!', kind: 'repeated modifier' }, { column: 0, to: 'L~', kind: 'base64 on a symlink' },
  { column: 1, to: 'var/lib/x', kind: 'relative path' }, { column: 1, to: '/run/%y/x', kind: 'unknown specifier' }, { column: 1, to: '"/run/x', kind: 'unclosed quote' },
  { column: 2, to: '0799', kind: 'bad mode' }, { column: 2, to: '17777', kind: 'bad mode' }, { column: 2, to: 'rwx', kind: 'bad mode' }, { column: 2, to: '+644', kind: 'bad mode' },
  { column: 3, to: 'nosuchuser1', kind: 'unknown user' }, { column: 4, to: 'nosuchgroup1', kind: 'unknown group' },
  { column: 5, to: '10x', kind: 'bad age' }, { column: 5, to: 'q:1d', kind: 'bad age-by' }, { column: 5, to: '1d:', kind: 'bad age' }, { column: 5, to: '-5s', kind: 'bad age' },
  // Controls: the tool takes these.
  { column: 2, to: '0700', kind: 'valid mode' }, { column: 2, to: '~:0644', kind: 'valid mode' }, { column: 5, to: '~5d', kind: 'valid age' },
  { column: 5, to: 'aB:2w', kind: 'valid age' }, { column: 3, to: ':0', kind: 'valid user' }, { column: 1, to: '/run/"a b"/%%x', kind: 'valid path' },
  { line: 'h {word} - - - - +Q', kind: 'unknown attribute' }, { line: 'c {word} 0600 - - - 10', kind: 'bad device number' },
  { line: 'w {word}', kind: 'missing argument' }, { line: 'f {word} - - - - a\\qb', kind: 'bad escape' }, { line: 'C {word} - - - - rel/src', kind: 'relative source' },
  { line: 'f~ {word} - - - - !!', kind: 'bad base64' }, { line: 'f^ {word} - - - - a/b', kind: 'bad credential name' },
  { line: 'd {word} - - - - ignored', kind: 'ignored argument (a warning)' }, { line: 'H {word} - - - - =', kind: 'valid attributes' },
  { line: 'b {word} 0600 - - - 8:0x10', kind: 'valid device number' },
];

const SYSUSERS_CHANGES: readonly Change[] = [
  { column: 0, to: 'x', kind: 'unknown type' }, { column: 0, to: 'u!', kind: 'modifier' }, { column: 1, to: '9abc', kind: 'bad name' },
  { column: 1, to: 'a.b', kind: 'bad name' }, { column: 1, to: 'a_name_that_is_far_too_long_for_utmp', kind: 'bad name' },
  { column: 1, to: '%y', kind: 'unknown specifier' }, { column: 2, to: '65535', kind: 'bad id' }, { column: 2, to: '0123', kind: 'bad id' },
  { column: 2, to: '12a', kind: 'bad id' }, { column: 3, to: '"a:b"', kind: 'colon in GECOS' }, { column: 4, to: 'home/x', kind: 'relative home' },
  { column: 5, to: '/bin/../sh', kind: 'dotdot shell' }, { column: 1, to: '"unclosed', kind: 'unclosed quote' }, { append: ' extra', kind: 'trailing garbage' },
  // Controls.
  { line: 'r - 5-3', kind: 'bad range' }, { line: 'm {word} 9g', kind: 'bad group name' }, { line: 'g {word} - "text"', kind: 'GECOS on a group' },
  { line: 'u {word} 1:2:3', kind: 'bad GID' }, { line: 'r {word} 1-2', kind: 'name on a range' }, { line: 'u {word} - - - - - x', kind: 'seventh column' },
  { column: 3, to: '"Some service"', kind: 'valid GECOS' }, { line: 'u {word} 4000:adm "A \\"quoted\\" name" /var/lib/x /bin/sh', kind: 'valid user' }, { column: 2, to: '-', kind: 'valid id' }, { column: 1, to: '_valid-name1', kind: 'valid name' },
];

function replaceWord(line: string, words: Word[], column: number, to: string): string | undefined {
  if (column < words.length) return line.slice(0, words[column].start) + to + line.slice(words[column].end);
  if (column === words.length) return `${line.trimEnd()} ${to}`;
  // Fill the columns between with '-' so the change lands in its column.
  return `${line.trimEnd()} ${Array(column - words.length).fill('-').join(' ')} ${to}`;
}

/** `count` mutants of the given files' texts, one defect each. */
export function mutants(family: LineFamily, texts: readonly string[], count: number, random: () => number): Mutant[] {
  const changes = family === 'tmpfiles' ? TMPFILES_CHANGES : SYSUSERS_CHANGES;
  const out: Mutant[] = [];
  for (let tries = 0; out.length < count && tries < count * 20 && texts.length; tries++) {
    const text = texts[Math.floor(random() * texts.length)];
    const lines = text.split('\n');
    const candidates = lines.map((l, i) => ({ l, i })).filter(({ l }) => l.trim() && !l.trim().startsWith('#'));
    if (!candidates.length) continue;
    const { l, i } = candidates[Math.floor(random() * candidates.length)];
    const change = changes[Math.floor(random() * changes.length)];
    const parsed = family === 'tmpfiles' ? parseTmpfilesLine(l, i) : parseSysusersLine(l, i);
    if (!parsed || parsed.error) continue;
    const type = parsed.words[0]?.text ?? '';
    // The tool skips C lines whose source is missing (always, in an empty root) and ^ lines without
    // the credential before it reads the later columns; such lines are not mutated past the path.
    if (family === 'tmpfiles' && 'column' in change && change.column > 1 && (type.startsWith('C') || type.includes('^'))) continue;
    // A rewritten line must not repeat the path of a line kept (the second is a duplicate the tool ignores).
    if ('line' in change && lines.filter((x) => x.trim().split(/\s+/)[1] === parsed.words[1]?.raw).length > 1) continue;
    const word = parsed.words[1]?.raw;
    if ('line' in change && (word === undefined || word === '-')) continue;
    const next = 'line' in change ? change.line.replace('{word}', word ?? '') : 'append' in change ? (parsed.words.length === 6 ? l.trimEnd() + change.append : undefined) : replaceWord(l, parsed.words, change.column, change.to);
    if (next === undefined || next === l) continue;
    lines[i] = next;
    out.push({ text: lines.join('\n'), line: i + 1, kind: change.kind });
  }
  return out;
}
