// What every Quadlet check reads: the parsed file, its type, the Podman release it targets, and,
// when known, the other Quadlet files quadlet would see beside it (to resolve `x.network`, `x.pod`, ...).
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Entry, ParsedDocument, Section } from '../../parse/model';

export interface QuadletCheckInput {
  doc: ParsedDocument;
  /** The file's name (`web.container`); its extension says which section quadlet converts. */
  fileName: string;
  /** Podman release the file targets (`5.4.0`). */
  podmanVersion: string;
  /**
   * File names of the Quadlet units quadlet would load with this one (its own search path or the
   * checked folder), or undefined when they are not known: references are then not checked.
   */
  quadletUnits?: ReadonlySet<string>;
  /** A drop-in of the unit: only its keys and values are checked, not what the whole unit needs. */
  dropIn?: boolean;
}

export interface QuadletContext extends QuadletCheckInput {
  /** `container`, `volume`, ... */
  type: string;
  /** `Container`, `Volume`, ...: the section quadlet converts. */
  main: string;
}

export type QuadletCheck = (context: QuadletContext) => Diagnostic[];

/** Entries of every section named `name` (quadlet merges repeated groups), in file order. */
export function entriesOf(doc: ParsedDocument, name: string): Entry[] {
  return doc.sections.filter((s) => s.name === name).flatMap((s) => s.entries);
}

export function sectionsNamed(doc: ParsedDocument, name: string): Section[] {
  return doc.sections.filter((s) => s.name === name);
}

/** quadlet's Lookup: the last value, trailing blanks and one pair of surrounding double quotes removed. */
export function lookup(doc: ParsedDocument, section: string, key: string): { value: string; entry: Entry } | undefined {
  const entry = entriesOf(doc, section).filter((e) => e.key === key).at(-1);
  if (!entry) return undefined;
  let value = entry.value.trimEnd();
  if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
  return { value, entry };
}

/** quadlet's LookupAll: every value, an empty one clearing those before it. */
export function lookupAll(doc: ParsedDocument, section: string, key: string): Entry[] {
  let found: Entry[] = [];
  for (const entry of entriesOf(doc, section)) {
    if (entry.key !== key) continue;
    found = entry.value === '' ? [] : [...found, entry];
  }
  return found;
}

/** The value of the last non-empty setting of `key`, or '' (quadlet's `ok && len(v) > 0`). */
export function valueOf(doc: ParsedDocument, section: string, key: string): string {
  return lookup(doc, section, key)?.value ?? '';
}

/** Where to report a problem of the whole section: its first header, or the file's first line. */
export function sectionAnchor(context: QuadletContext) {
  const section = context.doc.sections.find((s) => s.name === context.main);
  return section ? section.nameRange : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
}
