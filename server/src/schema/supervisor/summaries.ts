// One-line summaries of supervisor options, in our own words.
// Keys are option names; `section/option` keys override the plain name for one section type.

export const SUMMARIES: Readonly<Record<string, string>> = {
  // [unix_http_server]
  file: 'Path of the UNIX domain socket on which supervisord serves its HTTP/XML-RPC control interface.',
  chmod: 'Permission bits (octal) applied to the control socket file after it is created.',
  chown: 'Owner, optionally `user:group`, given to the control socket file.',
  username: 'User name clients must present to the control interface; set together with `password`.',
  password: 'Password clients must present to the control interface: plain text or `{SHA}` followed by a hex SHA-1 digest.',
  // [inet_http_server]
  port: 'TCP address `[host:]port` on which supervisord serves its HTTP/XML-RPC control interface; `*:port` listens on every interface.',
  // [supervisord]
  logfile: "Path of supervisord's own activity log; its folder must already exist.",
  logfile_maxbytes: 'Size at which the supervisord log is rotated (`0` never rotates).',
  logfile_backups: 'How many rotated copies of the supervisord log to keep (`0` keeps none).',
  loglevel: 'How verbose the supervisord log is, from `critical` (least) to `blather` (most).',
  pidfile: 'File in which supervisord writes its process id; its folder must already exist.',
  nodaemon: 'Keep supervisord in the foreground instead of detaching (what a container or a systemd service wants).',
  silent: 'In the foreground, do not copy the activity log to standard output.',
  minfds: 'Lowest number of free file descriptors supervisord needs; it tries to raise the limit, and refuses to start otherwise.',
  minprocs: 'Lowest process limit supervisord needs; it tries to raise the limit, and refuses to start otherwise.',
  nocleanup: 'Keep the old automatically named child log files found in `childlogdir` at startup.',
  childlogdir: 'Folder where log files set to `AUTO` are created.',
  identifier: 'Name this supervisord reports over the control interface, to tell several instances apart.',
  strip_ansi: 'Remove terminal colour and cursor escape sequences from child output before it is logged.',
  'supervisord/umask': 'File mode creation mask (octal) of supervisord, inherited by the programs it starts.',
  'supervisord/user': 'When started as root, switch supervisord to this account before running programs.',
  'supervisord/directory': 'Folder supervisord changes into when it daemonizes.',
  'supervisord/environment': 'Extra `KEY="value"` variables for every child; they also become `%(ENV_KEY)s` expansions.',
  // [supervisorctl]
  serverurl: 'Where supervisorctl reaches supervisord: `unix:///path/to.sock` or `http://host:port`.',
  prompt: 'Text supervisorctl shows before its interactive prompt.',
  history_file: "File in which supervisorctl keeps its command-line history between sessions.",
  'supervisorctl/username': 'User name supervisorctl sends to the control interface.',
  'supervisorctl/password': 'Password supervisorctl sends to the control interface, in plain text.',
  // [program:x], [fcgi-program:x], [eventlistener:x]
  command: 'Command line that starts the program; it must stay in the foreground, since supervisord manages it as its child.',
  process_name: 'Name of each process, usually built from expansions; must include `%(process_num)` when `numprocs` is above 1.',
  numprocs: 'How many copies of the program to run.',
  numprocs_start: 'First value of `%(process_num)s` when several copies run.',
  priority: 'Start order: lower values start first and stop last.',
  autostart: 'Start the program when supervisord starts.',
  startsecs: 'Seconds the program must stay up after launch to count as successfully started (`0` means at once).',
  startretries: 'Failed start attempts allowed before the program is marked FATAL.',
  autorestart: 'Restart after the program exits: `true` always, `false` never, `unexpected` only for exit codes not in `exitcodes`.',
  exitcodes: 'Exit codes that count as an expected exit, for `autorestart=unexpected`.',
  stopsignal: 'Signal sent to ask the program to stop (`TERM`, `INT`, `QUIT`, `HUP`, `KILL`, `USR1`, `USR2`, ...).',
  stopwaitsecs: 'Seconds to wait after the stop signal before sending SIGKILL.',
  stopasgroup: 'Send the stop signal to the whole process group, so children of a wrapper script stop too (implies `killasgroup`).',
  killasgroup: 'Send the final SIGKILL to the whole process group, so no grandchild is left behind.',
  user: 'Run the program as this account (only when supervisord runs as root).',
  redirect_stderr: "Send the program's standard error into its standard output log.",
  stdout_logfile: 'Where standard output goes: a path, `AUTO` (a file in `childlogdir`) or `NONE`.',
  stdout_logfile_maxbytes: 'Size at which the standard output log is rotated (`0` never rotates).',
  stdout_logfile_backups: 'How many rotated standard output logs to keep.',
  stdout_capture_maxbytes: 'Buffer size for capture mode on standard output (`0` disables capture events).',
  stdout_events_enabled: 'Emit a PROCESS_LOG_STDOUT event for each chunk of standard output.',
  stdout_syslog: 'Also send standard output to syslog, tagged with the process name.',
  stderr_logfile: 'Where standard error goes: a path, `AUTO` (a file in `childlogdir`) or `NONE`; unused with `redirect_stderr`.',
  stderr_logfile_maxbytes: 'Size at which the standard error log is rotated (`0` never rotates).',
  stderr_logfile_backups: 'How many rotated standard error logs to keep.',
  stderr_capture_maxbytes: 'Buffer size for capture mode on standard error (`0` disables capture events).',
  stderr_events_enabled: 'Emit a PROCESS_LOG_STDERR event for each chunk of standard error.',
  stderr_syslog: 'Also send standard error to syslog, tagged with the process name.',
  environment: 'Extra `KEY="value"` variables for the program, comma separated; quote values that hold commas.',
  directory: 'Folder the program starts in.',
  umask: 'File mode creation mask (octal) for the program.',
  'program/serverurl': 'Control-interface URL passed to the child as `SUPERVISOR_SERVER_URL`; `AUTO` uses supervisord\'s own.',
  'fcgi-program/serverurl': 'Control-interface URL passed to the child as `SUPERVISOR_SERVER_URL`; `AUTO` uses supervisord\'s own.',
  'eventlistener/serverurl': 'Control-interface URL passed to the child as `SUPERVISOR_SERVER_URL`; `AUTO` uses supervisord\'s own.',
  // [fcgi-program:x]
  socket: 'FastCGI socket the processes share: `unix:///absolute/path` or `tcp://host:port`.',
  socket_backlog: 'Listen queue length of the FastCGI socket.',
  socket_owner: 'Owner, optionally `user:group`, of a UNIX FastCGI socket.',
  socket_mode: 'Permission bits (octal) of a UNIX FastCGI socket.',
  // [eventlistener:x]
  events: 'Comma-separated event types the listener subscribes to, such as `PROCESS_STATE` or `TICK_60`.',
  buffer_size: 'How many events may queue for the listener before the oldest are dropped.',
  result_handler: 'Python callable, `module:function`, that interprets what the listener answers.',
  // [group:x]
  programs: 'Comma-separated names of the `[program:x]` sections that form this group.',
  'group/priority': 'Start order of the group: lower values start first and stop last.',
  // [include]
  files: 'Space-separated file globs to read as more configuration, relative to this file\'s folder.',
  // [rpcinterface:x], [ctlplugin:x]
  'supervisor.rpcinterface_factory': 'Python callable, `module:function`, that builds this XML-RPC interface; the standard one is `supervisor.rpcinterface:make_main_rpcinterface`.',
  'supervisor.ctl_factory': 'Python callable, `module:function`, that builds this supervisorctl plugin.',
  '<any other key>': 'Passed to the factory as a keyword argument.',
};

/** The summary for an option in a section type. */
export function summaryFor(section: string, option: string): string | undefined {
  return SUMMARIES[`${section}/${option}`] ?? SUMMARIES[option];
}
