// The files the bench edits: a typical unit and supervisor config of 40 lines each, and the two
// stress files. Each comes with where the bench asks for completion and hover.
import type { Position } from 'vscode-languageserver-types';

export interface Fixture {
  name: string;
  uri: string;
  languageId: 'systemd-unit' | 'supervisor-conf';
  text: string;
  /** Inside a directive name: the completion an editor asks for while a key is typed. */
  completeAt: Position;
  /** On a directive name: its documentation. */
  hoverAt: Position;
  /** A line whose end the diagnostics benchmark edits (a value, so the file stays the same shape). */
  editLine: number;
}

const ROOT = 'file:///tmp/daemon-config-bench';

const lineOf = (lines: string[], prefix: string, from = 0) => {
  const i = lines.findIndex((l, n) => n >= from && l.startsWith(prefix));
  if (i < 0) throw new Error(`fixture has no line starting with ${prefix}`);
  return i;
};

function fixture(name: string, path: string, languageId: Fixture['languageId'], lines: string[], completeKey: string, hoverKey: string, from = 0): Fixture {
  const completeLine = lineOf(lines, completeKey, from);
  const hoverLine = lineOf(lines, hoverKey, from);
  return {
    name, uri: `${ROOT}/${path}`, languageId, text: lines.join('\n') + '\n',
    completeAt: { line: completeLine, character: 3 },
    hoverAt: { line: hoverLine, character: 2 },
    editLine: languageId === 'systemd-unit' ? lineOf(lines, 'Description=') : lineOf(lines, 'command', from),
  };
}

export function unitLines(name: string): string[] {
  return [
    `# ${name}: a web application behind a local proxy.`,
    '[Unit]',
    `Description=${name} application server`,
    'Documentation=https://example.com/docs',
    'After=network-online.target postgresql.service',
    'Wants=network-online.target',
    'Requires=postgresql.service',
    'StartLimitIntervalSec=60',
    'StartLimitBurst=5',
    '',
    '[Service]',
    'Type=notify',
    'User=app',
    'Group=app',
    'WorkingDirectory=/srv/app',
    'EnvironmentFile=-/etc/default/app',
    'Environment=PORT=8080 LOG_LEVEL=info',
    'ExecStartPre=/usr/bin/test -d /srv/app',
    'ExecStart=/srv/app/bin/server --port ${PORT}',
    'ExecReload=/bin/kill -HUP $MAINPID',
    'Restart=on-failure',
    'RestartSec=5s',
    'TimeoutStartSec=30',
    'TimeoutStopSec=20',
    'LimitNOFILE=65536',
    'NoNewPrivileges=yes',
    'ProtectSystem=strict',
    'ProtectHome=yes',
    'PrivateTmp=yes',
    'PrivateDevices=yes',
    'ProtectKernelTunables=yes',
    'ProtectControlGroups=yes',
    'ReadWritePaths=/srv/app/data /var/log/app',
    'CapabilityBoundingSet=',
    'RestrictAddressFamilies=AF_INET AF_INET6 AF_UNIX',
    'SystemCallFilter=@system-service',
    '',
    '[Install]',
    'WantedBy=multi-user.target',
    'Alias=app-server.service',
  ];
}

export function supervisorLines(name: string): string[] {
  return [
    `; ${name}: supervisord for the web tier.`,
    '[unix_http_server]',
    'file=/run/supervisor.sock',
    'chmod=0700',
    '',
    '[supervisord]',
    'logfile=/var/log/supervisor/supervisord.log',
    'pidfile=/run/supervisord.pid',
    'childlogdir=/var/log/supervisor',
    '',
    '[rpcinterface:supervisor]',
    'supervisor.rpcinterface_factory = supervisor.rpcinterface:make_main_rpcinterface',
    '',
    '[supervisorctl]',
    'serverurl=unix:///run/supervisor.sock',
    '',
    '[program:web]',
    'command=/srv/app/bin/server --port 80%(process_num)02d',
    'process_name=%(program_name)s_%(process_num)02d',
    'numprocs=4',
    'directory=/srv/app',
    'user=app',
    'autostart=true',
    'autorestart=true',
    'startsecs=5',
    'stopsignal=TERM',
    'stopwaitsecs=20',
    'stdout_logfile=/var/log/app/web.log',
    'redirect_stderr=true',
    'environment=PORT="8000",LOG_LEVEL="info"',
    '',
    '[program:worker]',
    'command=/srv/app/bin/worker',
    'directory=/srv/app',
    'user=app',
    'autorestart=unexpected',
    'stdout_logfile=/var/log/app/worker.log',
    '',
    '[group:app]',
    'programs=web,worker',
  ];
}

export const typicalUnit = (): Fixture =>
  fixture('typical unit (40 lines)', 'typical.service', 'systemd-unit', unitLines('typical'), 'Restart=', 'ExecStart=');

export const typicalSupervisor = (): Fixture =>
  fixture('typical supervisor (40 lines)', 'supervisor/conf.d/typical.conf', 'supervisor-conf', supervisorLines('typical'), 'autorestart=', 'command=', 17);

/** 10,000 lines: one unit whose [Service] is long, the directives that may repeat, and comments. */
export function stressUnit(): Fixture {
  const lines = ['[Unit]', 'Description=stress unit', 'After=network.target', '', '[Service]', 'Type=simple', 'ExecStart=/usr/bin/sleep infinity', 'Restart=always'];
  const repeatable = [
    (i: number) => `Environment=VAR_${i}=value-${i}`,
    (i: number) => `ExecStartPre=/usr/bin/test -e /srv/data/${i}`,
    (i: number) => `ReadWritePaths=/srv/data/${i}`,
    (i: number) => `# step ${i}: prepare the data directory`,
    (i: number) => `ExecStartPost=/usr/bin/logger started ${i}`,
  ];
  for (let i = 0; lines.length < 9997; i++) lines.push(repeatable[i % repeatable.length](i));
  lines.push('', '[Install]', 'WantedBy=multi-user.target');
  // Ask in the middle of the file, where a locate that scans from the top pays the most.
  const middle = 5000;
  return fixture('stress unit (10,000 lines)', 'stress.service', 'systemd-unit', lines, 'Environment=', 'ExecStartPre=', middle);
}

/** A supervisord.conf with 2,000 programs (about 14,000 lines) and one group naming them all. */
export function stressSupervisor(): Fixture {
  const lines = supervisorLines('stress').slice(0, 16);
  const names: string[] = [];
  for (let i = 0; i < 2000; i++) {
    const name = `app${i}`;
    names.push(name);
    lines.push(`[program:${name}]`, `command=/srv/${name}/bin/run --id ${i}`, `directory=/srv/${name}`, 'autostart=true',
      'autorestart=true', `stdout_logfile=/var/log/${name}.log`, '');
  }
  lines.push('[group:everything]', `programs=${names.join(',')}`);
  const middle = lines.indexOf('[program:app1000]');
  return fixture('stress supervisord.conf (2,000 programs)', 'supervisord.conf', 'supervisor-conf', lines, 'autorestart=', 'command=', middle);
}
