// The service Podman's Quadlet generator makes from a file, restated from its source
// (github.com/containers/podman, pkg/systemd/quadlet/quadlet.go: getServiceName and the
// Convert* functions): `web.container` -> `web.service`, `data.volume` -> `data-volume.service`,
// and so on; `ServiceName=` in the file's own section names the service instead (".service" is
// appended to it). Quadlet has no templates of its own for commands to act on.
import * as path from 'node:path';
import { sectionValues } from './iniLines';
import { unitNameProblem } from '../systemd/unitName';
import type { IdentityResult, Scope } from '../systemd/identity';
import { familyOfPath } from '../../../server/src/classify/families';
import { familyOfDocument } from '../../../server/src/classify/languageIds';
import { l10n } from '../l10n';

interface QuadletKind {
  /** The section Quadlet reads for this kind of file. */
  section: string;
  /** Added to the file's base name when no ServiceName= is given. */
  suffix: string;
}

export const QUADLET_KINDS: Readonly<Record<string, QuadletKind>> = {
  container: { section: 'Container', suffix: '' },
  kube: { section: 'Kube', suffix: '' },
  volume: { section: 'Volume', suffix: '-volume' },
  network: { section: 'Network', suffix: '-network' },
  pod: { section: 'Pod', suffix: '-pod' },
  image: { section: 'Image', suffix: '-image' },
  build: { section: 'Build', suffix: '-build' },
  artifact: { section: 'Artifact', suffix: '-artifact' },
};

export type QuadletServiceResult =
  | { ok: true; service: string; section: string; fromServiceName: boolean }
  | { ok: false; reason: string };

/** The generated service of a Quadlet file named `fileName` with contents `text`. */
export function quadletServiceName(fileName: string, text: string): QuadletServiceResult {
  const base = path.posix.basename(fileName.replace(/\\/g, '/'));
  const dot = base.lastIndexOf('.');
  const kind = dot > 0 ? QUADLET_KINDS[base.slice(dot + 1)] : undefined;
  if (kind === undefined) return { ok: false, reason: l10n.t('{0} is not a Quadlet file', JSON.stringify(base)) };
  const named = sectionValues(text, kind.section, 'ServiceName').at(-1);
  const stem = named !== undefined && named !== '' ? named : base.slice(0, dot) + kind.suffix;
  const service = `${stem}.service`;
  const problem = unitNameProblem(service);
  if (problem !== undefined) return { ok: false, reason: l10n.t('{0} is not a unit name: {1}', JSON.stringify(service), problem) };
  if (service.slice(0, -'.service'.length).endsWith('@')) {
    return { ok: false, reason: l10n.t('{0} is a template: start an instance of it by name', service) };
  }
  return { ok: true, service, section: kind.section, fromServiceName: named !== undefined && named !== '' };
}

// Quadlet's user search path (podman-systemd.unit(5)); every other folder is the system's.
const USER_QUADLET_DIRS = [
  /\/\.config\/containers\/systemd\//,
  /\/etc\/containers\/systemd\/users\//,
  /\/run\/user\/\d+\/containers\/systemd\//,
];

/** `user` for a file the per-user generator reads (its services need `systemctl --user`). */
export function quadletScope(file: string, options: { home?: string; xdgConfigHome?: string } = {}): Scope {
  const p = file.replace(/\\/g, '/');
  if (USER_QUADLET_DIRS.some((re) => re.test(p))) return 'user';
  for (const base of [options.xdgConfigHome, options.home && path.posix.join(options.home, '.config')]) {
    if (base && p.startsWith(path.posix.join(base, 'containers', 'systemd') + '/')) return 'user';
  }
  return 'system';
}

/**
 * The identity of a Quadlet file for the unit commands: its generated service, in the manager of
 * its folder (or `scope` when chosen). Undefined when the file is not Quadlet's (by the language
 * server's own rules, so a networkd `.network` is never taken for one).
 */
export function quadletIdentity(
  file: string,
  text: string,
  options: { scope?: Scope; home?: string; xdgConfigHome?: string; languageId?: string } = {},
): IdentityResult | undefined {
  const normalized = file.replace(/\\/g, '/');
  // The editor's language mode, when it names a family, says what the file is; else its folder and name.
  const family = options.languageId === undefined ? familyOfPath(normalized, text)?.family : familyOfDocument(options.languageId, normalized, text);
  if (family !== 'quadlet') return undefined;
  if (path.posix.basename(path.posix.dirname(normalized)).endsWith('.d')) {
    return { ok: false, reason: l10n.t('this is a drop-in of a Quadlet file: open the file it extends') };
  }
  const r = quadletServiceName(normalized, text);
  if (!r.ok) return r;
  return {
    ok: true,
    identity: {
      file,
      unitName: r.service,
      unitType: 'service',
      kind: 'plain',
      template: false,
      dropIn: false,
      editTemp: false,
      scope: options.scope ?? quadletScope(normalized, options),
      scopeFromPath: options.scope === undefined,
      quadletSection: r.section,
    },
  };
}

/**
 * Actions that make no sense on a generated service: systemd refuses to enable a unit in the
 * generator folder, and Quadlet itself turns the file's [Install] section into the links.
 */
export const QUADLET_REFUSED_ACTIONS: ReadonlySet<string> = new Set(['enable', 'enable-now', 'disable']);

/** What to tell a user who asks to enable or disable the service of a Quadlet file. */
export function quadletEnableAdvice(service: string): string {
  return l10n.t('{0} is generated by Quadlet, so it cannot be enabled or disabled. Quadlet reads this file\'s [Install] section (WantedBy=, RequiredBy=) at each daemon-reload and makes the links itself: edit [Install], then run Daemon Reload.', service);
}
