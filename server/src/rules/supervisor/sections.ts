// Small helpers: what a supervisor section header names.
import type { Section } from '../../parse/model';

/** `program` and `web` for `[program:web]`; name is undefined without a colon. */
export function splitHeader(section: Section): Readonly<{ type: string; name: string | undefined }> {
  // Asked of every section by most rules: split once per parsed section (which never changes), and
  // the same frozen answer handed out each time.
  let split = headers.get(section);
  if (!split) {
    const colon = section.name.indexOf(':');
    split = Object.freeze(colon < 0 ? { type: section.name, name: undefined } : { type: section.name.slice(0, colon), name: section.name.slice(colon + 1) });
    headers.set(section, split);
  }
  return split;
}

const headers = new WeakMap<Section, Readonly<{ type: string; name: string | undefined }>>();

export const PROCESS_TYPES = ['program', 'fcgi-program', 'eventlistener'];

export function isProcessSection(section: Section): boolean {
  return PROCESS_TYPES.includes(splitHeader(section).type);
}

const lastByKey = new WeakMap<Section, Map<string, Section['entries'][number]>>();

export function entry(section: Section, key: string): Section['entries'][number] | undefined {
  // configparser keeps the last of repeated keys. Rules ask for several keys of every section, so
  // the section's keys are indexed once (a parsed section never changes).
  let index = lastByKey.get(section);
  if (!index) {
    index = new Map();
    for (const e of section.entries) index.set(e.key, e);
    lastByKey.set(section, index);
  }
  return index.get(key);
}
