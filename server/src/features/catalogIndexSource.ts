// An IndexSource for hosts without a file system (the browser, in-process tests): the unit files
// its catalog knows and the texts it can read. Its only drop-in folders are those of the `.conf`
// files it knows (the open documents), so an open drop-in is merged with the open unit it extends.
import { UNIT_TYPES } from '../classify/fileKind';
import type { UnitCatalog } from '../host/unitCatalog';
import { basename, dirname } from '../util/posixPath';
import type { RefreshableIndexSource, UnitFolder } from './workspaceIndex';

const DROP_IN_FOLDER = new RegExp(`^((?:[^/]+\\.)?(?:${UNIT_TYPES.join('|')}))\\.d$`);

function dropInFolders(paths: string[]): UnitFolder[] {
  const folders = new Map<string, UnitFolder>();
  for (const path of paths) {
    const folder = dirname(path);
    const owner = DROP_IN_FOLDER.exec(basename(folder))?.[1];
    if (!owner || !path.endsWith('.conf')) continue;
    const known = folders.get(folder) ?? { path: folder, unitName: owner, kind: 'd', origin: 'workspace', entries: [] };
    known.entries.push(basename(path));
    folders.set(folder, known);
  }
  for (const folder of folders.values()) folder.entries.sort();
  return [...folders.values()];
}

export function catalogIndexSource(catalog: UnitCatalog, read: (path: string) => string | undefined,
  configFiles: () => string[]): RefreshableIndexSource {
  return {
    unitFiles: (scope) => catalog.all(scope).map(({ name, path, origin }) => ({ name, path, origin })),
    unitFolders: () => dropInFolders(configFiles()),
    configFiles,
    read,
    // No stamp: the texts are open documents, read again each time.
    stamp: () => undefined,
    refresh: () => undefined,
  };
}
