// The host's man pages, read and parsed once each, on first need. The host supplies the roff text
// through ManualSource (server/src/host/manPages.ts on Node; a browser build supplies none), so
// this module stays free of I/O. A lookup never waits: it answers from what is loaded and says
// which load is under way, so that a hover can answer at once and the next one has the page.
import type { DirectiveSpec } from '../../schema/types';
import type { Definition } from './manualEntry';
import { findEntry } from './manualEntry';
import type { RoffPage } from './roffBlocks';
import { parseRoff } from './roffParse';

export interface ManualText {
  text: string;
  /** Where it was found (for the log), and the locale folder it came from, if any. */
  path: string;
  locale?: string;
}

export interface ManualSource {
  /** The roff source of man page `name`(`section`), or undefined when the host has none. */
  read(name: string, section: string): Promise<ManualText | undefined>;
}

export interface LoadedPage {
  name: string;
  section: string;
  page: RoffPage;
  locale?: string;
}

export type ManualLookup =
  | { state: 'found'; entry: Definition; page: LoadedPage }
  | { state: 'loading'; done: Promise<unknown> }
  | { state: 'absent' };

/** The page each unit section's own settings are documented in. */
const SECTION_PAGES: Record<string, string> = {
  Unit: 'systemd.unit', Install: 'systemd.unit', Service: 'systemd.service', Socket: 'systemd.socket', Timer: 'systemd.timer',
  Path: 'systemd.path', Mount: 'systemd.mount', Automount: 'systemd.automount', Swap: 'systemd.swap', Slice: 'systemd.slice',
  Scope: 'systemd.scope',
};
/** Pages of settings shared by several unit types. */
const SHARED_PAGES = ['systemd.exec', 'systemd.kill', 'systemd.resource-control', 'systemd.unit'];

const UNIT_PAGES = new Set([...Object.values(SECTION_PAGES), ...SHARED_PAGES]);

/** The page named by a schema manual URL: `.../systemd.exec.html#X=` → `systemd.exec`. */
export function pageOfUrl(url: string): string | undefined {
  return /\/([\w.@-]+)\.html(?:#|$)/.exec(url)?.[1];
}

/** Where to look for a directive, most likely first. */
export function candidatePages(directive: DirectiveSpec, section: string | undefined): string[] {
  const own = pageOfUrl(directive.manual);
  // A family key (systemd.network, journald.conf, ...) is on its own page only: the unit pages may
  // document another key of the same name (`Description=`, `Name=`).
  if (own !== undefined && !UNIT_PAGES.has(own)) return [own];
  const pages = [pageOfUrl(directive.manual), section ? SECTION_PAGES[section] : undefined, ...SHARED_PAGES];
  return [...new Set(pages.filter((p): p is string => p !== undefined))];
}

export class ManualLibrary {
  private readonly pages = new Map<string, LoadedPage | null | Promise<unknown>>();
  /** Final answers (found or absent) and rendered Markdown: a hover after the first costs a map lookup. */
  private readonly answers = new Map<string, ManualLookup>();
  private readonly markdown = new Map<string, string>();

  constructor(private readonly source: ManualSource | undefined, private readonly onError: (message: string) => void = () => undefined) {}

  /** The page if loaded, null when the host has none (or it failed), a promise while it loads. */
  page(name: string, section = '5'): LoadedPage | null | Promise<unknown> {
    const key = `${name}.${section}`;
    const known = this.pages.get(key);
    if (known !== undefined) return known;
    if (!this.source) return null;
    const loading = this.source.read(name, section).then((found) => {
      // Parsing is pure and total; a page that names nothing is still a page (lookups miss).
      this.pages.set(key, found ? { name, section, page: parseRoff(found.text), locale: found.locale } : null);
    }, (error: unknown) => {
      this.onError(`reading ${name}(${section}) failed: ${error instanceof Error ? error.message : String(error)}`);
      this.pages.set(key, null);
    });
    this.pages.set(key, loading);
    return loading;
  }

  /** The entry for `directive` as written in `section`, from the first candidate page that has one. */
  lookup(directive: DirectiveSpec, section: string | undefined): ManualLookup {
    const key = `${directive.name}\u0000${section ?? ''}`;
    const known = this.answers.get(key);
    if (known) return known;
    for (const name of candidatePages(directive, section)) {
      const page = this.page(name);
      if (page instanceof Promise) return { state: 'loading', done: page };
      if (!page) continue;
      const entry = findEntry(page.page, directive.name);
      if (entry) return this.remember(key, { state: 'found', entry, page });
    }
    return this.remember(key, { state: 'absent' });
  }

  private remember(key: string, answer: ManualLookup): ManualLookup {
    this.answers.set(key, answer);
    return answer;
  }

  /** Markdown made once per key (entry, section, target release). */
  rendered(key: string, make: () => string): string {
    let text = this.markdown.get(key);
    if (text === undefined) this.markdown.set(key, text = make());
    return text;
  }
}
