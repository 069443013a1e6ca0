// POSIX path operations for the core, without node:path, so that the same rules run in a browser.
// They give what node:path.posix gives (test/unit/posixPath.test.ts compares them on random paths).

export function isAbsolute(path: string): boolean {
  return path.startsWith('/');
}

/** Resolves `.`, `..` and repeated slashes; keeps a trailing slash; '.' for an empty result. */
export function normalize(path: string): string {
  if (path === '') return '.';
  const absolute = isAbsolute(path);
  const trailing = path.endsWith('/');
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment !== '..') out.push(segment);
    else if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
    // `..` above the root stays at the root; above a relative start it is kept.
    else if (!absolute) out.push('..');
  }
  let joined = out.join('/');
  if (joined === '' && !absolute) joined = '.';
  if (joined !== '' && trailing) joined += '/';
  return absolute ? `/${joined}` : joined;
}

export function join(...parts: string[]): string {
  const joined = parts.filter((p) => p !== '').join('/');
  return joined === '' ? '.' : normalize(joined);
}

/**
 * The path without its last segment (trailing slashes ignored): '/' for the root, '.' when there is
 * no slash. As in node, only the one slash before the last segment goes (`a//b` gives `a/`).
 */
export function dirname(path: string): string {
  if (path === '') return '.';
  const hasRoot = path.startsWith('/');
  let end = -1;
  let inTrailingSlashes = true;
  for (let i = path.length - 1; i >= 1; i--) {
    if (path[i] !== '/') inTrailingSlashes = false;
    else if (!inTrailingSlashes) {
      end = i;
      break;
    }
  }
  if (end === -1) return hasRoot ? '/' : '.';
  if (hasRoot && end === 1) return '//';
  return path.slice(0, end);
}

/** The last segment, trailing slashes ignored. */
export function basename(path: string): string {
  let end = path.length;
  while (end > 0 && path[end - 1] === '/') end--;
  if (end === 0) return '';
  return path.slice(path.lastIndexOf('/', end - 1) + 1, end);
}
