// An example value for every supervisor option, shown in hover as `option=value`. Keyed by option name
// (the same name means the same syntax in every section type), with the converter's syntax as fallback.
// Checked against our own validation in test/unit/schema-supervisor/examples.test.ts.

const BY_OPTION: Readonly<Record<string, string>> = {
  // control interfaces
  file: '/run/supervisor.sock',
  chmod: '0770',
  chown: 'root:supervisor',
  username: 'admin',
  password: '{SHA}82ab876d1387bfafe46cc1c8a2ef074eae50cb1d',
  port: '127.0.0.1:9001',
  serverurl: 'unix:///run/supervisor.sock',
  prompt: 'web01',
  history_file: '~/.sc_history',
  // the daemon
  logfile: '/var/log/supervisor/supervisord.log',
  logfile_maxbytes: '50MB',
  logfile_backups: '10',
  loglevel: 'info',
  pidfile: '/run/supervisord.pid',
  minfds: '4096',
  minprocs: '200',
  childlogdir: '/var/log/supervisor',
  identifier: 'web01',
  // programs
  command: '/usr/bin/gunicorn --workers 4 app:wsgi',
  process_name: '%(program_name)s_%(process_num)02d',
  numprocs: '4',
  numprocs_start: '1',
  priority: '100',
  autostart: 'true',
  startsecs: '5',
  startretries: '3',
  autorestart: 'unexpected',
  exitcodes: '0,2',
  stopsignal: 'INT',
  stopwaitsecs: '30',
  user: 'www-data',
  directory: '/srv/app',
  umask: '022',
  environment: 'PYTHONUNBUFFERED="1",APP_ENV="production"',
  stdout_logfile: '/var/log/app/%(program_name)s.log',
  stderr_logfile: 'AUTO',
  stdout_logfile_maxbytes: '10MB',
  stderr_logfile_maxbytes: '10MB',
  stdout_capture_maxbytes: '1MB',
  stderr_capture_maxbytes: '1MB',
  stdout_logfile_backups: '5',
  stderr_logfile_backups: '5',
  socket: 'unix:///run/app/%(program_name)s.sock',
  socket_owner: 'www-data:www-data',
  socket_mode: '0660',
  socket_backlog: '1024',
  // event listeners, groups, includes, plugins
  events: 'PROCESS_STATE_EXITED,TICK_60',
  buffer_size: '50',
  result_handler: 'supervisor.dispatchers:default_handler',
  programs: 'web,worker',
  files: 'conf.d/*.conf /etc/supervisor/extra/*.ini',
  'supervisor.rpcinterface_factory': 'supervisor.rpcinterface:make_main_rpcinterface',
  'supervisor.ctl_factory': 'myplugin.controller:make_controller_plugin',
};

/** By converter, for an option the table above does not name (the daemon's own `user=`, ...). */
const BY_DATATYPE: Readonly<Record<string, string>> = {
  boolean: 'true',
  integer: '10',
  byte_size: '50MB',
  octal_type: '022',
  existing_directory: '/tmp',
  name_to_uid: 'nobody',
};

/** `section` is the section type (`program`, `supervisord`, ...); some names differ by section. */
export function optionExample(section: string, option: string, datatype: string): string | undefined {
  if (section === 'supervisord' && option === 'user') return 'supervisor';
  // An event listener speaks to supervisord on stdout: stderr must stay apart.
  if (section === 'eventlistener' && option === 'redirect_stderr') return 'false';
  if (section === 'supervisord' && option === 'directory') return '/';
  if (section === 'supervisord' && option === 'environment') return 'TZ="UTC"';
  return BY_OPTION[option] ?? BY_DATATYPE[datatype];
}
