/**
 * Does a file path match an `[include] files` pattern the way Python's glob.glob (which supervisor
 * calls) would return it? We test one known path instead of listing directories: a pattern is
 * matched component by component; components with `*`, `?` or `[` use fnmatch rules (case
 * sensitive on POSIX, `*` never crosses `/`, `**` is just `*` because supervisor does not ask for
 * recursive globbing) and do not match names starting with `.` unless the pattern component
 * itself starts with `.`; other components must be equal.
 */
import * as path from 'node:path';

export function hasMagic(s: string): boolean {
  return /[*?[]/.test(s);
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Python's fnmatch.translate, for one path component. */
export function fnmatchToRegExp(pattern: string): RegExp {
  let re = '';
  let i = 0;
  const n = pattern.length;
  while (i < n) {
    const c = pattern[i++] as string;
    if (c === '*') {
      re += '.*';
      while (pattern[i] === '*') i++;
    } else if (c === '?') {
      re += '.';
    } else if (c === '[') {
      let j = i;
      if (pattern[j] === '!') j++;
      if (pattern[j] === ']') j++;
      while (j < n && pattern[j] !== ']') j++;
      if (j >= n) {
        re += '\\[';
      } else {
        let stuff = pattern.slice(i, j).replace(/\\/g, '\\\\');
        i = j + 1;
        if (stuff.startsWith('!')) stuff = '^' + stuff.slice(1);
        else if (stuff.startsWith('^') || stuff.startsWith('[')) stuff = '\\' + stuff;
        re += `[${stuff.replace(/]/g, '\\]')}]`;
      }
    } else {
      re += escapeRe(c);
    }
  }
  return new RegExp(`^(?:${re})$`, 's');
}

/** Both paths absolute. The pattern is normalised (`.`/`..` folded) as the editor's paths are. */
export function globMatchesPath(pattern: string, file: string): boolean {
  const p = path.posix.normalize(pattern).split('/');
  const f = path.posix.normalize(file).split('/');
  if (p.length !== f.length) return false;
  for (let k = 0; k < p.length; k++) {
    const pc = p[k] as string;
    const fc = f[k] as string;
    if (!hasMagic(pc)) {
      if (pc !== fc) return false;
      continue;
    }
    if (fc.startsWith('.') && !pc.startsWith('.')) return false;
    if (!fnmatchToRegExp(pc).test(fc)) return false;
  }
  return true;
}
