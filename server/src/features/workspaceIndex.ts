// The workspace model behind references, rename and workspace symbols: which unit files, drop-ins,
// `.wants/` links and supervisor configs there are, and which unit names each file refers to. The
// host hands over the list of files and their text (IndexSource); each file is read and parsed
// once per stamp, so a request after the first costs the stamps and the lookups only.
import type { Range } from 'vscode-languageserver-types';
import type { UnitScope } from '../classify/fileKind';
import { classify } from '../classify/classify';
import { dialectSupport } from '../dialects';
import type { ParsedDocument } from '../parse/model';
import { parse } from '../parse';
import { positionAt } from '../parse/positions';
import { findDirective } from '../schema/lookup';
import { fileUriOf } from '../util/fileUri';
import { templateOf, UNIT_KINDS, unitTokens } from './unitValues';

export type Origin = 'workspace' | 'host';

export interface IndexedUnitFile {
  name: string;
  path: string;
  origin: Origin;
}

/** A folder that belongs to a unit by its name: `db.service.d/`, `multi-user.target.wants/`. */
export interface UnitFolder {
  path: string;
  /** The unit the folder belongs to (`multi-user.target` for `multi-user.target.wants`). */
  unitName: string;
  kind: 'd' | 'wants' | 'requires' | 'upholds';
  origin: Origin;
  /** The names in it: drop-in files of a `.d` folder, unit links of the others. */
  entries: string[];
}

/** What the host provides: the candidate files, their text and a stamp that changes with the text. */
export interface IndexSource {
  /** Unit files the manager of `scope` loads, the workspace's first (a UnitCatalog's `all`). */
  unitFiles(scope: UnitScope): IndexedUnitFile[];
  /** Drop-in and dependency folders of the workspace and of that manager's unit folders. */
  unitFolders(scope: UnitScope): UnitFolder[];
  /** Files of the workspace that may be supervisor configs (`*.conf`, `*.ini`). */
  configFiles(): string[];
  /** The text of a file (an open document's text wins over the disk's); undefined when unreadable. */
  read(path: string): string | undefined;
  /** Changes whenever the text may have; undefined: read the file again each time. */
  stamp(path: string): string | undefined;
}

/** What the client's file watcher reported for one file (workspace/didChangeWatchedFiles). */
export interface WatchedChange {
  path: string;
  change: 'created' | 'changed' | 'deleted';
}

/** A source whose folder scans can be dropped when the client reports changed files. */
export interface RefreshableIndexSource extends IndexSource {
  /** Forgets every scan and stamp: the next request scans again. */
  refresh(): void;
  /**
   * The client watches the workspace's files: keep scans and stamps until it reports a change,
   * instead of redoing them every few seconds.
   */
  follow?(): void;
  /** Updates the scans for these files alone (no rescan); absent: the server calls refresh(). */
  changed?(changes: WatchedChange[]): void;
}

export interface UnitReference {
  path: string;
  origin: Origin;
  /** The name as written: the target itself or, for a template, one of its instances. */
  name: string;
  /** A value token, or a link in a `.wants/` (`.requires/`, `.upholds/`) folder, which is the whole file. */
  kind: 'value' | 'link';
  range: Range;
}

interface UnitFacts {
  refs: { name: string; range: Range }[];
}

interface Kept {
  stamp: string;
  value: unknown;
}

const START: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** The unit names a unit file or drop-in refers to in its dependency and install directives. */
export function unitReferencesIn(doc: ParsedDocument): { name: string; range: Range }[] {
  const { schema } = dialectSupport('systemd');
  const refs: { name: string; range: Range }[] = [];
  for (const section of doc.sections) {
    for (const entry of section.entries) {
      const directive = findDirective(schema, entry.key, section.name);
      if (!directive || !UNIT_KINDS.has(directive.value.kind)) continue;
      for (const token of unitTokens(entry.value)) {
        refs.push({ name: token.name, range: { start: positionAt(entry.pieces, token.start), end: positionAt(entry.pieces, token.end) } });
      }
    }
  }
  return refs;
}

/** Whether `name` is `target` or, when `target` is a template, one of its instances. */
export function refersTo(name: string, target: string): boolean {
  return name === target || (target.includes('@.') && templateOf(name) === target);
}

export class WorkspaceIndex {
  /** What was made of each file's text, by the stamp it had. */
  private readonly units = new Map<string, Kept>();
  private readonly configs = new Map<string, Kept>();

  constructor(readonly source: IndexSource) {}

  /** Drops what was read of these files (all when none are named), after the client reported changes. */
  forget(paths?: string[]): void {
    if (!paths) {
      this.units.clear();
      this.configs.clear();
      return;
    }
    for (const path of paths) {
      this.units.delete(path);
      this.configs.delete(path);
    }
  }

  /**
   * Reads and parses every file references and workspace symbols will look through, one file per
   * step, so that the first request finds them done. Run in slices (backgroundIndex.ts).
   */
  *warmSteps(scope: UnitScope = 'unknown'): Generator<void, number> {
    let files = 0;
    for (const file of this.source.unitFiles(scope)) {
      this.unitFacts(file.path);
      files++;
      yield;
    }
    for (const folder of this.source.unitFolders(scope)) {
      if (folder.kind !== 'd') continue;
      for (const entry of folder.entries) {
        if (!entry.endsWith('.conf')) continue;
        this.unitFacts(`${folder.path}/${entry}`);
        files++;
        yield;
      }
    }
    for (const path of this.source.configFiles()) {
      this.configDoc(path);
      files++;
      yield;
    }
    return files;
  }

  unitFiles(scope: UnitScope): IndexedUnitFile[] {
    return this.source.unitFiles(scope);
  }

  unitFolders(scope: UnitScope): UnitFolder[] {
    return this.source.unitFolders(scope);
  }

  /** The file that defines `name` for the manager of `scope` (the workspace's before the host's). */
  unitFile(name: string, scope: UnitScope): IndexedUnitFile | undefined {
    return this.source.unitFiles(scope).find((f) => f.name === name);
  }

  /**
   * Every place that names `target` as a dependency, in install directives or as a link in a
   * dependency folder, across the manager's unit files and drop-ins. A template's references include
   * those of its instances.
   */
  unitReferences(target: string, scope: UnitScope): UnitReference[] {
    const found: UnitReference[] = [];
    const seen = new Set<string>();
    const scan = (path: string, origin: Origin) => {
      if (seen.has(path)) return;
      seen.add(path);
      for (const ref of this.unitFacts(path)?.refs ?? []) {
        if (refersTo(ref.name, target)) found.push({ path, origin, name: ref.name, kind: 'value', range: ref.range });
      }
    };
    for (const file of this.source.unitFiles(scope)) scan(file.path, file.origin);
    for (const folder of this.source.unitFolders(scope)) {
      for (const entry of folder.entries) {
        const path = `${folder.path}/${entry}`;
        if (folder.kind === 'd') {
          if (entry.endsWith('.conf')) scan(path, folder.origin);
        } else if (refersTo(entry, target) && !seen.has(path)) {
          seen.add(path);
          found.push({ path, origin: folder.origin, name: entry, kind: 'link', range: START });
        }
      }
    }
    return found;
  }

  /** The supervisor configs of the workspace, parsed. */
  supervisorConfigs(): { path: string; doc: ParsedDocument }[] {
    const found: { path: string; doc: ParsedDocument }[] = [];
    for (const path of this.source.configFiles()) {
      const doc = this.configDoc(path);
      if (doc) found.push({ path, doc });
    }
    return found;
  }

  private configDoc(path: string): ParsedDocument | undefined {
    return this.cached(this.configs, path, (text) => {
      const kind = classify(fileUriOf(path), text);
      return kind?.dialect === 'supervisor' ? parse(text, 'supervisor') : undefined;
    });
  }

  private unitFacts(path: string): UnitFacts | undefined {
    return this.cached(this.units, path, (text) => ({ refs: unitReferencesIn(parse(text, 'systemd')) }));
  }

  private cached<T>(cache: Map<string, Kept>, path: string, make: (text: string) => T | undefined): T | undefined {
    const stamp = this.source.stamp(path);
    const kept = cache.get(path);
    if (stamp !== undefined && kept?.stamp === stamp) return kept.value as T | undefined;
    const text = this.source.read(path);
    const value = text === undefined ? undefined : make(text);
    if (stamp !== undefined) cache.set(path, { stamp, value });
    return value;
  }
}
