// Questions features ask of a schema: which section spec is this header, which directives belong here.
import type { Dialect, ParsedDocument, Section } from '../parse/model';
import type { DialectSchema, DirectiveSpec, Placement, SectionSpec, Version } from './types';
import { versionWithin } from './version';

/** The section type a header names: `Service`, or `program` for `[program:web]`. */
export function sectionType(dialect: Dialect, header: string): string {
  if (dialect === 'supervisor') {
    const colon = header.indexOf(':');
    return colon < 0 ? header : header.slice(0, colon);
  }
  return header;
}

/**
 * A copy of `text` that does not keep the string it was sliced from alive: V8 slices of 13 or more
 * characters point into their parent, so a memo that outlives the document must not hold them.
 */
export function copyString(text: string): string {
  return (' ' + text).slice(1);
}

export function findSection(schema: DialectSchema, header: string): SectionSpec | undefined {
  const type = sectionType(schema.dialect, header);
  const spec = schema.sections.find((s) => s.name === type);
  if (!spec) return undefined;
  if (schema.dialect === 'supervisor' && spec.takesName !== header.includes(':')) return undefined;
  return spec;
}

/** Sections a file of this unit type may hold (every section for supervisor files). */
export function sectionsFor(schema: DialectSchema, unitType: string | undefined): SectionSpec[] {
  return schema.sections.filter((s) => !unitType || !s.unitTypes || s.unitTypes.includes(unitType));
}

export function normalizeKey(dialect: Dialect, key: string): string {
  return dialect === 'supervisor' ? key.toLowerCase() : key;
}

const indexes = new WeakMap<DialectSchema, Map<string, DirectiveSpec[]>>();

/**
 * The record for a key. A name can have one record per meaning (`Type=` of a service is an
 * enum, of a mount a file system name), so pass the section type to get the one that applies there.
 */
export function findDirective(schema: DialectSchema, key: string, section?: string): DirectiveSpec | undefined {
  const records = recordsNamed(schema, key);
  if (!records.length) return undefined;
  return (section !== undefined && records.find((d) => d.placements.some((p) => p.section === section))) || records[0];
}

/** Every record of a name, one per meaning. */
export function recordsNamed(schema: DialectSchema, key: string): readonly DirectiveSpec[] {
  let index = indexes.get(schema);
  if (!index) {
    index = new Map();
    for (const d of schema.directives) {
      const name = normalizeKey(schema.dialect, d.name);
      const list = index.get(name);
      if (list) list.push(d);
      else index.set(name, [d]);
    }
    indexes.set(schema, index);
  }
  return index.get(normalizeKey(schema.dialect, key)) ?? [];
}

export function placementIn(directive: DirectiveSpec, sectionName: string): Placement | undefined {
  return directive.placements.find((p) => p.section === sectionName);
}

const sectionIndexes = new WeakMap<DialectSchema, Map<string, DirectiveSpec[]>>();

/** Directives that may appear in a section, optionally only those present at `version`. */
export function directivesIn(schema: DialectSchema, sectionName: string, version?: Version): DirectiveSpec[] {
  let index = sectionIndexes.get(schema);
  if (!index) sectionIndexes.set(schema, (index = new Map()));
  let all = index.get(sectionName);
  if (!all) {
    all = schema.directives.filter((d) => d.placements.some((p) => p.section === sectionName));
    index.set(sectionName, all);
  }
  if (version === undefined) return all;
  return all.filter((d) => d.placements.some((p) => p.section === sectionName && versionWithin(version, p.since, p.until)));
}

/** What the schema says about one section of a parsed document and each of its entries. */
export interface SectionLookup {
  section: Section;
  /** `sectionType` of the header. */
  type: string;
  spec: SectionSpec | undefined;
  /** `findDirective(schema, entry.key, type)` for each entry, in entry order. */
  directives: (DirectiveSpec | undefined)[];
  /** Whether that record may be placed in this section type. */
  placed: boolean[];
}

const documentLookups = new WeakMap<ParsedDocument, { schema: DialectSchema; sections: SectionLookup[] }>();

interface Resolved {
  directive: DirectiveSpec | undefined;
  placed: boolean;
}

/** Section type -> key -> what findDirective says, per schema: the same few keys recur in every edit of a file. */
const resolvedKeys = new WeakMap<DialectSchema, { size: number; byType: Map<string, Map<string, Resolved>> }>();
/** A file of endless distinct keys must not grow the memo without end. */
const RESOLVED_LIMIT = 50_000;

function resolve(schema: DialectSchema, type: string, key: string): Resolved {
  let memo = resolvedKeys.get(schema);
  if (!memo || memo.size > RESOLVED_LIMIT) resolvedKeys.set(schema, (memo = { size: 0, byType: new Map() }));
  let byKey = memo.byType.get(type);
  if (!byKey) memo.byType.set(type, (byKey = new Map()));
  let found = byKey.get(key);
  if (!found) {
    const directive = findDirective(schema, key, type);
    found = { directive, placed: directive !== undefined && directive.placements.some((p) => p.section === type) };
    byKey.set(copyString(key), found);
    memo.size++;
  }
  return found;
}

/**
 * Each section's spec and each entry's directive record, worked out once per parsed document:
 * several rules ask the same questions of every entry, and a parsed document never changes.
 */
const sectionLookup = new WeakMap<Section, { schema: DialectSchema; lookup: SectionLookup }>();

export function sectionLookups(doc: ParsedDocument, schema: DialectSchema): SectionLookup[] {
  const cached = documentLookups.get(doc);
  if (cached && cached.schema === schema) return cached.sections;
  const sections = doc.sections.map((section) => {
    // A section an edit left alone is the same object in the next version's parse (incremental/reparse.ts).
    const kept = sectionLookup.get(section);
    if (kept && kept.schema === schema) return kept.lookup;
    const type = sectionType(doc.dialect, section.name);
    const directives: (DirectiveSpec | undefined)[] = [];
    const placed: boolean[] = [];
    for (const entry of section.entries) {
      const found = resolve(schema, type, entry.key);
      directives.push(found.directive);
      placed.push(found.placed);
    }
    const lookup = { section, type, spec: findSection(schema, section.name), directives, placed };
    sectionLookup.set(section, { schema, lookup });
    return lookup;
  });
  documentLookups.set(doc, { schema, sections });
  return sections;
}
