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
import { listingOf, UnitMentions, type Listed, type Listing, type UnitFacts } from './unitMentions';

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
  /** Walks the folders behind the lists above one folder a step, so that the next call finds them walked. */
  scanSteps?(): Generator<void, void>;
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

type Manager = 'system' | 'user';

interface KeptFacts {
  stamp: string | undefined;
  facts: UnitFacts | undefined;
  /** The index's epoch when the facts were made or checked: an older one is checked again by its stamp. */
  epoch: number;
}

export class WorkspaceIndex {
  /** What each unit file and drop-in names, by the stamp it had; and, inverted, which files name each unit. */
  private readonly units = new Map<string, KeptFacts>();
  private readonly mentions = new UnitMentions();
  private readonly configs = new Map<string, Kept>();
  /**
   * The client watches the files: facts and lists hold until it reports a change or an open
   * document changes, so references look at the files that name the unit alone.
   */
  private following = false;
  private epoch = 0;
  /** Files whose facts were dropped and must be made again before the next answer. */
  private readonly dirty = new Set<string>();
  /** Each manager's lists, kept while following (until a file comes or goes). */
  private readonly listings = new Map<Manager, Listing>();

  constructor(readonly source: IndexSource) {}

  /** The client's file watcher is registered: trust what was read until it reports a change. */
  follow(): void {
    this.following = true;
  }

  /** Drops what was read of these files (all when none are named), after the client reported changes. */
  forget(paths?: string[]): void {
    this.listings.clear();
    if (!paths) {
      // Every file is checked against its stamp again; unchanged ones keep their facts.
      this.epoch++;
      this.configs.clear();
      return;
    }
    for (const path of paths) this.drop(path);
  }

  /** Applies the client's report of files changed on disk (undefined: it could not be read file by file). */
  changed(changes: WatchedChange[] | undefined): void {
    if (!changes || changes.some((c) => c.change !== 'changed')) this.listings.clear();
    if (!changes) this.forget();
    else for (const { path } of changes) this.drop(path);
  }

  /** An open document was opened, edited or closed: its text is no longer what the facts were made of. */
  edited(path: string): void {
    this.drop(path);
  }

  private drop(path: string): void {
    this.units.delete(path);
    this.mentions.delete(path);
    this.configs.delete(path);
    this.dirty.add(path);
  }

  /** Walks the folders behind the source's lists, one folder a step (the first part of the background index). */
  *scanSteps(): Generator<void, void> {
    if (this.source.scanSteps) yield* this.source.scanSteps();
  }

  /**
   * Reads and parses every file references and workspace symbols will look through, one file per
   * step, so that the first request finds them done. Run in slices (backgroundIndex.ts).
   */
  *readSteps(scope: UnitScope = 'unknown'): Generator<void, number> {
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
    // The manager's lists as references use them, so that the first request does not build them.
    this.current(scope);
    return files;
  }

  /** Both parts of the background index in one run of steps. */
  *warmSteps(scope: UnitScope = 'unknown'): Generator<void, number> {
    yield* this.scanSteps();
    return yield* this.readSteps(scope);
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
   * those of its instances. Only the files that name it are looked at (UnitMentions).
   */
  unitReferences(target: string, scope: UnitScope): UnitReference[] {
    const listing = this.current(scope);
    const hits: { path: string; listed: Listed }[] = [];
    for (const path of this.mentions.filesNaming(target)) {
      const listed = listing.files.get(path);
      if (listed?.kind === 'read') hits.push({ path, listed });
    }
    for (const path of listing.links.get(target) ?? []) hits.push({ path, listed: listing.files.get(path) as Listed });
    hits.sort((a, b) => a.listed.rank - b.listed.rank);
    const found: UnitReference[] = [];
    for (const { path, listed } of hits) {
      const { origin } = listed;
      if (listed.kind === 'link') {
        const name = listed.name ?? '';
        if (refersTo(name, target)) found.push({ path, origin, name, kind: 'link', range: START });
        continue;
      }
      for (const ref of this.units.get(path)?.facts?.refs ?? []) {
        if (refersTo(ref.name, target)) found.push({ path, origin, name: ref.name, kind: 'value', range: ref.range });
      }
    }
    return found;
  }

  /**
   * The manager's lists with every listed file's facts made and current. While following, the lists
   * are kept and only the files dropped since are read again; otherwise every stamp is checked.
   */
  private current(scope: UnitScope): Listing {
    const manager: Manager = scope === 'user' ? 'user' : 'system';
    let listing = this.following ? this.listings.get(manager) : undefined;
    if (!listing) {
      listing = listingOf(this.source, scope);
      for (const [path, listed] of listing.files) if (listed.kind === 'read') this.unitFacts(path);
      if (this.following) this.listings.set(manager, listing);
    }
    for (const path of this.dirty) {
      if ([...this.listings.values(), listing].some((l) => l.files.get(path)?.kind === 'read')) this.unitFacts(path);
    }
    this.dirty.clear();
    return listing;
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

  /**
   * A file's facts: kept while following (until dropped) or while its stamp is the same; else read
   * and parsed again, and what it names replaced in the mentions.
   */
  private unitFacts(path: string): UnitFacts | undefined {
    const kept = this.units.get(path);
    if (kept && this.following && kept.epoch === this.epoch) return kept.facts;
    const stamp = this.source.stamp(path);
    if (kept && stamp !== undefined && kept.stamp === stamp) {
      kept.epoch = this.epoch;
      return kept.facts;
    }
    const text = this.source.read(path);
    const facts = text === undefined ? undefined : { refs: unitReferencesIn(parse(text, 'systemd')) };
    // Kept even without a stamp (an open document): the mentions must know what it names.
    this.units.set(path, { stamp, facts, epoch: this.epoch });
    this.mentions.set(path, facts);
    return facts;
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
