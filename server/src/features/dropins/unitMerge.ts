// The merge a document takes part in: for a unit file, its own unit with its drop-ins; for a drop-in,
// the unit it extends (for a prefix `foo-.service.d` or type `service.d` drop-in, the first unit
// found that it applies to). The open document's text is used for itself, not the disk's.
import { isUnitKind } from '../../classify/fileKind';
import type { AnalyzedDocument } from '../../analysis';
import { pathOf } from '../../classify/classify';
import { parse } from '../../parse';
import { basename, dirname } from '../../util/posixPath';
import { mergeUnit, type MergedUnit, type SourceFile } from './merge';
import { resolveUnitSources, type UnitFilesLookup, type UnitSources } from './resolve';
import { dropInOwners, unitTypeName } from './searchPath';

export interface UnitMerge {
  sources: UnitSources;
  files: SourceFile[];
  merged: MergedUnit;
}

/** The folder name's owner (`foo-.service` of `foo-.service.d/x.conf`); undefined when not in a `.d` folder. */
function folderOwner(path: string): string | undefined {
  const folder = basename(dirname(path));
  return folder.endsWith('.d') ? folder.slice(0, -2) : undefined;
}

/** Whether a drop-in of folder owner `owner` applies to `unit`. */
export function appliesTo(owner: string, unit: string): boolean {
  return dropInOwners(unit).includes(owner) || unitTypeName(unit) === owner;
}

/** The unit whose merge the document shows: its own, or the one a drop-in extends. */
export function unitOfDocument(a: AnalyzedDocument, lookup: UnitFilesLookup): string | undefined {
  // Only units have unit files and drop-ins to merge; a family file (networkd, journald.conf, ...) has neither here.
  if (!isUnitKind(a.kind)) return undefined;
  const path = pathOf(a.uri);
  if (!a.kind.dropIn) return a.kind.unitName;
  const owner = folderOwner(path);
  if (!owner) return a.kind.unitName;
  // A drop-in of one unit (or of a template): that unit, whether or not its file is found.
  const isPrefix = /-\.[a-z]+$/.test(owner) || !owner.includes('.');
  if (!isPrefix) return owner;
  const scope = a.kind.scope;
  return lookup.unitFiles(scope).find((f) => appliesTo(owner, f.name) && !f.name.includes('@.'))?.name;
}

export function mergeOfDocument(a: AnalyzedDocument, lookup: UnitFilesLookup): UnitMerge | undefined {
  const unit = unitOfDocument(a, lookup);
  if (!unit || !isUnitKind(a.kind)) return undefined;
  const path = pathOf(a.uri);
  const scope = a.kind.scope;
  const sources = resolveUnitSources(unit, scope, lookup, a.kind.dropIn ? [{ path }] : []);
  // A unit file open in the editor is the one merged, even where another of its name shadows it.
  if (!a.kind.dropIn) sources.unitFile = { name: unit, path, origin: sources.unitFile?.path === path ? sources.unitFile.origin : 'workspace' };
  const read = (file: string, role: SourceFile['role']): SourceFile | undefined => {
    if (file === path) return { path, role, doc: a.doc };
    const text = lookup.read(file);
    return text === undefined ? undefined : { path: file, role, doc: parse(text, 'systemd') };
  };
  const files = [
    ...(sources.unitFile ? [read(sources.unitFile.path, 'unit')] : []),
    ...sources.dropIns.map((d) => read(d.path, 'drop-in')),
  ].filter((f): f is SourceFile => f !== undefined);
  // Merged when asked: a unit without drop-ins is checked on its own after every edit, and merging
  // the 10,000 lines of a large one each time cost more than the edit's own analysis.
  let merged: MergedUnit | undefined;
  return { sources, files, get merged() { return (merged ??= mergeUnit(files)); } };
}
