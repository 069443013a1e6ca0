// Base configurations for the supervisor agreement corpus: real ones (Debian's, the sample that
// echo_supervisord_conf prints, the project's example) and hand-written realistic ones.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A configuration: files by path relative to its folder; `main` is the one supervisord reads. */
export interface Base {
  name: string;
  origin: 'real' | 'hand';
  files: Record<string, string>;
  main: string;
}

const ROOT = join(__dirname, '..', '..', '..');

function echoSample(): string | undefined {
  try {
    return execFileSync('echo_supervisord_conf', { encoding: 'utf8' });
  } catch {
    return undefined;
  }
}

/**
 * The sample with every example section switched on: `;key=value` lines under `;[section]` headers
 * lose their `;`, and the few placeholders that name things absent here get real values.
 */
function uncomment(sample: string): string {
  let inExample = false;
  return sample.split('\n').map((line) => {
    if (/^;\[[^\]]+\]/.test(line)) { inExample = true; return line.slice(1); }
    if (/^\[/.test(line)) inExample = false;
    if (inExample && /^;[a-z_.]+\s*=/.test(line)) return line.slice(1);
    return line;
  }).join('\n')
    .replace(/^user=chrism\b/gm, 'user=root')
    .replace(/=\/a\/path\b/g, '=%(here)s/logs/child.log')
    .replace(/^programs=progname1,progname2/m, 'programs=theprogramname')
    .replace(/^files = relative\/directory\/\*\.ini/m, 'files = conf.d/*.ini');
}

function exampleProject(): Base | undefined {
  const dir = join(ROOT, 'examples', 'supervisor');
  if (!existsSync(join(dir, 'supervisord.conf'))) return undefined;
  const files: Record<string, string> = { 'supervisord.conf': readFileSync(join(dir, 'supervisord.conf'), 'utf8') };
  for (const name of readdirSync(join(dir, 'conf.d'))) files[`conf.d/${name}`] = readFileSync(join(dir, 'conf.d', name), 'utf8');
  return { name: 'example-project', origin: 'real', files, main: 'supervisord.conf' };
}

const PROJECT = `; One supervisord per project, with its own socket.
[unix_http_server]
file=%(here)s/run/supervisor.sock
chmod=0770
chown=root:root

[supervisord]
logfile=%(here)s/logs/supervisord.log
logfile_maxbytes=10MB
logfile_backups=5
loglevel=info
pidfile=%(here)s/run/supervisord.pid
childlogdir=%(here)s/logs
nodaemon=false
minfds=1024
minprocs=200
umask=022
identifier=project
environment=APP_HOME="%(here)s",TZ="UTC"

[rpcinterface:supervisor]
supervisor.rpcinterface_factory = supervisor.rpcinterface:make_main_rpcinterface

[supervisorctl]
serverurl=unix://%(here)s/run/supervisor.sock
prompt=project
history_file=%(here)s/run/.history

[program:web]
command=/usr/bin/env python3 -m http.server 8080 --bind 127.0.0.1
directory=%(here)s
user=root
autostart=true
autorestart=unexpected
startsecs=5
startretries=3
exitcodes=0,2
stopsignal=TERM
stopwaitsecs=15
stopasgroup=true
killasgroup=true
redirect_stderr=true
stdout_logfile=%(here)s/logs/web.log
stdout_logfile_maxbytes=20MB
stdout_logfile_backups=4
environment=PORT="8080",APP_ENV="production"
priority=100

[program:worker]
command=/bin/sh -c 'exec sleep 3600'
process_name=%(program_name)s_%(process_num)02d
numprocs=3
numprocs_start=1
autorestart=true
stdout_logfile=%(here)s/logs/%(program_name)s-%(process_num)d.log
stderr_logfile=%(here)s/logs/%(program_name)s-%(process_num)d.err
stderr_logfile_maxbytes=1MB
umask=002
priority=200

[group:app]
programs=web,worker
priority=50

[include]
files = conf.d/*.conf
`;

const CONF_D_BEAT = `[program:beat]
command=/bin/sleep 600
autostart=false
startsecs=0
stdout_logfile=NONE
stderr_logfile=AUTO
stderr_logfile_maxbytes=1MB
environment=ROLE=beat
`;

const CONF_D_MONITOR = `[eventlistener:crashmail]
command=/bin/cat
events=PROCESS_STATE_EXITED,PROCESS_STATE_FATAL
buffer_size=20
stdout_logfile=NONE
stderr_logfile=%(here)s/../logs/crashmail.err
autorestart=true
`;

const INET = `[inet_http_server]
port=127.0.0.1:9011
username=admin
password={SHA}e5e9fa1ba31ecd1ae84f75caaa474f3a663f05f4

[supervisord]
logfile=/tmp/supervisord-inet.log
pidfile=/tmp/supervisord-inet.pid
nodaemon=true
silent=true
strip_ansi=true
nocleanup=true
loglevel=warn

[rpcinterface:supervisor]
supervisor.rpcinterface_factory = supervisor.rpcinterface:make_main_rpcinterface

[supervisorctl]
serverurl=http://127.0.0.1:9011
username=admin
password=secret

[fcgi-program:php]
command=/usr/bin/php-cgi
socket=tcp://127.0.0.1:9100
socket_backlog=128
process_name=%(program_name)s_%(process_num)02d
numprocs=2
priority=300
autostart=false

[fcgi-program:app]
command=/usr/bin/app-fcgi
socket=unix:///tmp/app-%(program_name)s.sock
socket_owner=root:root
socket_mode=0700

[eventlistener:ticks]
command=/bin/cat
events=TICK_60,tick_3600
result_handler=supervisor.dispatchers:default_handler
priority=-1

[ctlplugin:extra]
supervisor.ctl_factory = supervisor.supervisorctl:DefaultControllerPlugin
`;

const CONTAINER = `[supervisord]
nodaemon=true
logfile=/dev/null
logfile_maxbytes=0
pidfile=/tmp/supervisord-container.pid
user=root

[program:app]
command=/bin/sleep infinity
stdout_logfile=/dev/stdout
stdout_logfile_maxbytes=0
stderr_logfile=/dev/stderr
stderr_logfile_maxbytes=0
autorestart=true
stopsignal=INT
stopwaitsecs=30

[program:cron]
command=/usr/sbin/cron -f
autorestart=false
stdout_syslog=true
stderr_syslog=true
`;

export function bases(): Base[] {
  const list: Base[] = [];
  if (existsSync('/etc/supervisor/supervisord.conf')) {
    list.push({ name: 'debian', origin: 'real', files: { 'supervisord.conf': readFileSync('/etc/supervisor/supervisord.conf', 'utf8') }, main: 'supervisord.conf' });
  }
  const sample = echoSample();
  if (sample) {
    list.push({ name: 'sample', origin: 'real', files: { 'supervisord.conf': sample }, main: 'supervisord.conf' });
    list.push({ name: 'sample-full', origin: 'real', files: { 'supervisord.conf': uncomment(sample) }, main: 'supervisord.conf' });
  }
  const example = exampleProject();
  if (example) list.push(example);
  list.push({ name: 'project', origin: 'hand', main: 'supervisord.conf',
    files: { 'supervisord.conf': PROJECT, 'conf.d/beat.conf': CONF_D_BEAT, 'conf.d/monitor.conf': CONF_D_MONITOR } });
  list.push({ name: 'inet', origin: 'hand', main: 'supervisord.conf', files: { 'supervisord.conf': INET } });
  list.push({ name: 'container', origin: 'hand', main: 'supervisord.conf', files: { 'supervisord.conf': CONTAINER } });
  return list;
}
