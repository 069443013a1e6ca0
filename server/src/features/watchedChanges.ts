// workspace/didChangeWatchedFiles in the index's terms: the path of each reported file and what
// happened to it. Anything else (not a file: URI, an unknown change type) asks for a full rescan.
import { pathOf } from '../classify/classify';
import type { WatchedChange } from './workspaceIndex';

const CHANGE: Record<number, WatchedChange['change']> = { 1: 'created', 2: 'changed', 3: 'deleted' };

/** The changes as the index reads them; undefined when one of them cannot be applied file by file. */
export function watchedChanges(changes: { uri: string; type?: unknown }[]): WatchedChange[] | undefined {
  const found: WatchedChange[] = [];
  for (const { uri, type } of changes) {
    const change = typeof type === 'number' ? CHANGE[type] : undefined;
    if (!change || !uri.startsWith('file:')) return undefined;
    found.push({ path: pathOf(uri), change });
  }
  return found;
}
