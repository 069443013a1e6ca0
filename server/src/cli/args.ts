// Command-line arguments of `daemon-config check`.

export interface CheckOptions {
  format: 'text' | 'json';
  systemdVersion: number | undefined;
  /** Check every unit as one of this manager's; undefined: each file's folder decides. */
  scope: 'system' | 'user' | undefined;
  paths: string[];
}

export const USAGE = `usage: daemon-config check [--format text|json] [--systemd-version N] [--scope system|user] PATH...

Checks systemd unit files and supervisor configs; folders are searched for them.
Units in a user unit folder (~/.config/systemd/user, /etc/systemd/user, ...) are checked as user
units; --scope user checks every unit as a unit of the user manager (systemctl --user).
Exit status: 0 no errors, 1 errors found, 2 usage or I/O failure.`;

export type Parsed = { ok: true; options: CheckOptions } | { ok: false; message: string; help?: boolean };

export function parseArgs(argv: string[]): Parsed {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h') return { ok: false, message: USAGE, help: argv.length > 0 };
  if (argv[0] !== 'check') return { ok: false, message: `unknown command '${argv[0]}'\n${USAGE}` };
  const options: CheckOptions = { format: 'text', systemdVersion: undefined, scope: undefined, paths: [] };
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--format') {
      const format = value();
      if (format !== 'text' && format !== 'json') return { ok: false, message: `--format takes text or json, not '${format ?? ''}'` };
      options.format = format;
    } else if (flag === '--systemd-version') {
      const version = value();
      if (!version || !/^\d{3}$/.test(version)) return { ok: false, message: `--systemd-version takes a release number such as 252, not '${version ?? ''}'` };
      options.systemdVersion = Number(version);
    } else if (flag === '--scope') {
      const scope = value();
      if (scope !== 'system' && scope !== 'user') return { ok: false, message: `--scope takes system or user, not '${scope ?? ''}'` };
      options.scope = scope;
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
