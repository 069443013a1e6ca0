// Command-line arguments of `daemon-config check`.
import { FIRST_QUADLET_PODMAN, NEWEST_PODMAN, parsePodmanVersion } from '../schema/quadlet';
import { SYSTEMD_FAMILIES, type SystemdFamily } from '../classify/families';
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
  --dialect FAMILY            read every file given as one of systemd's other families: networkd,
                              nspawn, quadlet, journald.conf, logind.conf, resolved.conf,
                              tmpfiles.d, sysusers.d, ...
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
      if (dialect !== 'systemd' && dialect !== 'supervisor') return { ok: false, message: `--dialect takes systemd, supervisor or a family (${SYSTEMD_FAMILIES.join(', ')}), not '${dialect ?? ''}'` };
      options.dialect = dialect;
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
