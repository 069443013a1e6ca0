// A UnitFilesLookup over files held in memory, shaped as the host's catalog and folder scans give
// them: unit files by name (the search path's first folder wins), `.d` folders with their `.conf` entries.
import type { UnitScope } from '../../server/src/classify/fileKind';
import { searchRank } from '../../server/src/features/dropins/searchPath';
import type { UnitFilesLookup } from '../../server/src/features/dropins/resolve';
import type { IndexedUnitFile, UnitFolder } from '../../server/src/features/workspaceIndex';

const UNIT_NAME = /^[^.][^/]*\.(service|socket|timer|path|mount|automount|swap|slice|scope|target|device)$/;
const DROP_IN_FOLDER = /^((?:[^/]+\.)?(?:service|socket|timer|path|mount|automount|swap|slice|scope|target|device))\.d$/;

const dirOf = (path: string) => path.slice(0, path.lastIndexOf('/'));
const baseOf = (path: string) => path.slice(path.lastIndexOf('/') + 1);

export function memoryUnitFiles(files: Record<string, string>): UnitFilesLookup & { files: Record<string, string> } {
  const unitFiles = (scope: UnitScope): IndexedUnitFile[] => {
    const found = Object.keys(files).filter((p) => UNIT_NAME.test(baseOf(p)))
      .sort((a, b) => searchRank(dirOf(a), scope) - searchRank(dirOf(b), scope))
      .map((path): IndexedUnitFile => ({ name: baseOf(path), path, origin: searchRank(dirOf(path), scope) < 0 ? 'workspace' : 'host' }));
    return found.filter((f, i) => found.findIndex((g) => g.name === f.name) === i);
  };
  const unitFolders = (): UnitFolder[] => {
    const folders = new Map<string, UnitFolder>();
    for (const path of Object.keys(files)) {
      const folder = dirOf(path);
      const owner = DROP_IN_FOLDER.exec(baseOf(folder))?.[1];
      if (!owner || !path.endsWith('.conf')) continue;
      const known = folders.get(folder) ?? { path: folder, unitName: owner, kind: 'd', origin: 'host', entries: [] };
      known.entries.push(baseOf(path));
      known.entries.sort();
      folders.set(folder, known);
    }
    return [...folders.values()];
  };
  return { files, unitFiles, unitFolders, read: (path) => files[path] };
}
