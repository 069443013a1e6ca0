// Finds the files systemd reads for one unit: the unit file and its drop-ins, in the order it applies
// them. Folders of every owner name (searchPath.ts) are taken by precedence; a drop-in whose file
// name was already taken from a folder of higher precedence is masked by it; the rest are applied in
// the lexical order of their file names, whatever folder they are in (systemd.unit(5), "drop-in").
import type { UnitScope } from '../../classify/fileKind';
import { basename, dirname } from '../../util/posixPath';
import { templateOf } from '../unitValues';
import type { IndexedUnitFile, UnitFolder } from '../workspaceIndex';
import { dropInOwners, searchRank, unitTypeName } from './searchPath';

/** What the resolver needs of the workspace model (a WorkspaceIndex and its source give it). */
export interface UnitFilesLookup {
  unitFiles(scope: UnitScope): IndexedUnitFile[];
  unitFolders(scope: UnitScope): UnitFolder[];
  read(path: string): string | undefined;
}

export interface DropInFile {
  path: string;
  /** `foo-.service.d`: the folder, which tells whose drop-in it is. */
  folder: string;
}

export interface UnitSources {
  unit: string;
  /** The file of the unit's own settings (an instance's is its template's); undefined when not found. */
  unitFile: IndexedUnitFile | undefined;
  /** In the order systemd applies them. */
  dropIns: DropInFile[];
  /** Drop-ins hidden by a file of the same name in a folder of higher precedence. */
  masked: { path: string; by: string }[];
}

/** A drop-in folder there must be, though no scan listed it (the open document's own, in the browser). */
export interface ExtraDropIn {
  path: string;
}

/** Enough drop-ins for any real unit; the rest are left out rather than slow every keystroke. */
export const MAX_DROP_INS = 200;

interface Candidate {
  folder: UnitFolder;
  /** 0 for the owners' folders, 1 for the type's: systemd reads every type folder after all the others. */
  phase: number;
  ownerIndex: number;
}

/** Frozen lists (the checker's, one per run) indexed by name; another list may change, so it is searched. */
const byName = new WeakMap<readonly IndexedUnitFile[], Map<string, IndexedUnitFile>>();

function fileNamed(files: readonly IndexedUnitFile[], name: string): IndexedUnitFile | undefined {
  if (!Object.isFrozen(files)) return files.find((f) => f.name === name);
  let index = byName.get(files);
  if (!index) {
    index = new Map();
    // The first of a name, as find() takes it.
    for (const f of files) if (!index.has(f.name)) index.set(f.name, f);
    byName.set(files, index);
  }
  return index.get(name);
}

/** The unit file systemd loads for `unit`: its own, else for an instance its template's. */
export function unitFileOf(unit: string, scope: UnitScope, lookup: UnitFilesLookup): IndexedUnitFile | undefined {
  const files = lookup.unitFiles(scope);
  const own = fileNamed(files, unit);
  if (own) return own;
  const template = templateOf(unit);
  return template ? fileNamed(files, template) : undefined;
}

/** `.#override.conf3a1b2c`, which `systemctl edit` writes and then renames to `override.conf`. */
const EDIT_TEMP = /^\.#([^/]+\.conf)[0-9a-zA-Z]{1,16}$/;

/** The name a drop-in is read under: a `systemctl edit` temporary file stands for the file it will replace. */
function readAs(name: string): string {
  const temp = EDIT_TEMP.exec(name);
  return temp ? temp[1] : name;
}

function withExtras(folders: UnitFolder[], extras: ExtraDropIn[], standIns: Map<string, string>): UnitFolder[] {
  const byPath = new Map(folders.filter((f) => f.kind === 'd').map((f) => [f.path, f]));
  for (const extra of extras) {
    const path = dirname(extra.path);
    const name = readAs(basename(extra.path));
    const folderName = basename(path);
    if (!folderName.endsWith('.d') || !name.endsWith('.conf')) continue;
    if (name !== basename(extra.path)) standIns.set(`${path}/${name}`, extra.path);
    const known = byPath.get(path);
    if (known && known.entries.includes(name)) continue;
    const entries = [...(known?.entries ?? []), name].sort();
    byPath.set(path, { path, unitName: folderName.slice(0, -2), kind: 'd', origin: known?.origin ?? 'workspace', entries });
  }
  return [...byPath.values()];
}

export function resolveUnitSources(unit: string, scope: UnitScope, lookup: UnitFilesLookup, extras: ExtraDropIn[] = []): UnitSources {
  const unitFile = unitFileOf(unit, scope, lookup);
  const owners = dropInOwners(unit);
  const type = unitTypeName(unit);
  const candidates: Candidate[] = [];
  const seenFolders = new Set<string>();
  const standIns = new Map<string, string>();
  for (const folder of withExtras(lookup.unitFolders(scope), extras, standIns)) {
    if (folder.kind !== 'd' || seenFolders.has(folder.path)) continue;
    seenFolders.add(folder.path);
    const ownerIndex = owners.indexOf(folder.unitName);
    if (ownerIndex >= 0) candidates.push({ folder, phase: 0, ownerIndex });
    else if (type !== undefined && folder.unitName === type) candidates.push({ folder, phase: 1, ownerIndex: 0 });
  }
  // Each folder of the search path in turn, with every owner's folder in it; a project folder next to
  // the unit file before other project folders.
  const beside = unitFile ? dirname(unitFile.path) : undefined;
  const parents = [...new Set(candidates.map((c) => dirname(c.folder.path)))].sort((a, b) =>
    searchRank(a, scope) - searchRank(b, scope) || Number(b === beside) - Number(a === beside) || (a < b ? -1 : a > b ? 1 : 0));
  const parentIndex = new Map(parents.map((p, i) => [p, i]));
  candidates.sort((a, b) => a.phase - b.phase || (parentIndex.get(dirname(a.folder.path)) ?? 0) - (parentIndex.get(dirname(b.folder.path)) ?? 0)
    || a.ownerIndex - b.ownerIndex);
  const taken = new Map<string, DropInFile>();
  const masked: { path: string; by: string }[] = [];
  for (const { folder } of candidates) {
    const folderName = basename(folder.path);
    for (const entry of folder.entries) {
      // systemd skips hidden files (`.#override.conf…` that `systemctl edit` is writing) and other suffixes.
      if (!entry.endsWith('.conf') || entry.startsWith('.')) continue;
      const written = `${folder.path}/${entry}`;
      const path = standIns.get(written) ?? written;
      const winner = taken.get(entry);
      if (winner) masked.push({ path, by: winner.path });
      else if (taken.size < MAX_DROP_INS) taken.set(entry, { path, folder: folderName });
    }
  }
  const dropIns = [...taken.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, file]) => file);
  return { unit, unitFile, dropIns, masked: masked.slice(0, MAX_DROP_INS) };
}
