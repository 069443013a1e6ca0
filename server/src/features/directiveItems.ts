// What a section's directive completion items have in common wherever they are asked: detail, sort
// key, deprecation, the text they insert. Built once per section, separator, target release and
// language; a request then only narrows the list and adds where the text goes.
import type { Translator } from '../l10n/translator';
import type { DirectiveSpec, Version } from '../schema/types';
import { versionWithin } from '../schema/version';
import { directiveRanks } from './directiveRank';
import { valueLabel } from './markdown';
import type { Dialect } from '../parse/model';

export interface DirectiveItemParts {
  detail: string;
  sortText: string;
  deprecated: boolean;
  /** The inserted text: the name and, on a new line, the separator. */
  newText: string;
  /** Offer the value list once the name is in (the name is inserted with its separator and has values). */
  suggestsValues: boolean;
}

/** The detail of a directive item: its value's kind and, when the target release lacks it there, a note saying so. */
export function directiveDetail(d: DirectiveSpec, section: string, version: Version, t: Translator, releaseName = 'systemd'): string {
  const placement = d.placements.find((p) => p.section === section);
  const inactive = placement !== undefined && !versionWithin(version, placement.since, placement.until);
  return valueLabel(d.value, t) + (!inactive ? '' : releaseName === 'systemd' ? t.format(' (not in systemd {version})', { version })
    : t.format(' (not in {product} {version})', { product: releaseName, version }));
}

function partsOf(d: DirectiveSpec, section: string, separator: string, version: Version, rank: string, t: Translator, releaseName: string): DirectiveItemParts {
  const placement = d.placements.find((p) => p.section === section);
  const inactive = placement !== undefined && !versionWithin(version, placement.since, placement.until);
  const deprecated = placement?.status === 'deprecated' || placement?.status === 'removed';
  return {
    detail: directiveDetail(d, section, version, t, releaseName),
    // Deprecated names and names the target release lacks go last.
    sortText: (deprecated || inactive ? '1' : '0') + rank,
    deprecated,
    newText: d.name + separator,
    suggestsValues: separator !== '' && (d.value.values?.length ?? 0) > 0,
  };
}

/** A few releases and separators per section at most in one session; more are dropped rather than kept. */
const MAX_VARIANTS = 32;
const cache = new WeakMap<Translator, WeakMap<DirectiveSpec[], Map<string, Map<string, DirectiveItemParts>>>>();

/**
 * The parts of each directive of `directives` (the schema's cached list for one section type), by name.
 * `section` is the schema section whose placement counts (deprecation, release).
 */
export function directiveItemParts(directives: DirectiveSpec[], dialect: Dialect, type: string, section: string, separator: string,
  version: Version, t: Translator, releaseName = 'systemd'): Map<string, DirectiveItemParts> {
  let bySection = cache.get(t);
  if (!bySection) cache.set(t, (bySection = new WeakMap()));
  let variants = bySection.get(directives);
  if (!variants) bySection.set(directives, (variants = new Map()));
  const key = `${section}\0${separator}\0${version}\0${releaseName}`;
  let parts = variants.get(key);
  if (!parts) {
    if (variants.size >= MAX_VARIANTS) variants.clear();
    const ranks = directiveRanks(directives, dialect, type);
    parts = new Map(directives.map((d) => [d.name, partsOf(d, section, separator, version, ranks.get(d.name) ?? 'zz', t, releaseName)]));
    variants.set(key, parts);
  }
  return parts;
}
