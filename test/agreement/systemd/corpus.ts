// The real units the agreement test lints: this machine's unit folders, plus the units shipped by
// Debian packages of common daemons (fetched with `apt-get download`, unpacked with `dpkg-deb -x`,
// cached under .cache/ so later runs need no network).
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, lstatSync, mkdirSync, readdirSync, realpathSync, statSync } from 'node:fs';
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

/** Units of one package, unpacked once into the cache; [] when the package cannot be fetched. */
function packageUnits(cache: string, pkg: string, log: (line: string) => void): string[] {
  const extracted = join(cache, 'extract', pkg);
  const done = join(extracted, '.done');
  if (!existsSync(done)) {
    const debs = join(cache, 'debs');
    mkdirSync(debs, { recursive: true });
    try {
      let deb = readdirSync(debs).find((f) => f.startsWith(`${pkg}_`) && f.endsWith('.deb'));
      if (!deb) {
        execFileSync('apt-get', ['download', pkg], { cwd: debs, stdio: 'ignore', timeout: 300_000 });
        deb = readdirSync(debs).find((f) => f.startsWith(`${pkg}_`) && f.endsWith('.deb'));
      }
      if (!deb) throw new Error('no .deb after download');
      mkdirSync(extracted, { recursive: true });
      execFileSync('dpkg-deb', ['-x', join(debs, deb), extracted], { stdio: 'ignore' });
      execFileSync('touch', [done]);
    } catch (error) {
      log(`corpus: skipped ${pkg} (${(error as Error).message.split('\n')[0]})`);
      return [];
    }
  }
  return ['lib/systemd/system', 'usr/lib/systemd/system'].flatMap((sub) => unitFilesIn(join(extracted, sub)));
}

export function buildCorpus(cache: string, log: (line: string) => void): CorpusUnit[] {
  const units: CorpusUnit[] = [];
  const seen = new Set<string>();
  for (const folder of HOST_FOLDERS) {
    const files = unitFilesIn(folder).filter((f) => !seen.has(realpathSync(f)));
    files.forEach((f) => seen.add(realpathSync(f)));
    units.push(...copyInto(join(cache, 'corpus', 'host'), files, 'host'));
  }
  for (const pkg of PACKAGES) {
    units.push(...copyInto(join(cache, 'corpus', pkg), packageUnits(cache, pkg, log), pkg));
  }
  return units;
}
