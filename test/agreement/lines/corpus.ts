// Real tmpfiles.d and sysusers.d files: this machine's own, and those shipped by Debian packages,
// fetched with `apt-get download` into a cache under os.tmpdir() (never installed). Of each .deb only
// the files of the two folders are kept; the .deb and its unpacked tree are removed at once.
// `packages.json` in the cache records what was fetched, so later runs need no network.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type LineFamily = 'tmpfiles' | 'sysusers';

export const PACKAGES = [
  'systemd', 'dbus', 'polkitd', 'openssh-server', 'systemd-timesyncd', 'systemd-resolved', 'systemd-journal-remote', 'systemd-container',
  'systemd-homed', 'systemd-oomd', 'systemd-userdbd', 'udev', 'util-linux', 'uuid-runtime', 'lvm2', 'mdadm', 'sudo', 'man-db', 'cups-daemon',
  'avahi-daemon', 'chrony', 'nfs-common', 'rpcbind', 'tor', 'dnsmasq-base', 'colord', 'lightdm', 'x11-common', 'screen', 'lighttpd',
  'apache2', 'postgresql-common', 'redis-server', 'openvpn', 'libvirt-daemon-system', 'ntpsec', 'unbound', 'pcscd', 'tpm2-abrmd',
  'openvswitch-switch', 'usbmuxd', 'geoclue-2.0', 'rtkit', 'speech-dispatcher', 'dovecot-core', 'exim4-base', 'vsftpd', 'nginx-common',
  'php8.2-fpm', 'sssd-common', 'nslcd', 'opendkim', 'tuned', 'samba-common-bin', 'samba', 'winbind', 'iputils-ping', 'pipewire',
  'pulseaudio', 'sane-utils', 'munin-node', 'mosquitto', 'haproxy', 'squid', 'bind9', 'knot', 'clamav-daemon', 'clamav-freshclam',
  'memcached', 'rsyslog', 'logrotate', 'cron', 'at', 'fail2ban', 'firewalld', 'snmpd', 'lldpd',
  'open-iscsi', 'multipath-tools', 'nvme-cli', 'quota', 'autofs', 'postfix', 'uwsgi', 'prometheus-node-exporter',
  'rpcsvc-proto', 'apparmor', 'plymouth', 'kmod', 'initramfs-tools', 'dhcpcd-base', 'network-manager', 'modemmanager', 'bluez',
  'wpasupplicant', 'accountsservice', 'udisks2', 'upower', 'packagekit', 'sddm', 'xrdp', 'zabbix-agent', 'nagios-nrpe-server',
];

const FOLDERS: Readonly<Record<LineFamily, readonly string[]>> = {
  tmpfiles: ['usr/lib/tmpfiles.d', 'lib/tmpfiles.d', 'etc/tmpfiles.d'],
  sysusers: ['usr/lib/sysusers.d', 'lib/sysusers.d'],
};

export interface CorpusFile {
  path: string;
  family: LineFamily;
  /** `host` or the Debian package it came from. */
  origin: string;
}

type Manifest = Record<string, { fetched: boolean; files: number }>;

export function cacheFolder(): string {
  return join(tmpdir(), 'daemon-config-lines-agreement');
}

function confFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder).filter((n) => n.endsWith('.conf')).map((n) => join(folder, n)).filter((p) => {
    try {
      return statSync(p).isFile();
    } catch {
      return false;
    }
  });
}

/** Downloads one package and keeps its tmpfiles.d and sysusers.d files under `corpus/FAMILY/PKG/`. */
function fetchPackage(cache: string, name: string): number {
  const work = mkdtempSync(join(cache, 'work-'));
  try {
    execFileSync('apt-get', ['download', '-q', name], { cwd: work, stdio: ['ignore', 'ignore', 'pipe'], timeout: 300_000 });
    const deb = readdirSync(work).find((n) => n.endsWith('.deb'));
    if (!deb) return 0;
    const tree = join(work, 'tree');
    execFileSync('dpkg-deb', ['-x', join(work, deb), tree], { stdio: 'ignore', timeout: 300_000 });
    let kept = 0;
    for (const family of ['tmpfiles', 'sysusers'] as const) {
      for (const folder of FOLDERS[family]) {
        const files = confFiles(join(tree, folder));
        if (!files.length) continue;
        const target = join(cache, 'corpus', family, name);
        mkdirSync(target, { recursive: true });
        for (const f of files) copyFileSync(f, join(target, f.slice(f.lastIndexOf('/') + 1)));
        kept += files.length;
      }
    }
    return kept;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The corpus: the host's files, then every package's (fetched on first use). */
export function buildCorpus(log: (line: string) => void): CorpusFile[] {
  const cache = cacheFolder();
  mkdirSync(cache, { recursive: true });
  const manifestPath = join(cache, 'packages.json');
  const manifest: Manifest = existsSync(manifestPath) ? JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest : {};
  for (const name of PACKAGES) {
    if (manifest[name]) continue;
    try {
      manifest[name] = { fetched: true, files: fetchPackage(cache, name) };
    } catch (e) {
      log(`  ${name}: not fetched (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`);
      manifest[name] = { fetched: false, files: 0 };
    }
    writeFileSync(manifestPath, JSON.stringify(manifest, null, 1));
  }
  const out: CorpusFile[] = [];
  for (const family of ['tmpfiles', 'sysusers'] as const) {
    for (const folder of [`/usr/lib/${family}.d`]) for (const path of confFiles(folder)) out.push({ path, family, origin: 'host' });
    const root = join(cache, 'corpus', family);
    if (!existsSync(root)) continue;
    for (const pkg of readdirSync(root).sort()) for (const path of confFiles(join(root, pkg)).sort()) out.push({ path, family, origin: pkg });
  }
  return out;
}
