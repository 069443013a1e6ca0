// ESLint rule `local/regex-complexity`: flags regular expressions whose backtracking is super-linear
// in the length of the text, the class of bug that once made a value of `a` + 4,000 spaces + `!`
// block the language server for half a minute. It reports three shapes:
//   adjacent: two unbounded quantifiers that can take the same character, with only optional parts
//             between them (`\s*\s+`, `\s*.*`, `[^x]*\s*`, `\s*(?::x)?\s*`): every split of a run
//             between them is tried when what follows fails;
//   nested:   an unbounded quantifier over a group that can itself repeat one unbounded quantifier
//             (`(a+)+`, `(?:\s*\w+)*`): exponentially many ways to split a run;
//   restart:  a pattern that is not anchored once (no `^` without `m`, no `y`) whose first unbounded
//             quantifier can take the characters of everything before it (`\s+$`, `\s*,`, `x[^y]*z`,
//             `%\([^)]*\)` on `%(%(%(`, and with `m`, `^\s*\[` where `\s` takes the line breaks): the
//             search starts again at each repetition in a run and scans to its end.
// Character sets are compared exactly over the Basic Multilingual Plane by compiling each atom.
import { RegExpParser } from '@eslint-community/regexpp';

/** A quantifier this big is as bad as `*` on the inputs we get. */
const UNBOUNDED = 100;
const PLANE = 0x10000;
const LINE_BREAKS = ['\n', '\r', '\u2028', '\u2029'].map((c) => c.charCodeAt(0));

const atomCache = new Map();

/** The characters (as a bitmap over the BMP) one atom can match, with the pattern's flags. */
function atomChars(raw, flags) {
  const key = `${flags}\0${raw}`;
  let bits = atomCache.get(key);
  if (bits) return bits;
  bits = new Uint8Array(PLANE);
  let re;
  try {
    re = new RegExp(`^(?:${raw})$`, flags.replace(/[gym]/g, ''));
  } catch {
    bits.fill(1);
    atomCache.set(key, bits);
    return bits;
  }
  for (let c = 0; c < PLANE; c++) if (re.test(String.fromCharCode(c))) bits[c] = 1;
  atomCache.set(key, bits);
  return bits;
}

function union(a, b) {
  const out = new Uint8Array(PLANE);
  for (let c = 0; c < PLANE; c++) out[c] = a[c] | b[c];
  return out;
}

function intersect(a, b) {
  const out = new Uint8Array(PLANE);
  for (let c = 0; c < PLANE; c++) out[c] = a[c] & b[c];
  return out;
}

function firstMember(bits) {
  // Prefer a character a reader recognises: space, then printable ASCII, then anything.
  if (bits[32]) return 32;
  for (let c = 33; c < 127; c++) if (bits[c]) return c;
  for (let c = 0; c < PLANE; c++) if (bits[c]) return c;
  return -1;
}

function show(code) {
  if (code === 32) return 'space';
  if (code === 10) return '\\n';
  if (code === 13) return '\\r';
  if (code === 9) return '\\t';
  if (code > 32 && code < 127) return `'${String.fromCharCode(code)}'`;
  return `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Every character any atom inside `node` can match (an over-approximation for groups). */
function charsOf(node, flags) {
  switch (node.type) {
    case 'Character':
    case 'CharacterClass':
    case 'CharacterSet':
    case 'ExpressionCharacterClass':
      return atomChars(node.raw, flags);
    case 'Quantifier':
      return charsOf(node.element, flags);
    case 'Group':
    case 'CapturingGroup':
    case 'Pattern':
      return node.alternatives.reduce((acc, alt) => union(acc, charsOf(alt, flags)), new Uint8Array(PLANE));
    case 'Alternative':
      return node.elements.reduce((acc, e) => union(acc, charsOf(e, flags)), new Uint8Array(PLANE));
    case 'Backreference':
      return new Uint8Array(PLANE).fill(1);
    default:
      return new Uint8Array(PLANE);
  }
}

/**
 * The characters `c` for which `node` can match a string of `c` alone: what a run must be made of for
 * two quantifiers to split it. `(\.\d+)*` has none in common with `\d+`, as every repetition needs a '.'.
 */
function runChars(node, flags) {
  switch (node.type) {
    case 'Quantifier':
      return runChars(node.element, flags);
    case 'Group':
    case 'CapturingGroup':
      return node.alternatives.reduce((acc, alt) => union(acc, runChars(alt, flags)), new Uint8Array(PLANE));
    case 'Alternative': {
      const needed = node.elements.filter((e) => !canBeEmpty(e));
      if (needed.length === 0) return node.elements.reduce((acc, e) => union(acc, runChars(e, flags)), new Uint8Array(PLANE));
      return needed.reduce((acc, e) => intersect(acc, runChars(e, flags)), new Uint8Array(PLANE).fill(1));
    }
    default:
      return charsOf(node, flags);
  }
}

const isUnbounded = (node) => node.type === 'Quantifier' && node.max > UNBOUNDED;

/** Whether `node` can match the empty string (so it does not separate its neighbours). */
function canBeEmpty(node) {
  switch (node.type) {
    case 'Quantifier':
      return node.min === 0 || canBeEmpty(node.element);
    case 'Group':
    case 'CapturingGroup':
      return node.alternatives.some((alt) => alt.elements.every(canBeEmpty));
    case 'Assertion':
    case 'Backreference':
      return true;
    default:
      return false;
  }
}

/** Whether `node` can fail to match where it is tried (`skip` counts as always matching). */
function canFail(node, skip) {
  if (node === skip) return false;
  switch (node.type) {
    case 'Quantifier':
      return node.min > 0 && canFail(node.element, skip);
    case 'Group':
    case 'CapturingGroup':
      return node.alternatives.every((alt) => alt.elements.some((e) => canFail(e, skip)));
    default:
      return true;
  }
}

/** Unbounded quantifiers that can take the first characters `node` matches. */
function leading(node) {
  if (isUnbounded(node)) return [node];
  if (node.type === 'Quantifier') return leading(node.element);
  if (node.type === 'Group' || node.type === 'CapturingGroup') return node.alternatives.flatMap((alt) => edge(alt.elements, leading));
  return [];
}

/** Unbounded quantifiers that can take the last characters `node` matches. */
function trailing(node) {
  if (isUnbounded(node)) return [node];
  if (node.type === 'Quantifier') return trailing(node.element);
  if (node.type === 'Group' || node.type === 'CapturingGroup') {
    return node.alternatives.flatMap((alt) => edge([...alt.elements].reverse(), trailing));
  }
  return [];
}

/** `pick` over a sequence's elements up to and including the first that cannot be empty. */
function edge(elements, pick) {
  const out = [];
  for (const e of elements) {
    if (e.type === 'Assertion' && (e.kind === 'lookahead' || e.kind === 'lookbehind')) continue;
    out.push(...pick(e));
    if (!canBeEmpty(e)) break;
  }
  return out;
}

/** The unbounded quantifiers an iteration of `group` may consist of alone (`(a+)+`, `(?:\s*\w+)*`). */
function soleRepeats(node) {
  if (isUnbounded(node)) return [node];
  if (node.type === 'Quantifier') return soleRepeats(node.element);
  if (node.type !== 'Group' && node.type !== 'CapturingGroup') return [];
  return node.alternatives.flatMap((alt) => {
    const needed = alt.elements.filter((e) => !canBeEmpty(e));
    if (needed.length > 1) return [];
    const candidates = needed.length === 1 ? [needed[0]] : alt.elements;
    return candidates.flatMap(soleRepeats);
  });
}

function visit(node, fn) {
  fn(node);
  if (node.alternatives) node.alternatives.forEach((a) => visit(a, fn));
  if (node.elements) node.elements.forEach((e) => visit(e, fn));
  if (node.element) visit(node.element, fn);
}

/** The problems in one pattern, as `{ messageId, data }`. */
export function regexProblems(pattern, flags) {
  let ast;
  try {
    ast = new RegExpParser({ ecmaVersion: 2025 }).parsePattern(pattern, 0, pattern.length, { unicode: flags.includes('u'), unicodeSets: flags.includes('v') });
  } catch {
    return [];
  }
  const problems = [];
  const seen = new Set();
  const add = (messageId, data) => {
    const key = `${messageId}:${JSON.stringify(data)}`;
    if (!seen.has(key)) {
      seen.add(key);
      problems.push({ messageId, data });
    }
  };

  visit(ast, (node) => {
    if (node.type === 'Alternative') {
      const els = node.elements;
      for (let i = 0; i < els.length; i++) {
        const ends = trailing(els[i]);
        if (ends.length === 0) continue;
        for (let j = i + 1; j < els.length; j++) {
          for (const a of ends) {
            for (const b of leading(els[j])) {
              const common = firstMember(intersect(runChars(a, flags), runChars(b, flags)));
              if (common >= 0) add('adjacent', { first: a.raw, second: b.raw, char: show(common) });
            }
          }
          if (!canBeEmpty(els[j])) break;
        }
      }
    }
    if (isUnbounded(node)) {
      for (const inner of soleRepeats(node.element)) add('nested', { outer: node.raw, inner: inner.raw });
    }
  });

  if (!flags.includes('y')) {
    for (const alt of ast.alternatives) restart(alt, flags, add);
  }
  return problems;
}

/** The `restart` shape: a run the search re-enters at each of its characters (see the file comment). */
function restart(alt, flags, add) {
  // The required atoms before the first run: the text (c1 c2 ... ck)^n, each ci taken by atom i and by
  // the run, makes every repetition a start that scans to the end. With none, a run of one character.
  const period = [];
  let before = new Uint8Array(PLANE).fill(1);
  for (const [index, e] of alt.elements.entries()) {
    if (e.type === 'Assertion') {
      if (e.kind === 'start' && flags.includes('m')) {
        // `^` with `m` anchors again after every line break.
        const breaks = new Uint8Array(PLANE);
        for (const c of LINE_BREAKS) breaks[c] = 1;
        period.push(breaks);
        continue;
      }
      const single = e.alternatives?.length === 1 && e.alternatives[0].elements.length === 1 ? e.alternatives[0].elements[0] : undefined;
      if (e.kind === 'lookbehind' && index === 0 && single && ['Character', 'CharacterClass', 'CharacterSet'].includes(single.type)) {
        // `(?<!\d)\d+`: a start inside a run is preceded by a character of the run.
        const behind = charsOf(single, flags);
        before = e.negate ? behind.map((b) => 1 - b) : behind;
        continue;
      }
      if (e.kind === 'lookahead' || (e.kind === 'word' && e.negate)) continue;
      return; // `^` without `m`, `$`, `\b`: anchored, or no start inside a run
    }
    const runs = leading(e);
    if (runs.length) {
      for (const q of runs) {
        const run = runChars(q, flags);
        const rest = [e, ...alt.elements.slice(index + 1)];
        if (!rest.some((x) => canFail(x, q))) continue;
        const picks = period.map((atom) => firstMember(intersect(atom, run)));
        if (picks.some((c) => c < 0)) continue;
        if (picks.length === 0) picks.push(firstMember(intersect(before, run)));
        if (picks[0] < 0) continue;
        const char = picks.length === 1 ? show(picks[0]) : `'${picks.map((c) => String.fromCharCode(c)).join('')}'`;
        add('restart', { run: q.raw, char });
      }
      return;
    }
    if (!['Character', 'CharacterClass', 'CharacterSet', 'Quantifier'].includes(e.type)) return;
    // An optional atom may be skipped, so it is not part of the period.
    if (!canBeEmpty(e)) period.push(charsOf(e, flags));
  }
}

function patternOf(node) {
  if (node.type === 'Literal' && node.regex) return { pattern: node.regex.pattern, flags: node.regex.flags };
  if ((node.type === 'NewExpression' || node.type === 'CallExpression') && node.callee.type === 'Identifier' &&
      node.callee.name === 'RegExp' && node.arguments[0]?.type === 'Literal' && typeof node.arguments[0].value === 'string') {
    const flagsArg = node.arguments[1];
    if (flagsArg && !(flagsArg.type === 'Literal' && typeof flagsArg.value === 'string')) return undefined;
    return { pattern: node.arguments[0].value, flags: flagsArg ? flagsArg.value : '' };
  }
  return undefined;
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'Disallow regular expressions that backtrack super-linearly on long runs of one character.' },
    schema: [],
    messages: {
      adjacent: '`{{first}}` and `{{second}}` can both take {{char}}: a long run of it is split every way between them (super-linear). Make the classes disjoint or merge them.',
      nested: '`{{outer}}` repeats `{{inner}}`, which takes any number of characters itself: exponential backtracking. Repeat a single character or put a required separator between repetitions.',
      restart: '`{{run}}` can start at every {{char}} of a run and scan to its end before the rest fails: quadratic. Anchor the pattern, or scan by hand.',
    },
  },
  create(context) {
    const check = (node) => {
      const found = patternOf(node);
      if (!found) return;
      for (const problem of regexProblems(found.pattern, found.flags)) context.report({ node, ...problem });
    };
    return { Literal: check, NewExpression: check, CallExpression: check };
  },
};
