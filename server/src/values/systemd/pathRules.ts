// The checks of systemd's path_simplify_and_warn(): absolute (or relative) as the setting demands, and
// normalized once `.` components and doubled slashes are dropped (no `..` component).
import { ABSOLUTE_SPECIFIERS } from './specifiers';

export type PathRule = 'absolute' | 'relative' | 'any';

/**
 * Absolute, or starting with a specifier whose expansion decides: `%h/x` is absolute and so may be
 * `%i/x` (an empty instance leaves `/x`), which only the loaded unit knows.
 */
export function startsAbsolute(path: string): boolean {
  return path.startsWith('/') || (path.startsWith('%') && (ABSOLUTE_SPECIFIERS.has(path[1] ?? '') || /^%[A-Za-z]/.test(path)));
}

/** The reason systemd refuses the path, or undefined when it takes it. */
export function pathProblem(path: string, rule: PathRule): string | undefined {
  if (path === '') return 'it is empty';
  if (rule === 'absolute' && !startsAbsolute(path)) return 'it is not an absolute path';
  if (rule === 'relative' && path.startsWith('/')) return 'it must be relative';
  if (path.split('/').includes('..')) return `'..' is not allowed in it`;
  if (path.length >= 4096) return 'it is too long';
  if (rule === 'absolute' && path.split('/').some((part) => new TextEncoder().encode(part).length > 255)) return 'a part of it is longer than 255 bytes';
  return undefined;
}
