// The checker merges a service with its drop-ins as `systemd-analyze verify` does: the folders of the
// checked files join the unit search path, before the host's own folders, so a unit's drop-ins next
// to it (`deploy/web.service.d/`) and in /etc, /run and /usr/lib take part.
import { dirname } from 'node:path';
import type { UnitScope } from '../classify/fileKind';
import type { UnitFilesLookup } from '../features/dropins';
import type { IndexedUnitFile, UnitFolder } from '../features/workspaceIndex';
import { createUnitCatalog, hostUnitPath } from '../host/unitCatalog';
import { nodeIndexSource } from '../host/workspaceFiles';

/** The folder a unit file or drop-in belongs to in the search path: a drop-in's is the one above its `.d`. */
function searchFolderOf(path: string): string {
  const folder = dirname(path);
  return folder.endsWith('.d') ? dirname(folder) : folder;
}

/** `read` gives a file's text from the run's cache (runFiles.ts); undefined, or without it, the file is read from disk. */
export function checkerUnitFiles(paths: string[], read: (path: string) => string | undefined = () => undefined): UnitFilesLookup {
  const own = [...new Set(paths.map(searchFolderOf))];
  const host = hostUnitPath();
  const dirs = { system: [...own, ...host.system], user: [...own, ...host.user] };
  const source = nodeIndexSource(createUnitCatalog(() => [], dirs), () => [], dirs, read);
  // A check is one moment: the lists are taken once per scope, not copied again for every unit.
  const files = new Map<UnitScope, IndexedUnitFile[]>();
  const folders = new Map<UnitScope, UnitFolder[]>();
  const once = <T>(kept: Map<UnitScope, T>, scope: UnitScope, list: () => T): T => {
    let known = kept.get(scope);
    if (known === undefined) kept.set(scope, (known = list()));
    return known;
  };
  return {
    // Frozen: resolve.ts indexes a frozen list by name instead of searching it for every unit.
    unitFiles: (scope) => once(files, scope, () => Object.freeze(source.unitFiles(scope)) as IndexedUnitFile[]),
    unitFolders: (scope) => once(folders, scope, () => source.unitFolders(scope)),
    read: (path) => source.read(path),
  };
}
