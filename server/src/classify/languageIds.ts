// The editor's language ids, one per family (package.json contributes.languages). An id naming a family
// is the user's (or the editor's) word for what the file is: it decides ahead of name and content.
import { DAEMON_CONFIGS, daemonByContent, familyOfPath, type DaemonConfig, type FamilyMatch, type SystemdFamily } from './families';

export const UNIT_LANGUAGE_ID = 'systemd-unit';
export const SUPERVISOR_LANGUAGE_ID = 'supervisor-conf';
/** The daemons' own configs share one id; which daemon comes from the name or the content. */
export const DAEMON_CONF_LANGUAGE_ID = 'systemd-conf';

/** The id of each family whose id names it alone. */
const SINGLE_FAMILY_IDS = {
  quadlet: 'quadlet', 'systemd-networkd': 'networkd', 'systemd-nspawn': 'nspawn', 'systemd-tmpfiles': 'tmpfiles.d', 'systemd-sysusers': 'sysusers.d',
} as const satisfies Record<string, SystemdFamily>;

/** Every language id of systemd's families (units first): the client's selectors and the checker's --dialect use these. */
export const SYSTEMD_LANGUAGE_IDS = [UNIT_LANGUAGE_ID, ...Object.keys(SINGLE_FAMILY_IDS), DAEMON_CONF_LANGUAGE_ID] as readonly string[];
/** The language ids of systemd's other families (not units). */
export const FAMILY_LANGUAGE_IDS = SYSTEMD_LANGUAGE_IDS.filter((id) => id !== UNIT_LANGUAGE_ID);

/** The language id a file of `family` gets in the editor. */
export function languageIdOf(family: SystemdFamily): string {
  for (const [id, named] of Object.entries(SINGLE_FAMILY_IDS)) if (named === family) return id;
  return DAEMON_CONF_LANGUAGE_ID;
}

function isDaemon(name: string): name is DaemonConfig {
  return (DAEMON_CONFIGS as readonly string[]).includes(name);
}

/**
 * The daemon of a file the editor calls a daemon's config: `journald.conf` or `journald.conf.d/x.conf`
 * by name (any folder: the user said what it is), else the first daemon's own section.
 */
function daemonOf(path: string, text: string): SystemdFamily | undefined {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const folder = path.slice(0, Math.max(0, path.length - name.length - 1));
  const parent = folder.slice(folder.lastIndexOf('/') + 1);
  const own = parent.endsWith('.conf.d') && name.endsWith('.conf') ? parent.slice(0, -2) : name;
  const daemon = own.replace(/\.conf$/, '');
  if (own.endsWith('.conf') && isDaemon(daemon)) return `${daemon}.conf`;
  return daemonByContent(text)?.family;
}

/**
 * The family a language id names, with evidence 'language'; undefined for any other id, and for
 * `systemd-conf` when neither name nor content tells which daemon (then the usual rules decide).
 */
export function familyOfLanguage(languageId: string | undefined, path: string, text: string): FamilyMatch | undefined {
  if (languageId === undefined) return undefined;
  if (Object.hasOwn(SINGLE_FAMILY_IDS, languageId)) return { family: SINGLE_FAMILY_IDS[languageId as keyof typeof SINGLE_FAMILY_IDS], evidence: 'language' };
  if (languageId !== DAEMON_CONF_LANGUAGE_ID) return undefined;
  const family = daemonOf(path, text);
  return family ? { family, evidence: 'language' } : undefined;
}

/**
 * The family of an open document for the commands: its language id when that names one, else its
 * folder and name (a `.service` or a supervisor file has none).
 */
export function familyOfDocument(languageId: string, path: string, text: string): SystemdFamily | undefined {
  return (familyOfLanguage(languageId, path, text) ?? familyOfPath(path, text))?.family;
}

/** The document selector of the language client: every systemd family's language, and supervisor's. */
export const CLIENT_LANGUAGE_IDS: readonly string[] = [...SYSTEMD_LANGUAGE_IDS, SUPERVISOR_LANGUAGE_ID];

/** The languages whose files the unit commands (systemctl, the live state) act on: units, and Quadlet files through their generated service. */
export const UNIT_COMMAND_LANGUAGE_IDS: readonly string[] = [UNIT_LANGUAGE_ID, 'quadlet'];
