// What systemd puts in the environment of the processes it starts (systemd.exec(5), "Environment
// variables in spawned processes"): the names are systemd's, the summaries our own words.

export interface ExecVariable {
  name: string;
  summary: string;
  /** The first systemd release that sets it, for names its 252 manual does not list yet. */
  since?: number;
}

export const EXEC_VARIABLES: readonly ExecVariable[] = [
  { name: 'PATH', summary: 'The search path for programs: a fixed default list of `bin` and `sbin` folders unless `Environment=` sets it.' },
  { name: 'LANG', summary: 'The locale: the system\'s default from `/etc/locale.conf`, for services of the system manager.' },
  { name: 'USER', summary: 'The name of the user the process runs as (`User=`, or the manager\'s user).' },
  { name: 'LOGNAME', summary: 'The same as `$USER`, the user name the process runs as.' },
  { name: 'HOME', summary: 'The home folder of the user the process runs as.' },
  { name: 'SHELL', summary: 'The login shell of the user the process runs as.' },
  { name: 'INVOCATION_ID', summary: 'A random 128-bit ID, in hex, new each time the unit starts; the journal tags the unit\'s messages with it.' },
  { name: 'XDG_RUNTIME_DIR', summary: 'The runtime folder of the user (set for the user manager\'s services and where `PAMName=` opens a session).' },
  { name: 'RUNTIME_DIRECTORY', summary: 'The full paths of the folders `RuntimeDirectory=` creates, separated by `:`.' },
  { name: 'STATE_DIRECTORY', summary: 'The full paths of the folders `StateDirectory=` creates, separated by `:`.' },
  { name: 'CACHE_DIRECTORY', summary: 'The full paths of the folders `CacheDirectory=` creates, separated by `:`.' },
  { name: 'LOGS_DIRECTORY', summary: 'The full paths of the folders `LogsDirectory=` creates, separated by `:`.' },
  { name: 'CONFIGURATION_DIRECTORY', summary: 'The full paths of the folders `ConfigurationDirectory=` names, separated by `:`.' },
  { name: 'CREDENTIALS_DIRECTORY', summary: 'The folder holding the credentials `LoadCredential=` and `SetCredential=` pass in.' },
  { name: 'MAINPID', summary: 'The PID of the service\'s main process, once it is known; useful in `ExecReload=` and `ExecStop=` (`kill -HUP $MAINPID`).' },
  { name: 'MANAGERPID', summary: 'The PID of the user manager that started the process (user services only).' },
  { name: 'LISTEN_FDS', summary: 'How many sockets or other file descriptors the service receives from socket activation, starting at fd 3.' },
  { name: 'LISTEN_PID', summary: 'The PID the passed file descriptors are meant for: a process checks it is its own before using them.' },
  { name: 'LISTEN_FDNAMES', summary: 'The names of the passed file descriptors (`FileDescriptorName=`), separated by `:`.' },
  { name: 'NOTIFY_SOCKET', summary: 'The socket to send `sd_notify()` messages to (`READY=1`, ...); set for `Type=notify` and wherever `NotifyAccess=` allows it.' },
  { name: 'WATCHDOG_PID', summary: 'The PID the watchdog expects keep-alive messages from (`WatchdogSec=`).' },
  { name: 'WATCHDOG_USEC', summary: 'The watchdog timeout in microseconds (`WatchdogSec=`); send `WATCHDOG=1` more often than that.' },
  { name: 'SYSTEMD_EXEC_PID', summary: 'The PID of the process systemd started for this command line.' },
  { name: 'TERM', summary: 'The terminal type, set only when standard input, output or error is a terminal (`TTYPath=`).' },
  { name: 'LOG_NAMESPACE', summary: 'The journal namespace `LogNamespace=` chose.' },
  { name: 'JOURNAL_STREAM', summary: 'The device and inode (`DEV:INODE`) of the journal stream standard output or error is connected to, so a program can tell it logs to the journal.' },
  { name: 'SERVICE_RESULT', summary: 'How the service ended (`success`, `exit-code`, `timeout`, `signal`, ...); set for `ExecStop=` and `ExecStopPost=`.' },
  { name: 'EXIT_CODE', summary: 'How the main process ended (`exited`, `killed`, `dumped`); set for `ExecStop=` and `ExecStopPost=`.' },
  { name: 'EXIT_STATUS', summary: 'The exit status or signal name of the main process; set for `ExecStop=` and `ExecStopPost=`.' },
  { name: 'MONITOR_SERVICE_RESULT', summary: 'In a unit started by `OnFailure=` or `OnSuccess=`: how the unit it watches ended.' },
  { name: 'MONITOR_EXIT_CODE', summary: 'In a unit started by `OnFailure=` or `OnSuccess=`: how the watched unit\'s main process ended.' },
  { name: 'MONITOR_EXIT_STATUS', summary: 'In a unit started by `OnFailure=` or `OnSuccess=`: the exit status or signal of the watched unit\'s main process.' },
  { name: 'MONITOR_INVOCATION_ID', summary: 'In a unit started by `OnFailure=` or `OnSuccess=`: the invocation ID of the watched unit.' },
  { name: 'MONITOR_UNIT', summary: 'In a unit started by `OnFailure=` or `OnSuccess=`: the name of the watched unit.' },
  { name: 'PIDFILE', summary: 'The path `PIDFile=` names.' },
  { name: 'TRIGGER_UNIT', summary: 'The path or timer unit that started this one.' },
  { name: 'TRIGGER_PATH', summary: 'The file whose change made the path unit start this one.' },
  { name: 'TRIGGER_TIMER_REALTIME_USEC', summary: 'When the timer fired, in microseconds of wall-clock time.' },
  { name: 'TRIGGER_TIMER_MONOTONIC_USEC', summary: 'When the timer fired, in microseconds of monotonic time.' },
  { name: 'MEMORY_PRESSURE_WATCH', summary: 'The file to watch for memory pressure events (`MemoryPressureWatch=`).', since: 254 },
  { name: 'MEMORY_PRESSURE_WRITE', summary: 'What to write to `$MEMORY_PRESSURE_WATCH`, in Base64, to set up the watch.', since: 254 },
  { name: 'FDSTORE', summary: 'How many file descriptors the service may keep in the manager\'s store (`FileDescriptorStoreMax=`).', since: 254 },
  { name: 'REMOTE_ADDR', summary: 'For a service started per connection (`Accept=yes`): the address of the peer.' },
  { name: 'REMOTE_PORT', summary: 'For a service started per connection (`Accept=yes`): the port of the peer.' },
];

export function findExecVariable(name: string): ExecVariable | undefined {
  return EXEC_VARIABLES.find((v) => v.name === name);
}
