// Parsers of the daemons' .conf files and .nspawn whose syntax no unit parser shares, or that 252 reads
// differently from the newest release the generated tables name. Shapes we cannot model stay text.
import { generatedDirectives } from '../../systemd/directives.generated';
import type { EnumValue, ValueSpec } from '../../types';

const words = (...names: string[]): EnumValue[] => names.map((name) => ({ name }));
const boolean: ValueSpec = { kind: 'boolean', label: 'boolean' };

const LOG_TARGETS = words('console', 'console-prefixed', 'kmsg', 'journal', 'journal-or-kmsg', 'syslog', 'syslog-or-kmsg', 'auto', 'null');
const LOG_LEVELS = words('emerg', 'alert', 'crit', 'err', 'warning', 'notice', 'info', 'debug');
/** exec_output words a manager default may take (no socket, fd, file forms); syslog forms are read as journal. */
const DEFAULT_OUTPUTS = words('inherit', 'null', 'tty', 'journal', 'journal+console', 'kmsg', 'kmsg+console', 'syslog', 'syslog+console');
const EMERGENCY_ACTIONS: EnumValue[] = [
  ...words('none', 'reboot', 'reboot-force', 'reboot-immediate', 'poweroff', 'poweroff-force', 'poweroff-immediate', 'exit', 'exit-force'),
  ...['soft-reboot', 'soft-reboot-force', 'kexec', 'kexec-force', 'halt', 'halt-force', 'halt-immediate'].map((name) => ({ name, since: 254 })),
];

/** Architecture words, as units' SystemCallArchitectures= takes them. */
const ARCHITECTURES: EnumValue[] = generatedDirectives.find((d) => d.name === 'SystemCallArchitectures')?.value.values ?? [];

export const daemonParsers: Readonly<Record<string, ValueSpec>> = {
  // .nspawn
  boot: boolean,
  pid2: boolean,
  link_journal: { kind: 'enum', values: words('no', 'auto', 'guest', 'host', 'try-guest', 'try-host'), booleans: true, label: 'journal link mode' },
  signal: { kind: 'signal', label: 'signal name or number' },
  id128: { kind: 'daemon-id128', label: '128-bit ID (32 hex digits or a UUID)' },
  private_users: { kind: 'daemon-private-users', label: 'boolean, pick, identity, or UID[:RANGE]' },
  bind_user: { kind: 'daemon-bind-users', list: true, label: 'user names' },
  expose_port: { kind: 'daemon-expose-port', label: '[tcp:|udp:][HOST_PORT:]CONTAINER_PORT' },
  rlimit: { kind: 'daemon-rlimit', label: 'resource limit: SOFT[:HARD], or infinity' },
  capability: { kind: 'daemon-capabilities', list: true, label: 'capability names or numbers, or all' },
  syscall_filter: { kind: 'daemon-syscalls', list: true, label: 'system call names and @groups (~ first: a deny list)' },
  cpu_set: { kind: 'daemon-cpu-set', list: true, label: 'CPU indices and ranges (0-3 8)' },
  bind: { kind: 'daemon-bind', label: '[+]SOURCE[:DESTINATION[:OPTIONS]]' },
  overlay: { kind: 'daemon-overlay', label: 'LOWER:UPPER, or LOWER...:UPPER:DESTINATION' },
  tmpfs: { kind: 'daemon-tmpfs', label: '/PATH[:OPTIONS]' },
  oom_score_adjust: { kind: 'integer', min: -1000, max: 1000, label: 'integer (-1000..1000)' },
  // journald.conf
  compress: { kind: 'daemon-compress', label: 'boolean, or a size above which entries are compressed' },
  line_max: { kind: 'daemon-line-max', label: 'byte size (at least 79)' },
  // logind.conf
  n_autovts: { kind: 'integer', min: 0, max: 15, label: 'number of virtual terminals (0..15)' },
  tmpfs_size: { kind: 'bytes', percent: true, label: 'byte size or percentage of memory' },
  sec_fix_0: { kind: 'timespan', label: 'time span (bare number: seconds)' },
  // oomd.conf: 252 reads a duration as any time span and the limits as percentages
  duration: { kind: 'timespan', label: 'time span (bare number: seconds)' },
  loadavg: { kind: 'daemon-permyriad', label: 'percentage (0% to 100%)' },
  permyriad: { kind: 'daemon-permyriad', label: 'percentage (0% to 100%)' },
  // homed.conf
  default_file_system_type: { kind: 'enum', values: words('ext4', 'btrfs', 'xfs'), label: 'file system for new home areas' },
  // coredump.conf
  iec_uint64_infinity: { kind: 'bytes', values: words('infinity'), label: 'byte size or infinity' },
  // resolved.conf
  dns_servers: { kind: 'daemon-dns-servers', list: true, label: 'DNS server addresses ([ADDRESS]:PORT%IFACE#NAME)' },
  dns_stub_listener_extra: { kind: 'daemon-listen-address', label: '[udp:|tcp:]address[:port]' },
  // system.conf, user.conf
  capability_set: { kind: 'daemon-capability-set', list: true, label: 'capability names (~ first: all but these)' },
  level2: { kind: 'enum', values: LOG_LEVELS, min: 0, max: 7, label: 'log level' },
  target: { kind: 'enum', values: LOG_TARGETS, label: 'log target' },
  color: boolean,
  location: boolean,
  time: boolean,
  crash_chvt: { kind: 'daemon-crash-vt', label: 'boolean or virtual terminal number (1..63)' },
  crash_reboot: boolean,
  show_status: { kind: 'enum', values: words('auto', 'error'), booleans: true, label: 'boolean, auto or error' },
  environ: { kind: 'environment', list: true, label: 'VAR=value assignments' },
  output_restricted: { kind: 'enum', values: DEFAULT_OUTPUTS, label: 'default output' },
  emergency_action: { kind: 'enum', values: EMERGENCY_ACTIONS, label: 'emergency action' },
  tasks_max: { kind: 'integer', min: 1, percent: true, values: words('infinity'), label: 'number, percentage, or infinity' },
  default_timeout_abort: { kind: 'timespan', label: 'time span (bare number: seconds)' },
  watchdog_sec: { kind: 'daemon-watchdog', label: 'time span, default or off' },
  nsec: { kind: 'daemon-nsec', label: 'time span (bare number: nanoseconds)' },
};

/**
 * Keys whose parser in the generated table (the newest release's) is not the one older releases use,
 * keyed `Key parser`: the managers' DefaultCPUAccounting= and DefaultBlockIOAccounting= were booleans
 * up to 256 before they became obsolete.
 */
export const daemonKeySpecs: Readonly<Record<string, ValueSpec>> = {
  'DefaultCPUAccounting warn_compat': { kind: 'daemon-boolean-until', max: 256, label: 'boolean (obsolete after systemd 256)' },
  // 252 reads it as a list of architectures (measured); judged up to there only, the newest tables call it obsolete.
  'SystemCallArchitectures warn_compat': { kind: 'daemon-architectures', list: true, values: ARCHITECTURES, max: 252, label: 'list of architectures' },
  'DefaultBlockIOAccounting warn_compat': { kind: 'daemon-boolean-until', max: 256, label: 'boolean (obsolete after systemd 256)' },
};
