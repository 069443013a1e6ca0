// The real units the agreement test lints: this machine's unit folders, plus the units shipped by
// Debian packages of common daemons (fetched with `apt-get download`). Of each package only its
// unit folders are unpacked and the .deb is deleted at once, so the cache stays a few MB (the whole
// packages were 1.2 GB); `packages.json` records what was fetched, so later runs need no network.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

export const UNIT_FILE = /^[^.][^/]*\.(service|socket|timer|path|mount|automount|swap|slice|target)$/;

export const PACKAGES = [
  'nginx-common', 'openssh-server', 'cron', 'rsyslog', 'postgresql-common', 'redis-server', 'apache2', 'docker.io',
  'containerd', 'haproxy', 'bind9', 'chrony', 'mariadb-server', 'memcached', 'postfix', 'dovecot-core', 'fail2ban',
  'nftables', 'avahi-daemon', 'cups-daemon', 'ntpsec', 'prometheus-node-exporter', 'unattended-upgrades', 'lighttpd',
  'squid', 'exim4-base', 'samba', 'nfs-kernel-server', 'nfs-common', 'rpcbind', 'keepalived', 'openvpn',
  'wireguard-tools', 'php8.2-fpm', 'tomcat10', 'munin-node', 'smartmontools', 'lvm2', 'mdadm', 'apparmor', 'ufw',
  'logrotate', 'man-db', 'e2fsprogs', 'sysstat', 'util-linux', 'systemd-timesyncd', 'systemd-resolved', 'network-manager',
  'udisks2', 'accountsservice', 'polkitd', 'libvirt-daemon-system', 'qemu-guest-agent', 'cloud-init', 'podman', 'cockpit-ws',
  'firewalld', 'netfilter-persistent', 'openvswitch-switch', 'frr', 'bird2', 'dnsmasq', 'unbound', 'knot', 'pdns-server',
  'isc-dhcp-server', 'kea-dhcp4-server', 'radvd', 'tor', 'transmission-daemon', 'minidlna', 'nut-server', 'apcupsd',
  'irqbalance', 'tuned', 'thermald', 'acpid', 'at', 'anacron', 'rsync', 'vsftpd', 'proftpd-core', 'slapd', 'krb5-kdc',
  'sssd-common', 'nslcd', 'winbind', 'clamav-daemon', 'clamav-freshclam', 'opendkim', 'rspamd', 'postgresql-15',
  'etcd-server', 'varnish', 'stunnel4', 'strongswan-starter', 'wpasupplicant', 'hostapd', 'bluez', 'modemmanager',
  'mosquitto', 'rabbitmq-server', 'prometheus', 'prometheus-alertmanager', 'nagios-nrpe-server', 'zabbix-agent',
  'uwsgi', 'supervisor', 'snmpd', 'lldpd', 'ipmitool', 'open-iscsi', 'multipath-tools', 'nvme-cli', 'quota', 'autofs',
  'sane-utils', 'speech-dispatcher', 'gdm3', 'lightdm', 'sddm', 'plymouth', 'console-setup', 'kbd', 'keyboard-configuration',
];

const HOST_FOLDERS = ['/usr/lib/systemd/system', '/lib/systemd/system'];

export interface CorpusUnit {
  path: string;
  /** `host` or the Debian package it came from. */
  origin: string;
}

function unitFilesIn(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder).filter((name) => UNIT_FILE.test(name)).map((name) => join(folder, name)).filter((path) => {
    try {
      if (lstatSync(path).isSymbolicLink() && realpathSync(path) === '/dev/null') return false; // masked
      return statSync(path).isFile();
    } catch {
      return false;
    }
  });
}

function copyInto(folder: string, files: string[], origin: string): CorpusUnit[] {
  mkdirSync(folder, { recursive: true });
  const out: CorpusUnit[] = [];
  for (const file of files) {
    const target = join(folder, basename(file));
    if (!existsSync(target)) copyFileSync(file, target);
    out.push({ path: target, origin });
  }
  return out;
}

/** The folders of a package that hold units, as `dpkg-deb --fsys-tarfile` names them. */
export const UNIT_FOLDERS = ['./lib/systemd/system/', './usr/lib/systemd/system/', './lib/systemd/user/', './usr/lib/systemd/user/'];

/** What `packages.json` says of each package fetched: its .deb's name and how many files were kept. */
type Manifest = Record<string, { deb: string; files: number }>;

/** Exit code and stderr of a child; `close` waits for its pipes to drain. */
function finished(child: ChildProcess): Promise<{ code: number | null; stderr: string }> {
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => {
    child.once('error', (e) => resolve({ code: -1, stderr: e.message }));
    child.once('close', (code) => resolve({ code, stderr }));
  });
}

/**
 * Unpacks only the unit folders of a .deb into `dest`: the package's filesystem tar goes straight
 * into tar, which keeps the members under UNIT_FOLDERS. tar says "Not found in archive" (exit 2)
 * for a folder the package does not have; that is expected, any other complaint is an error.
 */
export async function extractUnitFolders(deb: string, dest: string): Promise<void> {
  mkdirSync(dest, { recursive: true });
  const dpkg = spawn('dpkg-deb', ['--fsys-tarfile', deb], { stdio: ['ignore', 'pipe', 'pipe'] });
  const tar = spawn('tar', ['-x', '-C', dest, '--wildcards', ...UNIT_FOLDERS.map((f) => `${f}*`)], { stdio: ['pipe', 'ignore', 'pipe'] });
  dpkg.stdout.pipe(tar.stdin);
  const [unpacked, kept] = await Promise.all([finished(dpkg), finished(tar)]);
  if (unpacked.code !== 0) throw new Error(`dpkg-deb --fsys-tarfile ${basename(deb)} exited ${unpacked.code}: ${unpacked.stderr.trim()}`);
  const complaints = kept.stderr.split('\n').filter((l) => l && !/Not found in archive|Exiting with failure status due to previous errors/.test(l));
  if ((kept.code !== 0 && kept.code !== 2) || complaints.length > 0) throw new Error(`tar exited ${kept.code}: ${complaints.join('; ')}`);
}

function readManifest(file: string): Manifest {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
  } catch {
    return {};
  }
}

function countFiles(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => !e.isDirectory()).length;
}

/** The .deb of `pkg` in `dir` (apt-get download names it PKG_VERSION_ARCH.deb). */
function debOf(dir: string, pkg: string): string | undefined {
  return readdirSync(dir).find((f) => f.startsWith(`${pkg}_`) && f.endsWith('.deb'));
}

/**
 * Downloads the packages into `dir`: all in one apt-get call (much faster than one call each);
 * when that fails (a name this release lacks fails the whole call), one by one.
 */
function download(packages: string[], dir: string): void {
  try {
    execFileSync('apt-get', ['download', ...packages], { cwd: dir, stdio: 'ignore', timeout: 1_800_000 });
    return;
  } catch {
    // fall through: one at a time, so that one missing name costs only itself
  }
  for (const pkg of packages) {
    if (debOf(dir, pkg)) continue;
    try {
      execFileSync('apt-get', ['download', pkg], { cwd: dir, stdio: 'ignore', timeout: 300_000 });
    } catch {
      // reported as skipped by the caller
    }
  }
}

/** Caches of earlier versions kept every .deb (debs/) and whole unpacked packages (extract/). */
function dropOldLayout(cache: string, log: (line: string) => void): void {
  for (const old of ['debs', 'extract']) {
    const dir = join(cache, old);
    if (!existsSync(dir)) continue;
    rmSync(dir, { recursive: true, force: true });
    log(`corpus: removed ${dir}, the whole packages an earlier version cached`);
  }
}

/**
 * Unit files of the Debian packages, fetched once into `cache/units/PKG`; a package already in
 * `cache/packages.json` is not fetched again, one that cannot be fetched is skipped with a note.
 */
export async function packageUnitFiles(cache: string, packages: readonly string[], log: (line: string) => void): Promise<Map<string, string[]>> {
  dropOldLayout(cache, log);
  const manifestFile = join(cache, 'packages.json');
  const manifest = readManifest(manifestFile);
  const out = new Map<string, string[]>();
  const wanted = packages.filter((pkg) => !manifest[pkg] || !existsSync(join(cache, 'units', pkg)));
  if (wanted.length > 0) {
    mkdirSync(cache, { recursive: true });
    const scratch = mkdtempSync(join(cache, 'debs-'));
    try {
      download(wanted, scratch);
      for (const pkg of wanted) {
        const deb = debOf(scratch, pkg);
        const dest = join(cache, 'units', pkg);
        try {
          if (!deb) throw new Error('apt-get download gave no .deb');
          rmSync(dest, { recursive: true, force: true });
          await extractUnitFolders(join(scratch, deb), dest);
          manifest[pkg] = { deb, files: countFiles(dest) };
        } catch (error) {
          log(`corpus: skipped ${pkg} (${(error as Error).message.split('\n')[0]})`);
        } finally {
          if (deb) rmSync(join(scratch, deb), { force: true });
        }
      }
    } finally {
      rmSync(scratch, { recursive: true, force: true });
      writeFileSync(manifestFile, JSON.stringify(manifest, null, 1) + '\n');
    }
  }
  for (const pkg of packages) {
    if (manifest[pkg]) out.set(pkg, ['lib/systemd/system', 'usr/lib/systemd/system'].flatMap((sub) => unitFilesIn(join(cache, 'units', pkg, sub))));
  }
  return out;
}

export async function buildCorpus(cache: string, log: (line: string) => void): Promise<CorpusUnit[]> {
  const units: CorpusUnit[] = [];
  const seen = new Set<string>();
  for (const folder of HOST_FOLDERS) {
    const files = unitFilesIn(folder).filter((f) => !seen.has(realpathSync(f)));
    files.forEach((f) => seen.add(realpathSync(f)));
    units.push(...copyInto(join(cache, 'corpus', 'host'), files, 'host'));
  }
  for (const [pkg, files] of await packageUnitFiles(cache, PACKAGES, log)) {
    units.push(...copyInto(join(cache, 'corpus', pkg), files, pkg));
  }
  return units;
}
