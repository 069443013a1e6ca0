// Debian 12 packages that still ship /etc/init.d scripts, fetched with `apt-get download` into a
// cache under os.tmpdir() and unpacked with `dpkg-deb -x` into one tree (a root for
// `systemd-analyze verify --root`). Packages that hold the daemons those scripts start come too.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Packages with an init script (the first part) and packages with the daemons of some of them. */
export const PACKAGES = [
  'openssh-server', 'cron', 'rsyslog', 'nginx-common', 'apache2', 'dbus', 'procps', 'kmod', 'udev', 'x11-common', 'sudo', 'anacron',
  'at', 'exim4-base', 'postfix', 'nfs-common', 'nfs-kernel-server', 'rpcbind', 'chrony', 'bind9', 'isc-dhcp-server', 'haproxy',
  'lighttpd', 'memcached', 'redis-server', 'postgresql-common', 'smartmontools', 'avahi-daemon', 'openvpn', 'keepalived', 'sysstat',
  'fancontrol', 'apparmor', 'ufw', 'fail2ban', 'supervisor', 'nut-server', 'console-setup', 'keyboard-configuration', 'cups-daemon',
  'sane-utils', 'squid', 'lm-sensors', 'rsync', 'uuid-runtime', 'hdparm',
  'dbus-daemon', 'exim4-daemon-light', 'redis-tools', 'nginx',
];

const CACHE = join(tmpdir(), 'daemon-config-sysv-debs');

export interface DebianScripts {
  /** The unpacked packages: etc/init.d holds the scripts. */
  root: string;
  scripts: { name: string; path: string; text: string }[];
  missing: string[];
  cleanup(): void;
}

function tool(name: string): boolean {
  try {
    execFileSync(name, ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export function toolsMissing(): string | undefined {
  const absent = ['apt-get', 'dpkg-deb'].filter((t) => !tool(t));
  return absent.length ? `${absent.join(' and ')} not installed` : undefined;
}

function cachedDeb(pkg: string): string | undefined {
  const found = readdirSync(CACHE).find((f) => f.startsWith(`${pkg}_`) && f.endsWith('.deb'));
  return found && join(CACHE, found);
}

/** Downloads (once) and unpacks the packages; a package apt cannot find is listed in `missing`. */
export function debianScripts(): DebianScripts {
  mkdirSync(CACHE, { recursive: true });
  const missing: string[] = [];
  const root = mkdtempSync(join(tmpdir(), 'dc-sysv-root-'));
  const absent = PACKAGES.filter((pkg) => !cachedDeb(pkg));
  // One call for all (apt-get download stops at the first name it cannot find: then one by one).
  if (absent.length) {
    try {
      execFileSync('apt-get', ['download', '-qq', ...absent], { cwd: CACHE, stdio: 'ignore', timeout: 300_000 });
    } catch {
      // Some are missing: fetched one at a time below.
    }
  }
  for (const pkg of PACKAGES) {
    if (!cachedDeb(pkg)) {
      try {
        execFileSync('apt-get', ['download', '-qq', pkg], { cwd: CACHE, stdio: 'ignore', timeout: 120_000 });
      } catch {
        // Not in this machine's apt sources (or no network): reported, not fatal.
      }
    }
    const deb = cachedDeb(pkg);
    if (!deb) { missing.push(pkg); continue; }
    execFileSync('dpkg-deb', ['-x', deb, root]);
  }
  const folder = join(root, 'etc', 'init.d');
  const names = existsSync(folder) ? readdirSync(folder).filter((n) => statSync(join(folder, n)).isFile()).sort() : [];
  return {
    root, missing,
    scripts: names.map((name) => ({ name, path: join(folder, name), text: readFileSync(join(folder, name), 'utf8') })),
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}
