// What each enum value means, in our own words: execution, sandboxing and logging settings.
const LEVELS: Readonly<Record<string, string>> = {
  emerg: 'Level 0: the system is unusable.', alert: 'Level 1: act immediately.', crit: 'Level 2: critical condition.',
  err: 'Level 3: error.', warning: 'Level 4: warning.', notice: 'Level 5: normal but worth noting.',
  info: 'Level 6: informational.', debug: 'Level 7: debugging detail.',
};

const OUTPUT: Readonly<Record<string, string>> = {
  inherit: 'Same destination as standard input (or, for standard error, as standard output).',
  null: 'Discard the output.',
  tty: 'Write to the terminal set in TTYPath=.',
  syslog: 'Legacy name: now the same as journal.',
  'syslog+console': 'Legacy name: now the same as journal+console.',
  kmsg: 'Write to the kernel log buffer.',
  'kmsg+console': 'Write to the kernel log buffer and the system console.',
  journal: 'Send to the journal (the default for services).',
  'journal+console': 'Send to the journal and the system console.',
  socket: 'Write to the socket passed by socket activation.',
  fd: 'Use a file descriptor passed by a socket unit; written fd:NAME.',
  file: 'Write to a file from the start, overwriting in place; written file:PATH.',
  append: 'Append to a file; written append:PATH.',
  truncate: 'Empty a file first, then write to it; written truncate:PATH.',
  'fd:': 'fd:NAME: a file descriptor passed by a socket unit, by name.',
  'file:': 'file:PATH: the file at PATH, opened for writing.',
  'append:': 'append:PATH: the file at PATH, opened for appending.',
  'truncate:': 'truncate:PATH: the file at PATH, emptied first.',
};

const PRESERVE: Readonly<Record<string, string>> = {
  no: 'Remove the directories when the unit stops.',
  yes: 'Keep the directories when the unit stops.',
  restart: 'Keep them across restarts, remove them on a real stop.',
  'on-success': 'Keep them only when the unit stopped successfully.',
};

const PRESSURE: Readonly<Record<string, string>> = {
  no: 'Do not set up pressure monitoring.', yes: 'Always set up pressure monitoring for the service.',
  auto: 'Set it up when the matching accounting is on (the default).', skip: 'Leave any pressure settings untouched.',
};

const NAMESPACES: Readonly<Record<string, string>> = {
  cgroup: 'cgroup namespaces.', ipc: 'IPC namespaces.', net: 'Network namespaces.', mnt: 'Mount namespaces.',
  pid: 'PID namespaces.', user: 'User namespaces.', uts: 'Host name (UTS) namespaces.', time: 'Time namespaces.',
};

export const execValueDocs: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  StandardOutput: OUTPUT,
  StandardError: OUTPUT,
  StandardInput: {
    null: 'Read from /dev/null (the default).',
    tty: 'Read from the terminal in TTYPath=, waiting until it is free.',
    'tty-force': 'Take over the terminal in TTYPath= even if another process uses it.',
    'tty-fail': 'Use the terminal in TTYPath=, failing if it is busy.',
    socket: 'Read from the socket passed by socket activation.',
    fd: 'Use a file descriptor passed by a socket unit; written fd:NAME.',
    data: 'Read the text given in StandardInputText= or StandardInputData=.',
    file: 'Read from a file; written file:PATH.',
    'fd:': 'fd:NAME: a file descriptor passed by a socket unit, by name.',
    'file:': 'file:PATH: the file or device at PATH.',
  },
  LogLevelMax: LEVELS,
  SyslogLevel: LEVELS,
  PrivateTmp: {
    no: 'Share the host\'s /tmp and /var/tmp.',
    connected: 'Private /tmp and /var/tmp that still order the unit after the host\'s tmp mounts (same as yes).',
    disconnected: 'Private, empty tmpfs mounts with no link to the host\'s /tmp at all.',
  },
  PrivateUsers: {
    no: 'No user namespace.',
    self: 'User namespace mapping only root and the unit\'s user (same as yes).',
    identity: 'User namespace mapping the first 65536 ids to themselves.',
    full: 'User namespace mapping the full id range to itself.',
    managed: 'User namespace with a transient id range allocated for the unit.',
  },
  ProtectSystem: {
    no: 'No protection.',
    yes: 'Make /usr and the boot partitions read-only.',
    full: 'Like yes, and /etc read-only too.',
    strict: 'Make the whole file system read-only except /dev, /proc, /sys and paths listed in ReadWritePaths= and the like.',
  },
  ProtectHome: {
    no: 'No protection.',
    yes: 'Make /home, /root and /run/user empty and inaccessible.',
    'read-only': 'Make /home, /root and /run/user read-only.',
    tmpfs: 'Mount empty tmpfs over /home, /root and /run/user (paths can be bound back in).',
  },
  ProtectControlGroups: {
    no: 'No protection.', yes: 'Make the cgroup tree read-only.',
    private: 'Give the unit its own cgroup namespace, writable.', strict: 'Own cgroup namespace, read-only.',
  },
  ProtectHostname: {
    no: 'No protection.', yes: 'Own host name namespace; changing the host name is forbidden.',
    private: 'Own host name namespace in which the host name may be changed.',
  },
  ProtectProc: {
    default: 'No restriction.', noaccess: 'Other users\' process directories cannot be accessed.',
    invisible: 'Other users\' processes are hidden in /proc.', ptraceable: 'Only processes the unit could trace are visible.',
  },
  ProcSubset: { all: 'All of /proc is visible.', pid: 'Only the process directories of /proc are visible.' },
  KeyringMode: {
    inherit: 'No special keyring: the processes see the caller\'s one.',
    private: 'A fresh session keyring, not linked to the user keyring.',
    shared: 'A fresh session keyring linked to the user keyring (the default for system services).',
  },
  MountFlags: {
    shared: 'Mounts propagate in both directions between host and unit.',
    slave: 'Host mounts reach the unit, the unit\'s mounts stay private.',
    private: 'No mount propagation in either direction.',
  },
  CPUSchedulingPolicy: {
    other: 'Normal time-sharing scheduling.', batch: 'For non-interactive, CPU-heavy work.', idle: 'Run only when nothing else wants the CPU.',
    fifo: 'Real-time, first in first out.', rr: 'Real-time, round robin.', ext: 'Scheduler implemented by a BPF program (sched_ext).',
  },
  IOSchedulingClass: {
    none: 'No explicit class: derived from the CPU niceness.', realtime: 'Served first; can starve others.',
    'best-effort': 'Normal class, with priorities 0 to 7.', idle: 'Served only when nobody else does I/O.',
  },
  NUMAPolicy: {
    default: 'The kernel\'s default policy.', preferred: 'Prefer the first node in NUMAMask=.', bind: 'Allocate only on the nodes in NUMAMask=.',
    interleave: 'Spread allocations across the nodes in NUMAMask=.', local: 'Allocate on the node the task runs on.',
  },
  UtmpMode: {
    init: 'Write an init record only.', login: 'Write init and login records (for getty-like services).',
    user: 'Write init, login and user records.',
  },
  RuntimeDirectoryPreserve: PRESERVE,
  FileDescriptorStorePreserve: PRESERVE,
  MemoryPressureWatch: { ...PRESSURE, off: 'Same as no.', on: 'Same as yes.' },
  CPUPressureWatch: PRESSURE,
  IOPressureWatch: PRESSURE,
  RestrictNamespaces: NAMESPACES,
  DelegateNamespaces: NAMESPACES,
  MemoryTHP: {
    inherit: 'Use the system-wide transparent huge page setting.', disable: 'Turn transparent huge pages off.',
    madvise: 'Use them only where the program asks with madvise().', system: 'Follow the system setting, ignoring inherited changes.',
  },
  SecureBits: {
    'keep-caps': 'Keep capabilities when switching from root to another user.', 'keep-caps-locked': 'Lock keep-caps.',
    'no-setuid-fixup': 'Do not adjust capabilities when user ids change.', 'no-setuid-fixup-locked': 'Lock no-setuid-fixup.',
    noroot: 'Give root no special capability treatment on exec.', 'noroot-locked': 'Lock noroot.',
  },
  PrivateBPF: { no: 'Use the host\'s BPF file system.', yes: 'Mount a private BPF file system.' },
  PrivatePIDs: { no: 'Share the host PID namespace.', yes: 'Run in a new PID namespace.' },
  RefreshOnReload: { extensions: 'Reload system and configuration extensions.', credentials: 'Reload credentials.' },
  CPUSetPartition: { member: 'Ordinary cpuset member.', root: 'Cpuset partition root.', isolated: 'Isolated partition, no load balancing.' },
};
