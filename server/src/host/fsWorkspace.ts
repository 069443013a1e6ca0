// The workspace view rules use, backed by the file system: reading files and expanding globs.
// Rules are synchronous, so both are bounded: only regular files are read, and only so much
// (readRegularFile.ts); a glob stops after so many paths, folder entries and wildcard levels.
import { opendirSync, statSync, type Dir } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { GlobExpansion, WorkspaceView } from '../rules/types';
import { fileTypeName, readRegularFileSync } from './readRegularFile';

/** Paths a glob may match (and keep at any of its levels); supervisord configs include far fewer. */
export const MAX_GLOB_PATHS = 1000;
/** Folder entries a glob may look at in all. */
export const MAX_GLOB_ENTRIES = 20000;
/** Path segments with wildcards a glob may have (`conf.d/*.conf` has one). */
export const MAX_GLOB_DEPTH = 8;

/** A glob segment (`*`, `?`, `[...]`) as a regular expression, the way Python's fnmatch reads it. */
export function segmentPattern(segment: string): RegExp {
  let source = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else if (c === '[') {
      // A `]` right after `[` or `[!` belongs to the set, as in fnmatch.
      const close = segment.indexOf(']', segment[i + 1] === '!' ? i + 3 : i + 2);
      if (close < 0) { source += '\\['; continue; }
      // Brackets and carets inside are literal to fnmatch (`[]]` matches `]`); a JS class needs them escaped.
      let body = segment.slice(i + 1, close).replace(/[\\\][^]/g, '\\$&');
      if (body.startsWith('!')) body = '^' + body.slice(1);
      source += characterClass(body);
      i = close;
    } else source += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

/**
 * `[body]` as a regular expression class. Like fnmatch, a reversed range such as `z-a` matches
 * nothing instead of being an error (a RegExp would throw on it).
 */
function characterClass(body: string): string {
  const valid = (candidate: string) => {
    try {
      new RegExp(`[${candidate}]`);
      return true;
    } catch {
      return false;
    }
  };
  if (valid(body)) return `[${body}]`;
  const pruned = body.replace(/([^\\])-([^\\])/g, (range, from: string, to: string) => (from > to ? '' : range));
  const negated = pruned.startsWith('^');
  if ((negated ? pruned.length > 1 : pruned.length > 0) && valid(pruned)) return `[${pruned}]`;
  return negated ? '[^/]' : '(?!)';
}

function hasMagic(segment: string): boolean {
  return /[*?[]/.test(segment);
}

/** Expands a glob to existing paths; hidden files match only patterns that start with a dot. */
export function expandGlob(pattern: string, cwd: string): string[] {
  return expandGlobBounded(pattern, cwd).paths;
}

/** The same, saying when a cap cut the expansion short (then `paths` holds what was found before it). */
export function expandGlobBounded(pattern: string, cwd: string): GlobExpansion {
  const absolute = isAbsolute(pattern) ? pattern : join(cwd, pattern);
  const segments = absolute.split('/').filter(Boolean);
  const depth = segments.filter(hasMagic).length;
  if (depth > MAX_GLOB_DEPTH) return { paths: [], capped: `it has ${depth} wildcard levels, more than the ${MAX_GLOB_DEPTH} followed` };
  let paths = ['/'];
  let entries = 0;
  let capped: string | undefined;
  const keep = (list: string[], path: string) => {
    if (list.length < MAX_GLOB_PATHS) list.push(path);
    else capped ??= `it matches more than ${MAX_GLOB_PATHS} paths`;
  };
  // Each level keeps at most MAX_GLOB_PATHS paths, and all levels together read at most MAX_GLOB_ENTRIES entries.
  for (const segment of segments) {
    const next: string[] = [];
    for (const base of paths) {
      if (next.length >= MAX_GLOB_PATHS) capped ??= `it matches more than ${MAX_GLOB_PATHS} paths`;
      if (entries >= MAX_GLOB_ENTRIES) capped ??= `expanding it reads more than ${MAX_GLOB_ENTRIES} folder entries`;
      if (next.length >= MAX_GLOB_PATHS || entries >= MAX_GLOB_ENTRIES) break;
      if (!hasMagic(segment)) {
        const candidate = join(base, segment);
        if (exists(candidate)) keep(next, candidate);
        continue;
      }
      const names = readNames(base, MAX_GLOB_ENTRIES - entries);
      entries += names.length + 1; // a folder opened counts, so that thousands of empty ones end it too
      const matcher = segmentPattern(segment);
      for (const name of names) {
        if (name.startsWith('.') && !segment.startsWith('.')) continue;
        if (matcher.test(name)) keep(next, join(base, name));
      }
    }
    paths = next;
    if (paths.length === 0) break;
  }
  return { paths: paths.sort(), capped };
}

/** The expansion with the matches that are neither files nor folders (a FIFO, /dev/zero) named: supervisord would hang on them. */
function withSpecialFiles(expansion: GlobExpansion): GlobExpansion {
  const special: { path: string; what: string }[] = [];
  for (const path of expansion.paths) {
    try {
      const stats = statSync(path);
      if (!stats.isFile() && !stats.isDirectory()) special.push({ path, what: fileTypeName(stats) });
    } catch {
      // gone since the glob: nothing to say
    }
  }
  return special.length ? { ...expansion, special } : expansion;
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

/** Up to `budget` names in a folder (a huge folder is not listed whole); none when it cannot be read. */
function readNames(path: string, budget: number): string[] {
  const names: string[] = [];
  let dir: Dir | undefined;
  try {
    dir = opendirSync(path, { bufferSize: 256 });
    for (let entry = dir.readSync(); entry && names.length < budget; entry = dir.readSync()) names.push(entry.name);
  } catch {
    // not a folder, or unreadable: it matches nothing, as for Python's glob
  } finally {
    dir?.closeSync();
  }
  return names;
}

/** How long an expansion that hit a cap is reused: it took the longest, and each edit would redo it. */
const CAPPED_GLOB_REUSE_MS = 5000;

export function fileSystemWorkspace(overlay?: (path: string) => string | undefined): WorkspaceView {
  const capped = new Map<string, { at: number; expansion: GlobExpansion }>();
  // Rules other than [include]'s only need the paths: they skip the stat of each match (`special`).
  const bounded = (pattern: string, cwd: string, special: boolean): GlobExpansion => {
    const key = `${cwd}\0${pattern}`;
    const kept = capped.get(key);
    if (kept && Date.now() - kept.at < CAPPED_GLOB_REUSE_MS) return { ...kept.expansion, paths: kept.expansion.paths.slice() };
    capped.delete(key);
    const expansion = expandGlobBounded(pattern, cwd);
    if (!expansion.capped) return special ? withSpecialFiles(expansion) : expansion;
    if (capped.size >= 64) capped.clear();
    const complete = withSpecialFiles(expansion);
    capped.set(key, { at: Date.now(), expansion: complete });
    return complete;
  };
  return {
    readFile(path) {
      const open = overlay?.(path);
      if (open !== undefined) return open;
      const read = readRegularFileSync(path);
      return read.ok ? read.text : undefined;
    },
    glob: (pattern, cwd) => bounded(pattern, cwd, false).paths,
    globBounded: (pattern, cwd) => bounded(pattern, cwd, true),
  };
}

/**
 * The same view with every read and glob remembered: for a one-shot check, where files do not
 * change during the run and supervisor configs of one folder would read the same includes again.
 */
export function memoizedWorkspace(view: WorkspaceView): WorkspaceView {
  const files = new Map<string, string | undefined>();
  const globs = new Map<string, GlobExpansion>();
  const expand = (pattern: string, cwd: string) => {
    const key = `${cwd}\0${pattern}`;
    let found = globs.get(key);
    if (!found) globs.set(key, (found = view.globBounded?.(pattern, cwd) ?? { paths: view.glob(pattern, cwd) }));
    return { ...found, paths: found.paths.slice() };
  };
  return {
    readFile(path) {
      if (!files.has(path)) files.set(path, view.readFile(path));
      return files.get(path);
    },
    glob: (pattern, cwd) => expand(pattern, cwd).paths,
    globBounded: expand,
  };
}
