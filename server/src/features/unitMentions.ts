// The inverted side of the workspace index: which files name each unit, so that references to a
// unit look at those files alone instead of every file of the workspace. Kept up to date file by
// file: what a file names is replaced whenever its facts are (a watched change, an edit of an open
// document). A template's entry also lists the files that name one of its instances.
import type { Range } from 'vscode-languageserver-types';
import type { UnitScope } from '../classify/fileKind';
import { templateOf } from './unitValues';
import type { IndexSource, Origin } from './workspaceIndex';

export interface UnitFacts {
  refs: { name: string; range: Range }[];
}

/** The names under which a file that writes `name` is found: the name, and its template's for an instance. */
function keysOf(name: string): string[] {
  const template = templateOf(name);
  return template && template !== name ? [name, template] : [name];
}

/** Unit name (and template name) -> the files whose references name it. */
export class UnitMentions {
  private readonly byName = new Map<string, Set<string>>();
  private readonly namesOf = new Map<string, string[]>();

  /** Replaces what `path` names with the names in `facts` (none when undefined). */
  set(path: string, facts: UnitFacts | undefined): void {
    this.delete(path);
    const names = [...new Set((facts?.refs ?? []).flatMap((ref) => keysOf(ref.name)))];
    if (names.length === 0) return;
    this.namesOf.set(path, names);
    for (const name of names) {
      let paths = this.byName.get(name);
      if (!paths) this.byName.set(name, (paths = new Set()));
      paths.add(path);
    }
  }

  delete(path: string): void {
    for (const name of this.namesOf.get(path) ?? []) {
      const paths = this.byName.get(name);
      paths?.delete(path);
      if (paths?.size === 0) this.byName.delete(name);
    }
    this.namesOf.delete(path);
  }

  clear(): void {
    this.byName.clear();
    this.namesOf.clear();
  }

  /** The files that may name `target` (a template: or one of its instances). */
  filesNaming(target: string): Iterable<string> {
    return this.byName.get(target) ?? [];
  }
}

/** Where a file stands in a manager's lists: its rank gives the order references are listed in. */
export interface Listed {
  rank: number;
  origin: Origin;
  /** A unit file or drop-in, read for its references; or a link in a dependency folder, a reference by its name. */
  kind: 'read' | 'link';
  /** The link's name (`db.service` in `app.target.wants/`). */
  name?: string;
}

/** The files of one manager's lists, each once (the first place wins), and its links by the name they carry. */
export interface Listing {
  files: Map<string, Listed>;
  links: Map<string, string[]>;
}

/** The manager's unit files, then its folders' drop-ins and links, in the order references have always come in. */
export function listingOf(source: IndexSource, scope: UnitScope): Listing {
  const files = new Map<string, Listed>();
  const links = new Map<string, string[]>();
  let rank = 0;
  const add = (path: string, listed: Omit<Listed, 'rank'>) => {
    if (!files.has(path)) files.set(path, { rank: rank++, ...listed });
  };
  for (const file of source.unitFiles(scope)) add(file.path, { origin: file.origin, kind: 'read' });
  for (const folder of source.unitFolders(scope)) {
    for (const entry of folder.entries) {
      const path = `${folder.path}/${entry}`;
      if (folder.kind === 'd') {
        if (entry.endsWith('.conf')) add(path, { origin: folder.origin, kind: 'read' });
        continue;
      }
      if (files.has(path)) continue;
      add(path, { origin: folder.origin, kind: 'link', name: entry });
      for (const key of keysOf(entry)) {
        const paths = links.get(key);
        if (paths) paths.push(path);
        else links.set(key, [path]);
      }
    }
  }
  return { files, links };
}
