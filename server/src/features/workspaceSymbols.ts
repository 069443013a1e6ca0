// workspace/symbol: the units of the workspace, and the programs, groups, event listeners and
// sockets of its supervisor configs, filtered by a fuzzy query (its characters in order).
import { SymbolKind, type Range, type SymbolInformation } from 'vscode-languageserver-types';
import type { UnitType } from '../classify/fileKind';
import { MAX_LIST_ITEMS } from '../limits';
import { entry as lastEntry, splitHeader } from '../rules/supervisor/sections';
import { fileUriOf } from '../util/fileUri';
import { commaItems } from '../values/supervisor/issue';
import { unitNameParts } from './unitNameRules';
import type { WorkspaceIndex } from './workspaceIndex';

const UNIT_KIND: Record<UnitType, SymbolKind> = {
  service: SymbolKind.Class, socket: SymbolKind.Interface, timer: SymbolKind.Event, path: SymbolKind.File,
  mount: SymbolKind.Package, automount: SymbolKind.Package, swap: SymbolKind.Package, slice: SymbolKind.Namespace,
  scope: SymbolKind.Namespace, target: SymbolKind.Module, device: SymbolKind.Object,
};

const START: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/**
 * Where the query's characters appear in order in `name` (case aside), scored lower for tighter
 * and earlier matches; undefined when they do not. An empty query matches everything.
 */
export function fuzzyScore(query: string, name: string): number | undefined {
  const q = query.toLowerCase();
  const n = name.toLowerCase();
  let at = -1;
  let first = -1;
  for (const c of q) {
    at = n.indexOf(c, at + 1);
    if (at < 0) return undefined;
    if (first < 0) first = at;
  }
  if (q === '') return 0;
  const spread = at - first + 1 - q.length;
  return (n.startsWith(q) ? 0 : n.includes(q) ? 1000 : 2000) + spread * 10 + first;
}

/** The folder of `path` relative to the workspace folder it is in. */
type Relative = (path: string) => string;

export function workspaceSymbols(query: string, index: WorkspaceIndex, relativeFolder: Relative, max = MAX_LIST_ITEMS): SymbolInformation[] {
  const all: SymbolInformation[] = [];
  for (const file of index.unitFiles('unknown')) {
    if (file.origin !== 'workspace') continue;
    const type = unitNameParts(file.name)?.type as UnitType | undefined;
    all.push({ name: file.name, kind: type ? UNIT_KIND[type] : SymbolKind.File, containerName: `systemd ${type ?? 'unit'} · ${relativeFolder(file.path) || '.'}`,
      location: { uri: fileUriOf(file.path), range: START } });
  }
  const configs = index.supervisorConfigs();
  // Groups usually sit in the main config and their programs in included files.
  const groupOf = new Map<string, string>();
  for (const { doc } of configs) {
    for (const section of doc.sections) {
      const { type, name } = splitHeader(section);
      if (type !== 'group' || !name) continue;
      for (const item of commaItems(lastEntry(section, 'programs')?.value ?? '')) if (item.text) groupOf.set(item.text, name);
    }
  }
  for (const { path, doc } of configs) {
    const uri = fileUriOf(path);
    const file = path.slice(path.lastIndexOf('/') + 1);
    for (const section of doc.sections) {
      const { type, name } = splitHeader(section);
      const location = { uri, range: section.headerRange };
      if (name && ['program', 'fcgi-program', 'eventlistener'].includes(type)) {
        const group = groupOf.get(name);
        all.push({ name, kind: type === 'eventlistener' ? SymbolKind.Event : SymbolKind.Function, containerName: `supervisor ${type}${group ? ` in group ${group}` : ''} · ${file}`, location });
      } else if (name && type === 'group') {
        all.push({ name, kind: SymbolKind.Namespace, containerName: `supervisor group · ${file}`, location });
      } else if (type === 'unix_http_server' || type === 'inet_http_server') {
        const socket = lastEntry(section, type === 'unix_http_server' ? 'file' : 'port');
        if (socket?.value) all.push({ name: socket.value, kind: SymbolKind.Interface, containerName: `supervisor [${type}] · ${file}`, location: { uri, range: socket.valueRange } });
      }
    }
  }
  const scored = all.map((symbol) => ({ symbol, score: fuzzyScore(query, symbol.name) })).filter((s) => s.score !== undefined);
  scored.sort((x, y) => (x.score as number) - (y.score as number) || (x.symbol.name < y.symbol.name ? -1 : x.symbol.name > y.symbol.name ? 1 : 0));
  return scored.slice(0, max).map((s) => s.symbol);
}
