// Workspace awareness: the whole configuration a supervisor file belongs to. A main config brings
// the files its `[include] files=` globs match; an included program file finds the main config
// that includes it (next to it, a folder or two up, or /etc), so checks across files work.
import { dirname, isAbsolute, join, normalize } from '../../util/posixPath';
import { parseSupervisor } from '../../parse/supervisor';
import type { ParsedDocument, Section } from '../../parse/model';
import type { RuleContext, WorkspaceView } from '../types';

export interface ConfigFile {
  path: string | undefined;
  doc: ParsedDocument;
  /** The document being checked (its text may be newer than the disk's). */
  current: boolean;
}

export interface ConfigSet {
  files: ConfigFile[];
  /** The file holding `[supervisord]` and `[include]`, when known. */
  main: ConfigFile | undefined;
  /** True when every file of the configuration was read, so "not found anywhere" is certain. */
  complete: boolean;
}

/** Well-known places of the main config, after the ones near the file. */
export const SYSTEM_MAIN_CONFIGS = ['/etc/supervisor/supervisord.conf', '/etc/supervisord.conf'];
const UPWARD_LEVELS = 3;

export function hasSection(doc: ParsedDocument, name: string): boolean {
  return doc.sections.some((s) => s.name === name);
}

/**
 * The `[include] files=` patterns as supervisord reads them: `%(here)s` (the folder of the file
 * holding [include]) replaced first when `here` is given, then split at whitespace.
 */
export function includePatterns(doc: ParsedDocument, here?: string): string[] {
  const include = doc.sections.filter((s) => s.name === 'include');
  const files = include.flatMap((s) => s.entries.filter((e) => e.key === 'files')).pop();
  if (!files) return [];
  const value = here === undefined ? files.value : files.value.split('%(here)s').join(here);
  return value.split(/\s+/).filter(Boolean);
}

/** The same globs, skipping the ones with expansions only the running machine knows (`%(ENV_X)s`, `%(host_node_name)s`). */
export function includeGlobs(doc: ParsedDocument, here?: string): string[] {
  return includePatterns(doc, here).filter((g) => !g.includes('%('));
}

function resolveIncludes(main: ParsedDocument, mainPath: string, workspace: WorkspaceView): string[] {
  const base = dirname(mainPath);
  const found = new Set<string>();
  for (const pattern of includeGlobs(main, base)) {
    const absolute = isAbsolute(pattern) ? pattern : join(base, pattern);
    for (const path of workspace.glob(absolute, base)) found.add(normalize(path));
  }
  return [...found].sort();
}

/** The main config that includes `filePath`, looking near the file first. */
export function findIncludingConfig(filePath: string, workspace: WorkspaceView): { path: string; doc: ParsedDocument } | undefined {
  const candidates: string[] = [];
  let dir = dirname(filePath);
  for (let level = 0; level < UPWARD_LEVELS; level++) {
    for (const pattern of ['*.conf', '*.ini']) candidates.push(...workspace.glob(pattern, dir).map((p) => (isAbsolute(p) ? p : join(dir, p))));
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  candidates.push(...SYSTEM_MAIN_CONFIGS);
  const target = normalize(filePath);
  for (const path of [...new Set(candidates)]) {
    if (normalize(path) === target) continue;
    const text = workspace.readFile(path);
    if (!text || !/^[^\S\r\n\u2028\u2029]*\[include\]/m.test(text)) continue;
    const doc = parseSupervisor(text);
    if (resolveIncludes(doc, path, workspace).includes(target)) return { path, doc };
  }
  return undefined;
}

const cache = new WeakMap<ParsedDocument, ConfigSet>();

export function configSet(ctx: Pick<RuleContext, 'doc' | 'filePath' | 'workspace'>): ConfigSet {
  const cached = cache.get(ctx.doc);
  if (cached) return cached;
  const result = build(ctx);
  cache.set(ctx.doc, result);
  return result;
}

function build({ doc, filePath, workspace }: Pick<RuleContext, 'doc' | 'filePath' | 'workspace'>): ConfigSet {
  const current: ConfigFile = { path: filePath, doc, current: true };
  const isMain = hasSection(doc, 'supervisord') || hasSection(doc, 'include');
  let main: ConfigFile | undefined = isMain ? current : undefined;
  if (!main && filePath && workspace) {
    const found = findIncludingConfig(filePath, workspace);
    if (found) main = { path: found.path, doc: found.doc, current: false };
  }
  if (!main) return { files: [current], main: undefined, complete: false };
  const files: ConfigFile[] = main.current ? [current] : [main];
  const hasIncludes = includeGlobs(main.doc).length > 0 || hasSection(main.doc, 'include');
  if (!hasIncludes) return { files, main, complete: main.current };
  if (!main.path || !workspace) return { files, main, complete: false };
  for (const path of resolveIncludes(main.doc, main.path, workspace)) {
    if (filePath && normalize(path) === normalize(filePath)) {
      if (!files.includes(current)) files.push(current);
      continue;
    }
    const text = workspace.readFile(path);
    if (text !== undefined) files.push({ path, doc: parseSupervisor(text), current: false });
  }
  if (!files.includes(current)) files.push(current);
  // A glob written with an expansion other than `%(here)s` (`%(host_node_name)s`) was not followed.
  const skipped = includePatterns(main.doc, dirname(main.path)).some((g) => g.includes('%('));
  return { files, main, complete: !skipped };
}

const sectionLists = new WeakMap<ConfigSet, readonly { file: ConfigFile; section: Section }[]>();

/** Every section of the configuration with the file it is in; made once per set (several rules ask). */
export function allSections(set: ConfigSet): readonly { file: ConfigFile; section: Section }[] {
  let list = sectionLists.get(set);
  if (!list) {
    list = set.files.flatMap((file) => file.doc.sections.map((section) => ({ file, section })));
    sectionLists.set(set, list);
  }
  return list;
}
