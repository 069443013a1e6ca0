// An IndexSource for hosts without a file system (the browser, in-process tests): the unit files
// its catalog knows and the texts it can read, with no drop-in or `.wants/` folders to scan.
import type { UnitCatalog } from '../host/unitCatalog';
import type { RefreshableIndexSource } from './workspaceIndex';

export function catalogIndexSource(catalog: UnitCatalog, read: (path: string) => string | undefined,
  configFiles: () => string[]): RefreshableIndexSource {
  return {
    unitFiles: (scope) => catalog.all(scope).map(({ name, path, origin }) => ({ name, path, origin })),
    unitFolders: () => [],
    configFiles,
    read,
    // No stamp: the texts are open documents, read again each time.
    stamp: () => undefined,
    refresh: () => undefined,
  };
}
