// Values for one directive: a well-formed seed of its type class, bent by a mutator that makes it a
// boundary case, malformed, unicode, an overflow, or adds specifiers, escapes or quotes.
import { Rng } from '../prng';
import type { FuzzDirective } from './directives';
import { GENERAL, SEEDS } from './seeds';

type Mutator = (value: string, rng: Rng) => string;

const UNICODE = ['\u00e9', '\u00a0', '\u200b', '\u2028', '\ud83d\ude00', '\ufffd', '\u00b5', '\u03bc'];
const SPECIFIERS = ['%i', '%n', '%Z', '%', '%%', '%5', '%-', '%!', '%h', '%t', '%I'];
const ESCAPES = ['\\-', '\\x41', '\\n', '\\q', '\\\\', '\\"', '\\$', '\\u00e9'];
const JUNK = ['.', '..', ',', ':', ';', '-', '+', 'x', '=', '"', '\'', '~', '@', '!', '|', '$', '/', ' ', '0', 'K', 's'];

function insertAt(value: string, piece: string, rng: Rng): string {
  const at = rng.int(value.length + 1);
  return value.slice(0, at) + piece + value.slice(at);
}

/** A number in the value made larger, negative, fractional or doubled-dotted. */
function bendNumber(value: string, rng: Rng): string {
  const m = /[0-9]+/.exec(value);
  if (!m) return value + rng.pick(['0', '1.2.3', '99999999999999999999']);
  const replacement = rng.pick(['0', '-1', '1.2.3', '99999999999999999999', '4294967296', '18446744073709551616', `${m[0]}.5`, `${m[0]}.`, `0${m[0]}`, '1e3', `${m[0]}0000000000`]);
  return value.slice(0, m.index) + replacement + value.slice(m.index + m[0].length);
}

const MUTATORS: readonly (readonly [number, Mutator])[] = [
  [6, (v) => v],
  [4, bendNumber],
  [3, (v, rng) => insertAt(v, rng.pick(JUNK), rng)],
  [2, (v, rng) => v + rng.pick(JUNK) + (rng.chance(0.5) ? v : '')],
  [2, (v, rng) => insertAt(v, rng.pick(UNICODE), rng)],
  [3, (v, rng) => (rng.chance(0.5) ? insertAt(v, rng.pick(SPECIFIERS), rng) : v + rng.pick(SPECIFIERS))],
  [2, (v, rng) => insertAt(v, rng.pick(ESCAPES), rng)],
  [1, (v, rng) => rng.pick(['"', '\'']) + v + (rng.chance(0.7) ? rng.pick(['"', '\'']) : '')],
  [1, (v) => v.toUpperCase()],
  [1, (v) => v.repeat(40)],
  [2, (v, rng) => `${v} ${rng.pick(GENERAL)}`],
  [1, (v) => v.slice(0, Math.max(1, v.length - 1))],
];

/** One value for `directive`; never holds a line break or ends in a backslash (a continuation). */
export function valueFor(directive: FuzzDirective, rng: Rng, enums: Map<string, string[]>): string {
  const own = enums.get(directive.parser) ?? SEEDS[directive.type] ?? SEEDS[directive.type.split(':')[0]] ?? [];
  const pool = own.length && rng.chance(0.85) ? own : GENERAL;
  let value = rng.pick(pool);
  const rounds = rng.chance(0.2) ? 2 : 1;
  for (let i = 0; i < rounds; i++) value = rng.weighted(MUTATORS)(value, rng);
  value = value.replace(/[\r\n\u2028]/g, ' ').trim();
  while (value.endsWith('\\')) value = value.slice(0, -1);
  return value;
}
