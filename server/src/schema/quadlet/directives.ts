// Quadlet's keys as the schema records every feature reads (DirectiveSpec, SectionSpec): the generated
// facts, our summaries, the value kinds and the online manual of the target Podman release.
import type { DirectiveSpec, SectionSpec, ValueSpec } from '../types';
import { COMMON_SECTION, PASSED_SECTIONS, QUADLET_FILE_SECTIONS, quadletKeys } from './index';
import { keySummary, SECTION_SUMMARIES } from './summaries';
import { valueKind } from './values';

const MANUAL_PAGE = 'markdown/podman-systemd.unit.5.html';
/** Keys that take several settings, each adding to a list (quadlet's LookupAll*); `Section.Key` where only one section's does. */
const REPEATABLE = new Set([
  'AddCapability', 'AddDevice', 'AddHost', 'Annotation', 'BuildArg', 'ConfigMap', 'ContainersConfModule', 'DNS', 'DNSOption', 'DNSSearch',
  'DropCapability', 'Environment', 'EnvironmentFile', 'ExposeHostPort', 'Gateway', 'GIDMap', 'GlobalArgs', 'GroupAdd', 'ImageTag', 'IPRange',
  'Label', 'LogOpt', 'Mask', 'Mount', 'Network', 'NetworkAlias', 'PodmanArgs', 'PublishPort', 'RemapGid', 'RemapUid', 'Secret', 'Subnet',
  'Sysctl', 'Tmpfs', 'UIDMap', 'Ulimit', 'Unmask', 'Volume', 'Yaml', 'Network.Options', 'Kube.AutoUpdate',
]);
const DEPRECATED = new Set(['RemapUsers', 'RemapUid', 'RemapGid', 'RemapUidSize', 'VolatileTmp']);

/**
 * podman-systemd.unit(5) online at a key's or a section's entry: for the given release (`5.2.0`), or
 * `latest`, which hover points at the target release (features/manual/manualMarkdown.ts).
 */
export function podmanManualUrl(version: string | 'latest' = 'latest', anchor?: string): string {
  return `https://docs.podman.io/en/${version === 'latest' ? 'latest' : `v${version}`}/${MANUAL_PAGE}${anchor ? `#${anchor}` : ''}`;
}

/** The manual's anchor: [Container] keys have their own, other sections' keys share their section's. */
function anchorOf(section: string, key?: string): string {
  if (key && section === 'Container') return key.toLowerCase();
  return section === COMMON_SECTION ? 'quadlet-section-quadlet' : `${section.toLowerCase()}-units-${section.toLowerCase()}`;
}

/**
 * Kinds of their own (`quadlet-...`): no unit validator reads them, since quadlet's values are judged by
 * rules/quadlet; the words are listed so that completion offers them.
 */
function valueSpec(section: string, key: string): ValueSpec {
  const kind = valueKind(section, key);
  if (!kind) return { kind: 'quadlet-text', label: 'text' };
  if (kind.kind === 'boolean') return { kind: 'quadlet-boolean', label: 'boolean', values: ['true', 'false'].map((name) => ({ name })) };
  if (kind.kind === 'port-range') return { kind: 'quadlet-port', label: 'port or port range' };
  const words = kind.booleans ? [...kind.words, 'true', 'false'] : kind.words;
  return { kind: 'quadlet-enum', label: kind.booleans ? 'word or boolean' : 'one of the words below', values: words.map((name) => ({ name })) };
}

/** Every key of every Quadlet section, one record per section it is in. */
export function quadletDirectiveSpecs(version: string | 'latest' = 'latest'): DirectiveSpec[] {
  const sections = [...Object.values(QUADLET_FILE_SECTIONS), COMMON_SECTION];
  return sections.flatMap((section) => quadletKeys(section).map((facts): DirectiveSpec => ({
    name: facts.name,
    placements: [{ section, since: facts.since, until: facts.until, status: DEPRECATED.has(facts.name) ? 'deprecated' : 'active' }],
    value: valueSpec(section, facts.name),
    repeatable: REPEATABLE.has(facts.name) || REPEATABLE.has(`${section}.${facts.name}`),
    summary: keySummary(section, facts.name) ?? '',
    details: `A Quadlet key since Podman ${facts.since}.`,
    default: facts.default,
    manual: podmanManualUrl(version, anchorOf(section, facts.name)),
  })));
}

/** Quadlet's sections and the unit sections passed through; `unitTypes` are the Quadlet file types. */
export function quadletSectionSpecs(version: string | 'latest' = 'latest'): SectionSpec[] {
  const own = Object.entries(QUADLET_FILE_SECTIONS).map(([type, name]): SectionSpec => ({
    name, unitTypes: [type], summary: SECTION_SUMMARIES[name] ?? '', manual: podmanManualUrl(version, anchorOf(name)),
  }));
  const shared = [COMMON_SECTION, ...PASSED_SECTIONS].map((name): SectionSpec => ({
    name, summary: SECTION_SUMMARIES[name] ?? '', manual: name === COMMON_SECTION ? podmanManualUrl(version, anchorOf(name))
      : `https://www.freedesktop.org/software/systemd/man/latest/systemd.${name === 'Service' ? 'service' : 'unit'}.html`,
  }));
  return [...own, ...shared];
}
