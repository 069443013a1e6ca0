// An IndexSource over files held in memory, counting reads, with stamps a test can change.
import type { UnitScope } from '../../server/src/classify/fileKind';
import type { IndexSource, IndexedUnitFile, UnitFolder } from '../../server/src/features/workspaceIndex';

export function memorySource(files: Record<string, string>, folders: UnitFolder[] = [], hostFiles: Record<string, string> = {}): IndexSource & { reads: string[]; files: Record<string, string>; stamps: Record<string, string> } {
  const reads: string[] = [];
  const stamps: Record<string, string> = {};
  const all = { ...files, ...hostFiles };
  const units = (origin: 'workspace' | 'host', from: Record<string, string>): IndexedUnitFile[] => Object.keys(from)
    .filter((p) => /\.(service|socket|target|timer)$/.test(p)).map((path) => ({ name: path.slice(path.lastIndexOf('/') + 1), path, origin }));
  return {
    reads,
    files: all,
    stamps,
    unitFiles: (_scope: UnitScope) => [...units('workspace', files), ...units('host', hostFiles)],
    unitFolders: () => folders,
    configFiles: () => Object.keys(files).filter((p) => p.endsWith('.conf') && !p.includes('.d/')),
    read: (path) => {
      reads.push(path);
      return all[path];
    },
    stamp: (path) => stamps[path] ?? 'first',
  };
}
