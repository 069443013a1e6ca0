// Command-line arguments of `daemon-config check`.
import { FIRST_QUADLET_PODMAN, NEWEST_PODMAN, parsePodmanVersion } from '../schema/quadlet';
import { SYSTEMD_FAMILIES, type SystemdFamily } from '../classify/families';
import { DAEMON_CONF_LANGUAGE_ID, familyOfLanguage, SUPERVISOR_LANGUAGE_ID, SYSTEMD_LANGUAGE_IDS, UNIT_LANGUAGE_ID } from '../classify/languageIds';
import { NEWEST_KNOWN_SYSTEMD, OLDEST_KNOWN_SYSTEMD } from '../settings';
import { parseThreshold } from './securityThreshold';

export type Dialect = 'systemd' | 'supervisor';
export type SeverityName = 'error' | 'warning' | 'information';

export interface CheckOptions {
  format: 'text' | 'json';
  systemdVersion: number | undefined;
  /** `--podman-version`: the Podman release Quadlet files target (`5.2.0`); undefined: the host's, else the newest known. */
  podmanVersion: string | undefined;
  /** How to read files whose name and content say nothing; undefined: such files are an error. */
  dialect: Dialect | undefined;
  /** `--dialect` naming one of systemd's other families: every file given is read as one of that family. */
  family?: SystemdFamily;
  /** `--dialect systemd-conf`: every file is a daemon's config, the daemon told by its name or content (an editor language id). */
  languageId?: string;
  /** Check every unit as one of this manager's; undefined: each file's folder decides. */
  scope: 'system' | 'user' | undefined;
  /** The least severe diagnostic that makes the exit status 1. */
  maxSeverity: SeverityName;
  /** `--locale`: the language of messages; undefined: LC_ALL, LC_MESSAGES or LANG decides. */
  locale: string | undefined;
  /** `--security-threshold`: the highest exposure (in tenths) a service may have; undefined: services are not scored. */
  securityThreshold: number | undefined;
  paths: string[];
}

/** Words joined with `, ` and wrapped at 100 columns under the option descriptions. */
function wrapped(words: readonly string[]): string {
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line}, ${word}` : word;
    if (next.length > 70 && line) {
      lines.push(`${line},`);
      line = word;
    } else line = next;
  }
  lines.push(line);
  return lines.map((l) => ' '.repeat(30) + l).join('\n');
}

export const USAGE = `usage: daemon-config check [options] PATH...

Checks systemd unit files and supervisor configs. Folders are searched for them (hidden folders
only where units live: .config/systemd/user, .config/containers/systemd, .local/share/systemd/user;
never node_modules); a file named here is always read.

options:
  --format text|json          output (default text)
  --systemd-version N         systemd release the units target, ${OLDEST_KNOWN_SYSTEMD} to ${NEWEST_KNOWN_SYSTEMD}
                              (default: this host's, else ${NEWEST_KNOWN_SYSTEMD})
  --podman-version X.Y.Z       Podman release the Quadlet files target (default: this host's
                              podman, else ${NEWEST_PODMAN}); Quadlet came with ${FIRST_QUADLET_PODMAN}
  --dialect systemd|supervisor
                              how to read files whose name and content do not show their dialect
  --dialect FAMILY            read every file given as one of systemd's other families:
${wrapped(SYSTEMD_FAMILIES)}
  --dialect LANGUAGE          the same by the editor's language id (VS Code's Change Language Mode;
                              ${DAEMON_CONF_LANGUAGE_ID} takes the daemon from each file's name or content):
${wrapped([...SYSTEMD_LANGUAGE_IDS, SUPERVISOR_LANGUAGE_ID])}
  --scope system|user         check every unit as one of this manager's (default: a unit in a user
                              unit folder such as ~/.config/systemd/user is a user unit)
  --max-severity error|warning|information
                              the least severe finding that makes the exit status 1 (default error)
  --locale en|zh-cn           language of the messages (default: from LC_ALL, LC_MESSAGES or LANG;
                              zh_CN, zh-Hans and zh mean Simplified Chinese, anything else English)
  --security-threshold N      score each service as \`systemd-analyze security --offline=yes\` does
                              (0.0 to 10.0, from the unit and its drop-ins), print a line per service,
                              and exit 1 when one scores above N

Exit status: 0 nothing at or above --max-severity, 1 something found, 2 usage or I/O failure,
a named file that is neither a unit nor a supervisor config, or a folder with none in it.`;

export type Parsed = { ok: true; options: CheckOptions } | { ok: false; message: string; help?: boolean };

const SEVERITIES: readonly SeverityName[] = ['error', 'warning', 'information'];

export function parseArgs(argv: string[]): Parsed {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h') return { ok: false, message: USAGE, help: argv.length > 0 };
  if (argv[0] !== 'check') return { ok: false, message: `unknown command '${argv[0]}'\n${USAGE}` };
  const options: CheckOptions = { format: 'text', systemdVersion: undefined, podmanVersion: undefined, dialect: undefined, scope: undefined, maxSeverity: 'error', locale: undefined, securityThreshold: undefined, paths: [] };
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--help' || flag === '-h') return { ok: false, message: USAGE, help: true };
    if (flag === '--format') {
      const format = value();
      if (format !== 'text' && format !== 'json') return { ok: false, message: `--format takes text or json, not '${format ?? ''}'` };
      options.format = format;
    } else if (flag === '--systemd-version') {
      const version = value();
      const number = version && /^\d+$/.test(version) ? Number(version) : NaN;
      if (!(number >= OLDEST_KNOWN_SYSTEMD && number <= NEWEST_KNOWN_SYSTEMD)) {
        return { ok: false, message: `--systemd-version takes a systemd release from ${OLDEST_KNOWN_SYSTEMD} to ${NEWEST_KNOWN_SYSTEMD} (the ones daemon-config knows), not '${version ?? ''}'` };
      }
      options.systemdVersion = number;
    } else if (flag === '--podman-version') {
      const version = value();
      if (!version || !/^\d{1,4}(\.\d{1,4}){0,2}$/.test(version)) return { ok: false, message: `--podman-version takes a Podman release such as 5.2.0, not '${version ?? ''}'` };
      options.podmanVersion = parsePodmanVersion(version)?.join('.');
    } else if (flag === '--dialect') {
      const dialect = value();
      if (dialect !== undefined && (SYSTEMD_FAMILIES as readonly string[]).includes(dialect)) {
        options.family = dialect as SystemdFamily;
        continue;
      }
      // The editor's language ids name the same families.
      const family = familyOfLanguage(dialect, '', '')?.family;
      if (family !== undefined) {
        options.family = family;
        continue;
      }
      if (dialect === DAEMON_CONF_LANGUAGE_ID) {
        options.languageId = dialect;
        continue;
      }
      const named = dialect === UNIT_LANGUAGE_ID ? 'systemd' : dialect === SUPERVISOR_LANGUAGE_ID ? 'supervisor' : dialect;
      if (named !== 'systemd' && named !== 'supervisor') {
        return { ok: false, message: `--dialect takes systemd, supervisor, a family (${SYSTEMD_FAMILIES.join(', ')}) or a language id (${[...SYSTEMD_LANGUAGE_IDS, SUPERVISOR_LANGUAGE_ID].join(', ')}), not '${dialect ?? ''}'` };
      }
      options.dialect = named;
    } else if (flag === '--scope') {
      const scope = value();
      if (scope !== 'system' && scope !== 'user') return { ok: false, message: `--scope takes system or user, not '${scope ?? ''}'` };
      options.scope = scope;
    } else if (flag === '--max-severity') {
      const severity = value();
      if (!SEVERITIES.includes(severity as SeverityName)) return { ok: false, message: `--max-severity takes ${SEVERITIES.join(', ')}, not '${severity ?? ''}'` };
      options.maxSeverity = severity as SeverityName;
    } else if (flag === '--locale') {
      const locale = value();
      if (!locale || !/^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*(\.[A-Za-z0-9-]+)?(@[A-Za-z0-9]+)?$/.test(locale)) {
        return { ok: false, message: `--locale takes a language tag such as en or zh-cn, not '${locale ?? ''}'` };
      }
      options.locale = locale;
    } else if (flag === '--security-threshold') {
      const threshold = value();
      const tenths = parseThreshold(threshold);
      if (tenths === undefined) return { ok: false, message: `--security-threshold takes an exposure from 0.0 to 10.0, not '${threshold ?? ''}'` };
      options.securityThreshold = tenths;
    } else if (flag === '--') {
      options.paths.push(...argv.slice(i + 1));
      break;
    } else if (flag.startsWith('-') && flag !== '-') {
      return { ok: false, message: `unknown option '${flag}'\n${USAGE}` };
    } else options.paths.push(arg);
  }
  if (options.paths.length === 0) return { ok: false, message: `no PATH given\n${USAGE}` };
  return { ok: true, options };
}
