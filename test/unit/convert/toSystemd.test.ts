// supervisor [program:x] → systemd service, option by option: each test writes a section and
// checks the directives (and the comments that explain the differences) in the unit.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { programToUnit, type ConvertedUnit } from '../../../server/src/convert/toSystemd';
import { parseSupervisor } from '../../../server/src/parse/supervisor';
import { knownExpansionValues } from '../../../server/src/rules/supervisor/knownExpansions';

const PATH = '/srv/app/conf.d/prog.conf';

function convert(body: string, name = 'web', groups = new Map<string, string>()): ConvertedUnit {
  const section = parseSupervisor(`[program:${name}]\n${body}`).sections[0];
  const result = programToUnit(section, { names: knownExpansionValues(section, PATH, groups), source: PATH });
  if ('refusal' in result) throw new Error(result.refusal);
  return result;
}

/** The directive lines (no comments) of one section. */
function directives(unit: ConvertedUnit, section: string): string[] {
  const start = unit.text.indexOf(`[${section}]\n`);
  if (start < 0) return [];
  const rest = unit.text.slice(start + section.length + 3);
  const end = rest.indexOf('\n[');
  return (end < 0 ? rest : rest.slice(0, end)).split('\n').filter((l) => l && !l.startsWith('#'));
}

const service = (body: string) => directives(convert(body), 'Service');
/** The unit with wrapped comment lines joined, for matching a comment's words. */
const flat = (unit: ConvertedUnit) => unit.text.split('\n').filter((l) => l.startsWith('# ')).map((l) => l.slice(2)).join(' ');

describe('supervisor program → systemd service', () => {
  it('turns command= into ExecStart= with systemd quoting, %(…)s resolved for the section', () => {
    const unit = convert('command=/bin/sh -c \'echo "%(program_name)s in %(here)s: 100%%"; exec sleep $DELAY\'\n');
    assert.ok(unit.text.includes('ExecStart=/bin/sh -c "echo \\"web in /srv/app/conf.d: 100%%\\"; exec sleep $$DELAY"\n'), unit.text);
    assert.equal(unit.fileName, 'web.service');
    assert.deepEqual(unit.units, ['web.service']);
  });

  it('keeps a bare program name for systemd\'s own search path and says so; a relative path is joined to directory=', () => {
    assert.match(flat(convert('command=python3 -m http.server\n')), /python3 is looked up in systemd's fixed search path/);
    assert.ok(service('command=python3 -m http.server\n').includes('ExecStart=python3 -m http.server'));
    assert.ok(service('command=bin/run --fast\ndirectory=/opt/app\n').includes('ExecStart=/opt/app/bin/run --fast'));
    const section = parseSupervisor('[program:x]\ncommand=bin/run\n').sections[0];
    assert.match((programToUnit(section, { names: {}, source: PATH }) as { refusal: string }).refusal, /relative to the folder supervisord starts in/);
  });

  it('writes %(ENV_X)s as ${X} in a command line and %(host_node_name)s as %H', () => {
    const unit = convert('command=/usr/bin/app --home %(ENV_HOME)s --host %(host_node_name)s\n');
    assert.ok(unit.text.includes('ExecStart=/usr/bin/app --home ${HOME} --host %H\n'));
    assert.match(flat(unit), /systemd fills \$\{…\} in from this unit's Environment= lines/);
  });

  it('maps directory, user and umask', () => {
    assert.deepEqual(service('command=/bin/true\ndirectory=%(here)s/../www\nuser=www-data\numask=022\n').filter((l) => /^(WorkingDirectory|User|UMask)=/.test(l)),
      ['WorkingDirectory=/srv/app/www', 'User=www-data', 'UMask=0022']);
  });

  it('turns environment= pairs into one Environment= line with systemd quoting; names systemd refuses are left out with a note', () => {
    const unit = convert('command=/bin/true\nenvironment=A="one two",B=plain,C=\'50%%\',D.E="x"\n');
    assert.ok(unit.text.includes('Environment="A=one two" B=plain C=50%%\n'), unit.text);
    assert.match(flat(unit), /environment: D\.E is not a variable name systemd accepts, left out\./);
  });

  it('autorestart: true → always, false → no, unexpected → on-failure with the exit codes', () => {
    assert.ok(service('command=/bin/true\nautorestart=true\n').includes('Restart=always'));
    assert.ok(service('command=/bin/true\nautorestart=false\n').includes('Restart=no'));
    const unexpected = service('command=/bin/true\nautorestart=unexpected\nexitcodes=0,2\n');
    assert.ok(unexpected.includes('Restart=on-failure') && unexpected.includes('SuccessExitStatus=2') && !unexpected.includes('RestartForceExitStatus=0'));
    // supervisord restarts after exit 0 when 0 is not listed; systemd must be told so.
    assert.ok(service('command=/bin/true\nexitcodes=3\n').includes('RestartForceExitStatus=0'));
    assert.match(flat(convert('command=/bin/true\n')), /systemd also counts death by SIGHUP, SIGINT, SIGTERM or SIGPIPE as a clean end/);
  });

  it('startsecs and startretries → RestartSec=, StartLimitBurst= and StartLimitIntervalSec=, with the difference stated', () => {
    const unit = convert('command=/bin/true\nstartsecs=5\nstartretries=4\n');
    assert.deepEqual(directives(unit, 'Unit').filter((l) => l.startsWith('StartLimit')), ['StartLimitIntervalSec=30s', 'StartLimitBurst=5']);
    assert.ok(directives(unit, 'Service').includes('RestartSec=1'));
    assert.match(flat(unit), /systemd has no such grace period/);
  });

  it('stopsignal, stopwaitsecs, stopasgroup and killasgroup → KillSignal=, TimeoutStopSec=, KillMode=', () => {
    const lines = service('command=/bin/true\nstopsignal=INT\nstopwaitsecs=30\n');
    assert.ok(lines.includes('KillSignal=SIGINT') && lines.includes('TimeoutStopSec=30s') && lines.includes('KillMode=process'));
    assert.ok(service('command=/bin/true\nstopasgroup=true\n').includes('KillMode=control-group'));
    assert.ok(service('command=/bin/true\nkillasgroup=true\n').includes('KillMode=mixed'));
    assert.ok(service('command=/bin/true\nstopsignal=9\n').includes('KillSignal=9'));
  });

  it('log files → append:, NONE → null, AUTO and syslog → the journal, redirect_stderr → inherit', () => {
    const files = service('command=/bin/true\nstdout_logfile=/var/log/a.log\nstderr_logfile=/var/log/a.err\n');
    assert.ok(files.includes('StandardOutput=append:/var/log/a.log') && files.includes('StandardError=append:/var/log/a.err'));
    assert.ok(service('command=/bin/true\nstdout_logfile=NONE\nredirect_stderr=true\n').join() === service('command=/bin/true\nstdout_logfile=NONE\nredirect_stderr=true\n').join());
    const none = service('command=/bin/true\nstdout_logfile=NONE\nredirect_stderr=true\n');
    assert.ok(none.includes('StandardOutput=null') && none.includes('StandardError=inherit'));
    const auto = convert('command=/bin/true\n');
    assert.ok(!directives(auto, 'Service').some((l) => l.startsWith('Standard')), 'the journal is systemd\'s default');
    assert.match(flat(auto), /stdout_logfile=AUTO: supervisord would pick a file in childlogdir; here the output goes to the journal/);
    // stdout to a file and stderr AUTO: stderr must not follow stdout into the file.
    assert.ok(service('command=/bin/true\nstdout_logfile=/var/log/a.log\n').includes('StandardError=journal'));
  });

  it('numprocs > 1 → a template whose instances are the copies\' numbers, %(process_num)02d becoming %i', () => {
    const unit = convert('command=/usr/bin/worker --slot %(process_num)02d\nprocess_name=%(program_name)s_%(process_num)02d\nnumprocs=3\nnumprocs_start=8\n', 'worker');
    assert.equal(unit.fileName, 'worker@.service');
    assert.deepEqual(unit.units, ['worker@08.service', 'worker@09.service', 'worker@10.service']);
    assert.ok(unit.text.includes('ExecStart=/usr/bin/worker --slot %i\n'));
    assert.match(flat(unit), /systemctl enable --now worker@08.service worker@09.service worker@10.service/);
  });

  it('autostart → [Install] WantedBy=multi-user.target, or no [Install] with a note', () => {
    assert.deepEqual(directives(convert('command=/bin/true\n'), 'Install'), ['WantedBy=multi-user.target']);
    const manual = convert('command=/bin/true\nautostart=false\n');
    assert.ok(!manual.text.includes('\n[Install]\n'));
    assert.match(flat(manual), /autostart=false: no \[Install\] section/);
  });

  it('lists every option with no equivalent at the top, and explains priority', () => {
    const unit = convert('command=/bin/true\npriority=10\nstdout_logfile_maxbytes=1MB\nstdout_events_enabled=true\nserverurl=AUTO\n');
    const top = unit.text.slice(0, unit.text.indexOf('[Unit]'));
    for (const key of ['stdout_logfile_maxbytes=1MB', 'stdout_events_enabled=true', 'serverurl=AUTO']) assert.ok(top.includes(`#   ${key}`), key);
    assert.match(flat(unit), /priority=10: supervisord starts lower priorities first/);
  });

  it('refuses a section without a command, or whose command supervisord cannot split', () => {
    for (const body of ['directory=/tmp\n', 'command=/bin/echo "open\n']) {
      const section = parseSupervisor(`[program:x]\n${body}`).sections[0];
      assert.ok('refusal' in programToUnit(section, { names: {}, source: PATH }), body);
    }
  });

  it('escapes a program name that a unit name cannot hold', () => {
    assert.equal(convert('command=/bin/true\n', 'my app+1').fileName, 'my\\x20app\\x2b1.service');
  });
});

describe('values supervisord accepts and systemd would not (found by the corpus round trip)', () => {
  it('leaves out signal 0 and a negative umask, and turns a wait of 0 or less into an immediate SIGKILL', () => {
    const lines = service('command=/bin/true\nstopsignal=0\numask=-5\nstopwaitsecs=-5\n');
    assert.ok(!lines.some((l) => /^(KillSignal|UMask)=/.test(l)), lines.join('\n'));
    assert.ok(lines.includes('TimeoutStopSec=100ms'));
  });
});
