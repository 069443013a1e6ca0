// One line of roff text as runs of plain characters in a font: the escapes that systemd's
// DocBook-generated pages use (fonts, special characters, `\&`, `\c`, spacing and size changes,
// footnote marks) are resolved here, so that the block reader sees text only.

export type Font = 'R' | 'B' | 'I' | 'C';

export interface Run {
  text: string;
  font: Font;
  /** A footnote number from `\u[N]\d`: the link target is in the page's NOTES section. */
  footnote?: number;
  /** A URL given in the text itself (`.UR`). */
  href?: string;
}

/** The named characters of `\(xx` and `\[name]` that these pages use, plus the common ones. */
const NAMED: Record<string, string> = {
  em: '\u2014', en: '\u2013', hy: '-', bu: '\u2022', aq: "'", dq: '"', lq: '\u201c', rq: '\u201d', oq: '\u2018', cq: '\u2019',
  co: '\u00a9', rg: '\u00ae', tm: '\u2122', mu: '\u00d7', di: '\u00f7', '<=': '\u2264', '>=': '\u2265', '!=': '\u2260',
  '->': '\u2192', '<-': '\u2190', ha: '^', ti: '~', rs: '\\', sl: '/', ba: '|', at: '@', sh: '#', Do: '$', ga: '`', aa: '\u00b4',
  de: '\u00b0', pl: '+', mi: '\u2212', eq: '=', lB: '[', rB: ']', lC: '{', rC: '}', 'fm': '\u2032', sc: '\u00a7', ps: '\u00b6',
  Aq: "'", Lq: '\u201c', Rq: '\u201d',
  // Letters of the translated pages (manpages-de, -fr, ...).
  ':a': '\u00e4', ':o': '\u00f6', ':u': '\u00fc', ':A': '\u00c4', ':O': '\u00d6', ':U': '\u00dc', ss: '\u00df',
  "'e": '\u00e9', '`e': '\u00e8', '^e': '\u00ea', "'a": '\u00e1', '`a': '\u00e0', ',c': '\u00e7', '~n': '\u00f1',
};

/** `\*(xx` / `\*[name]` strings: DocBook's pages define Aq as an apostrophe. */
const STRINGS: Record<string, string> = { Aq: "'", lq: '\u201c', rq: '\u201d', R: '\u00ae', Tm: '\u2122', '': '' };

function named(name: string): string {
  if (name in NAMED) return NAMED[name];
  const unicode = /^u([0-9A-Fa-f]{4,6})$/.exec(name);
  if (unicode) return String.fromCodePoint(Number.parseInt(unicode[1], 16));
  return '';
}

export interface LineRuns {
  runs: Run[];
  /** The line ended in `\c`: the next text line continues it without a space. */
  joined: boolean;
}

/** Reads a `(xx`, `[name]` or one-character argument at `i`; returns it and the index after it. */
function argument(line: string, i: number): [string, number] {
  if (line[i] === '(') return [line.slice(i + 1, i + 3), i + 3];
  if (line[i] === '[') {
    const end = line.indexOf(']', i);
    return end < 0 ? [line.slice(i + 1), line.length] : [line.slice(i + 1, end), end + 1];
  }
  return [line[i] ?? '', i + 1];
}

/** Skips a quoted argument (`\h'-04'`), returning the index after it. */
function skipQuoted(line: string, i: number): number {
  const quote = line[i];
  if (quote === undefined) return i;
  const end = line.indexOf(quote, i + 1);
  return end < 0 ? line.length : end + 1;
}

/** The runs of one text line in the font that is current, which `state.font` carries across lines. */
export function lexLine(line: string, state: { font: Font; previous: Font }): LineRuns {
  const runs: Run[] = [];
  let text = '';
  let joined = false;
  // `\m[blue]` ... `\m[]` marks a link's text; the `\u[N]\d` after it names its footnote.
  let linkStart = -1;
  let linkEnd = -1;
  const flush = () => {
    if (text) runs.push({ text, font: state.font });
    text = '';
  };
  const setFont = (font: Font) => {
    flush();
    state.previous = state.font;
    state.font = font;
  };
  let i = 0;
  while (i < line.length) {
    // Plain text up to the next escape in one slice: most of a page is plain text.
    const escape = line.indexOf('\\', i);
    if (escape !== i) {
      const end = escape < 0 ? line.length : escape;
      text += line.slice(i, end);
      i = end;
      continue;
    }
    const e = line[i + 1];
    i += 2;
    switch (e) {
      case undefined: joined = true; break; // a trailing backslash continues the line
      case '"': i = line.length; break; // comment to the end of the line
      case '#': i = line.length; joined = true; break;
      case 'f': {
        const [name, next] = argument(line, i);
        i = next;
        if (name === 'P' || name === '') setFont(state.previous);
        else if (name === 'B' || name === '3') setFont('B');
        else if (name === 'I' || name === '2') setFont('I');
        else if (name === 'CW' || name === 'C' || name === 'CR' || name === 'CB' || name === 'CI') setFont('C');
        else setFont('R');
        break;
      }
      case '(': case '[': {
        const [name, next] = argument(line, i - 1);
        i = next;
        text += named(name);
        break;
      }
      case '*': {
        const [name, next] = argument(line, i);
        i = next;
        text += STRINGS[name] ?? '';
        break;
      }
      case 'e': case '\\': text += '\\'; break;
      case '-': text += '-'; break;
      case '.': text += '.'; break;
      case "'": text += '\u00b4'; break;
      case '`': text += '`'; break;
      case ' ': case '~': case '0': text += ' '; break;
      case '&': case '%': case ':': case '|': case '^': case ')': case '/': case ',': break;
      case 'c': joined = true; i = line.length; break;
      case 'h': case 'v': case 'w': case 'o': case 'b': case 'l': case 'L': case 'D': case 'X': case 'Z': case 'N': case 'R':
        i = skipQuoted(line, i);
        break;
      case 's': {
        if (line[i] === '+' || line[i] === '-') i++;
        if (line[i] === '(') i += 3;
        else if (line[i] === '[') i = argument(line, i)[1];
        else while (i < line.length && /\d/.test(line[i])) i++;
        break;
      }
      case 'n': case 'g': case 'k': case 'F': case 'Y': case 'V': case 'M': {
        if (line[i] === '+' || line[i] === '-') i++;
        i = argument(line, i)[1];
        break;
      }
      case 'm': {
        const [name, next] = argument(line, i);
        i = next;
        flush();
        if (name) linkStart = runs.length;
        else linkEnd = runs.length;
        break;
      }
      case 'u': {
        // A raised `[N]` up to `\d`: a footnote mark.
        const down = line.indexOf('\\d', i);
        const raised = down < 0 ? line.slice(i) : line.slice(i, down);
        i = down < 0 ? line.length : down + 2;
        const mark = /^\[(\d+)\]$/.exec(raised);
        if (mark && linkStart >= 0) {
          flush();
          for (const run of runs.slice(linkStart, linkEnd < 0 ? runs.length : linkEnd)) run.footnote = Number(mark[1]);
          linkStart = linkEnd = -1;
        } else if (!mark) text += raised;
        break;
      }
      case 'd': break;
      default: text += e; // `\X` for an unknown X prints X
    }
  }
  flush();
  return { runs, joined };
}
