// The families the agreement test measures, and how each one's real reader is run on them.
// Every case lives in a folder that stands for /etc/systemd (ETC): our checker reads it there (so the
// path tells the family, as on a real machine) and nsrun.sh binds the same folder over /etc/systemd for
// the daemon. A daemon reads one NAME.conf but every NAME.conf.d/*.conf, so a family's cases are
// drop-ins with distinct names and one daemon start parses them all.

/** Where the real readers come from: the host (`/lib/systemd/...`) or a Debian package unpacked by corpus.ts. */
export type Binary = { host: string } | { deb: string; path: string };

export interface OracleSpec {
  /** The program and its arguments; `{bin}` is replaced by the binary's path. */
  argv: string[];
  binary: Binary;
  /** Seconds before nsrun.sh kills the namespace (daemons never exit by themselves). */
  seconds: number;
  /** Extra environment for nsrun.sh (ORACLE_FRESH_SYSFS, ORACLE_PASSWD, ...). */
  env?: Record<string, string>;
  /** Files the oracle needs beside the cases (under ETC), which are not cases. */
  extra?: Record<string, string>;
}

export interface Family {
  /** The name printed in the figures: `network`, `journald.conf`, ... */
  name: string;
  /** The schema family of our classifier (server/src/classify/families.ts). */
  classifierFamily: string;
  /** Folder of the cases under ETC, for our checker and (unless oracleFolder says otherwise) the oracle. */
  folder: string;
  /** The folder the oracle reads them from, when it differs (system.conf: systemd --user reads user.conf.d). */
  oracleFolder?: string;
  /** File name of a case from its number and the name of the file it came from. */
  caseName: (n: number, base: string) => string;
  /** The section a sentinel key goes in: the daemon's message about it proves every case before it was read. */
  mainSection: string;
  /** Mode and group of the case files, when they matter (networkd refuses secrets in a file others can read). */
  fileMode?: number;
  fileGroup?: string;
  /** Undefined where no faithful oracle runs here (said in the output). */
  oracle?: OracleSpec;
}

const pad = (n: number) => String(n).padStart(4, '0');
const stem = (base: string) => base.replace(/\.[^.]*$/, '').replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 40);

/** The users resolved and timesyncd look up before they read their config (a namespace's private /etc/passwd). */
export const ORACLE_PASSWD = 'root:x:0:0:root:/root:/bin/bash\nsystemd-resolve:x:990:990::/:/usr/sbin/nologin\n'
  + 'systemd-timesync:x:997:997::/:/usr/sbin/nologin\nsystemd-oom:x:991:991::/:/usr/sbin/nologin\nnobody:x:65534:65534::/:/usr/sbin/nologin\n';
export const ORACLE_GROUP = 'root:x:0:\nsystemd-resolve:x:990:\nsystemd-timesync:x:997:\nsystemd-oom:x:991:\nnogroup:x:65534:\n';

function networkdFile(ext: string, mainSection: string, oracle: OracleSpec): Family {
  return {
    name: ext, classifierFamily: 'networkd', folder: 'network', mainSection, oracle,
    caseName: (n, base) => `${pad(n)}-${stem(base)}.${ext}`,
  };
}

function daemonConfig(daemon: string, mainSection: string, oracle: OracleSpec | undefined, oracleFolder?: string): Family {
  return {
    name: `${daemon}.conf`, classifierFamily: `${daemon}.conf`, folder: `${daemon}.conf.d`, oracleFolder, mainSection, oracle,
    caseName: (n, base) => `${pad(n)}-${stem(base)}.conf`,
  };
}

const host = (path: string): Binary => ({ host: path });
const deb = (pkg: string, path: string): Binary => ({ deb: pkg, path });
const daemon = (binary: Binary, extra: Partial<OracleSpec> = {}): OracleSpec => ({ argv: ['{bin}'], binary, seconds: 3, ...extra });

/** The sleep oracle must never suspend: a last drop-in forbids every sleep mode, so systemd-sleep parses, then refuses. */
const NO_SLEEP = '[Sleep]\nAllowSuspend=no\nAllowHibernation=no\nAllowSuspendThenHibernate=no\nAllowHybridSleep=no\n';
const USERS = { ORACLE_PASSWD: '{passwd}', ORACLE_GROUP: '{group}' };

export const FAMILIES: readonly Family[] = [
  networkdFile('network', 'Network', daemon(host('/lib/systemd/systemd-networkd'))),
  { ...networkdFile('netdev', 'NetDev', daemon(host('/lib/systemd/systemd-networkd'))), fileMode: 0o640, fileGroup: 'systemd-network' },
  // udevadm loads every .link file before it looks at the device; only the namespace's lo could be touched.
  networkdFile('link', 'Link', { argv: ['{bin}', 'test-builtin', 'net_setup_link', '/sys/class/net/lo'], binary: deb('udev', 'bin/udevadm'), seconds: 5, env: { ORACLE_FRESH_SYSFS: '1' } }),
  {
    // One nspawn per file (it reads the settings of the machine it is asked to start); the root folder
    // does not exist, so it stops right after reading them.
    name: 'nspawn', classifierFamily: 'nspawn', folder: 'nspawn', mainSection: 'Exec',
    caseName: (n) => `m${pad(n)}.nspawn`,
    oracle: {
      argv: ['/bin/bash', '-c', 'for f in /etc/systemd/nspawn/*.nspawn; do m=${f##*/}; "$0" --settings=trusted -M "${m%.nspawn}" -D /nonexistent/oracle-root /bin/true; done', '{bin}'],
      binary: deb('systemd-container', 'usr/bin/systemd-nspawn'), seconds: 30,
    },
  },
  daemonConfig('journald', 'Journal', daemon(host('/lib/systemd/systemd-journald'))),
  daemonConfig('logind', 'Login', daemon(host('/lib/systemd/systemd-logind'))),
  daemonConfig('networkd', 'Network', daemon(host('/lib/systemd/systemd-networkd'))),
  daemonConfig('pstore', 'PStore', daemon(host('/lib/systemd/systemd-pstore'))),
  // timesyncd started as root drops to its user keeping CAP_SYS_TIME, which nsrun.sh has removed; started
  // as nobody it reads its config the same way and can never touch the clock.
  daemonConfig('timesyncd', 'Time', daemon(deb('systemd-timesyncd', 'lib/systemd/systemd-timesyncd'), {
    argv: ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', '{bin}'],
  })),
  daemonConfig('resolved', 'Resolve', daemon(deb('systemd-resolved', 'lib/systemd/systemd-resolved'), { env: USERS })),
  daemonConfig('oomd', 'OOM', daemon(deb('systemd-oomd', 'lib/systemd/systemd-oomd'), { env: USERS })),
  daemonConfig('homed', 'Home', daemon(deb('systemd-homed', 'lib/systemd/systemd-homed'))),
  // Without a socket to serve, systemd-coredump reads its config and exits.
  daemonConfig('coredump', 'Coredump', daemon(deb('systemd-coredump', 'lib/systemd/systemd-coredump'))),
  daemonConfig('sleep', 'Sleep', daemon(host('/lib/systemd/systemd-sleep'), {
    argv: ['{bin}', 'suspend'], extra: { 'sleep.conf.d/zzzzz-oracle-no-sleep.conf': NO_SLEEP },
  })),
  // The user manager reads user.conf with the table system.conf uses (one table in 252), then refuses
  // --test as root; PID-1 systemd must not be started this way.
  daemonConfig('system', 'Manager', daemon(host('/lib/systemd/systemd'), { argv: ['{bin}', '--test', '--user'] }), 'user.conf.d'),
  daemonConfig('user', 'Manager', daemon(host('/lib/systemd/systemd'), { argv: ['{bin}', '--test', '--user'] })),
];

/** The Debian packages the oracles' binaries come from (the real files come from these and from systemd and udev). */
export const ORACLE_PACKAGES = [...new Set(FAMILIES.flatMap((f) => (f.oracle && 'deb' in f.oracle.binary ? [f.oracle.binary.deb] : [])))];
