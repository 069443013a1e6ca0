// Lookups over Quadlet's generated key tables: which section a file type reads, which keys a section
// accepts (in a given Podman release), and how Podman releases compare.
import { PODMAN_RELEASES, QUADLET_KEY_FACTS } from './keys.generated';
import type { QuadletKeyFacts } from './types';

export type { QuadletKeyFacts } from './types';
export { PODMAN_RELEASES } from './keys.generated';

/** The section each Quadlet file type is converted from (quadlet.go's groups), by extension. */
export const QUADLET_FILE_SECTIONS: Readonly<Record<string, string>> = {
  container: 'Container', volume: 'Volume', network: 'Network', kube: 'Kube', pod: 'Pod', image: 'Image', build: 'Build', artifact: 'Artifact',
};
/** The unit's own sections, passed to the generated service, and Quadlet's section for every type. */
export const PASSED_SECTIONS: readonly string[] = ['Unit', 'Service', 'Install'];
export const COMMON_SECTION = 'Quadlet';

export const NEWEST_PODMAN: string = PODMAN_RELEASES[PODMAN_RELEASES.length - 1];
/** Podman's first release with Quadlet. */
export const FIRST_QUADLET_PODMAN: string = PODMAN_RELEASES[0];

/** `4.9.3` → [4, 9, 3]; missing parts count as 0; undefined when it is not a version. */
export function parsePodmanVersion(text: string): number[] | undefined {
  const m = /^(\d{1,4})(?:\.(\d{1,4}))?(?:\.(\d{1,4}))?/.exec(text.trim());
  return m ? [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)] : undefined;
}

export function comparePodman(a: string, b: string): number {
  const x = parsePodmanVersion(a) ?? [0, 0, 0];
  const y = parsePodmanVersion(b) ?? [0, 0, 0];
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}

const bySection = new Map<string, Map<string, QuadletKeyFacts>>();
for (const facts of QUADLET_KEY_FACTS) {
  let keys = bySection.get(facts.section);
  if (!keys) bySection.set(facts.section, (keys = new Map()));
  keys.set(facts.name, facts);
}

/** Every key a section has had in any release. */
export function quadletKeys(section: string): readonly QuadletKeyFacts[] {
  return [...(bySection.get(section)?.values() ?? [])];
}

export function quadletKey(section: string, name: string): QuadletKeyFacts | undefined {
  return bySection.get(section)?.get(name);
}

/** The sections Quadlet itself reads (its own per file type, and [Quadlet]). */
export function isQuadletSection(name: string): boolean {
  return bySection.has(name);
}

/** The key exists in the given release. */
export function keyInRelease(facts: QuadletKeyFacts, version: string): boolean {
  return comparePodman(facts.since, version) <= 0 && (facts.until === undefined || comparePodman(version, facts.until) <= 0);
}

/** The file type of a name (`web.container` → `container`), when it is one of Quadlet's. */
export function quadletFileType(fileName: string): string | undefined {
  const dot = fileName.lastIndexOf('.');
  const type = dot < 0 ? '' : fileName.slice(dot + 1);
  return Object.hasOwn(QUADLET_FILE_SECTIONS, type) ? type : undefined;
}
