// systemd .service → supervisor [program:x], directive by directive, and the types refused.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { serviceToProgram, type ConvertedProgram } from '../../../server/src/convert/toSupervisor';
import { parseSystemd } from '../../../server/src/parse/systemd';
import { posixShlexSplit } from '../../../server/src/values/supervisor/posixShlex';

function convert(service: string, name = 'web.service', extra = ''): ConvertedProgram {
  const result = serviceToProgram(parseSystemd(`${extra}[Service]\n${service}`), name);
  if ('refusal' in result) throw new Error(result.refusal);
  return result;
}

/** `key` → value of the section's option lines. */
function options(program: ConvertedProgram): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of program.text.split('\n')) {
    const eq = line.indexOf('=');
    if (eq > 0 && !line.startsWith(';')) out.set(line.slice(0, eq), line.slice(eq + 1));
  }
  return out;
}

const comments = (p: ConvertedProgram) => p.text.split('\n').filter((l) => l.startsWith('; ')).map((l) => l.slice(2)).join(' ');

describe('systemd service → supervisor program', () => {
  it('writes the first ExecStart= as a command= that supervisord splits into the same argv', () => {
    const program = convert('ExecStart=/usr/bin/app "--name=a b" \'it"s\' 100%% plain\n');
    assert.equal(program.program, 'web');
    assert.ok(program.text.includes('[program:web]\n'));
    const command = options(program).get('command') ?? '';
    assert.deepEqual(posixShlexSplit(command.replace(/%%/g, '%')).words.map((w) => w.text), ['/usr/bin/app', '--name=a b', 'it"s', '100%', 'plain']);
  });

  it('resolves specifiers and the variables Environment= sets; others become %(ENV_X)s', () => {
    const command = options(convert('Environment=PORT=8080 "OPTS=-v -q"\nExecStart=/usr/bin/app %n ${PORT} $OPTS ${HOME} %H\n')).get('command');
    assert.equal(command, '/usr/bin/app web.service 8080 -v -q \'%(ENV_HOME)s\' \'%(host_node_name)s\'');
  });

  it('explains what it leaves out: other Exec lines, prefixes, settings with no equivalent', () => {
    const text = comments(convert('ExecStartPre=/bin/mkdir -p /run/x\nExecStart=-@/usr/bin/app app-name --flag\nLimitNOFILE=4096\n', 'web.service', '[Unit]\nAfter=network.target\n'));
    assert.match(text, /ExecStartPre=\/bin\/mkdir -p \/run\/x/);
    assert.match(text, /The @ prefix gave the program another argv\[0\]/);
    assert.match(text, /The - prefix/);
    assert.match(text, /\[Service\] LimitNOFILE=4096/);
    assert.match(text, /\[Unit\] After=network.target/);
  });

  it('maps WorkingDirectory, User, UMask and Environment', () => {
    const o = options(convert('ExecStart=/bin/true\nWorkingDirectory=-/srv/app\nUser=app\nUMask=0027\nEnvironment=A=1 "B=two words"\nEnvironment="C=say\\"hi\\""\n'));
    assert.equal(o.get('directory'), '/srv/app');
    assert.equal(o.get('user'), 'app');
    assert.equal(o.get('umask'), '0027');
    assert.equal(o.get('environment'), 'A="1",B="two words",C=\'say"hi"\'');
  });

  it('Restart= → autorestart (with exitcodes from SuccessExitStatus=), no [Install] → autostart=false', () => {
    assert.equal(options(convert('ExecStart=/bin/true\nRestart=always\n')).get('autorestart'), 'true');
    assert.equal(options(convert('ExecStart=/bin/true\n')).get('autorestart'), 'false');
    const onFailure = options(convert('ExecStart=/bin/true\nRestart=on-failure\nSuccessExitStatus=3 SIGUSR1\n'));
    assert.equal(onFailure.get('autorestart'), 'unexpected');
    assert.equal(onFailure.get('exitcodes'), '0,3');
    assert.equal(options(convert('ExecStart=/bin/true\n')).get('autostart'), 'false');
    assert.equal(options(convert('ExecStart=/bin/true\n[Install]\nWantedBy=multi-user.target\n')).get('autostart'), 'true');
  });

  it('KillSignal, TimeoutStopSec and KillMode → stopsignal, stopwaitsecs, stopasgroup/killasgroup', () => {
    const o = options(convert('ExecStart=/bin/true\nKillSignal=SIGINT\nTimeoutStopSec=1min 30s\nKillMode=mixed\n'));
    assert.equal(o.get('stopsignal'), 'INT');
    assert.equal(o.get('stopwaitsecs'), '90');
    assert.equal(o.get('killasgroup'), 'true');
    const defaults = options(convert('ExecStart=/bin/true\n'));
    assert.equal(defaults.get('stopwaitsecs'), '90', 'systemd\'s default, not supervisord\'s 10');
    assert.equal(defaults.get('stopasgroup'), 'true', 'KillMode=control-group is the default');
  });

  it('StandardOutput=append:/file: → stdout_logfile; a shared file or inherit → redirect_stderr', () => {
    const both = options(convert('ExecStart=/bin/true\nStandardOutput=append:/var/log/a.log\nStandardError=file:/var/log/a.err\n'));
    assert.equal(both.get('stdout_logfile'), '/var/log/a.log');
    assert.equal(both.get('stderr_logfile'), '/var/log/a.err');
    assert.equal(options(convert('ExecStart=/bin/true\nStandardOutput=append:/var/log/a.log\n')).get('redirect_stderr'), 'true');
    assert.equal(options(convert('ExecStart=/bin/true\nStandardOutput=null\nStandardError=null\n')).get('stdout_logfile'), 'NONE');
  });

  it('offers Type=simple, exec and notify; refuses the other types with the reason, and templates', () => {
    for (const type of ['simple', 'exec', 'notify']) assert.doesNotThrow(() => convert(`Type=${type}\nExecStart=/bin/true\n`), type);
    for (const type of ['oneshot', 'forking', 'dbus', 'idle']) {
      const result = serviceToProgram(parseSystemd(`[Service]\nType=${type}\nExecStart=/bin/true\n`), 'x.service');
      assert.match((result as { refusal: string }).refusal, new RegExp(`A Type=${type} service cannot be converted`), type);
    }
    assert.ok('refusal' in serviceToProgram(parseSystemd('[Service]\nExecStart=/bin/true\n'), 'x@.service'));
    assert.ok('refusal' in serviceToProgram(parseSystemd('[Service]\nExecStart=/bin/echo a " ;b"\n'), 'x.service'), 'supervisor would cut the line at " ;"');
  });

  it('honours an empty ExecStart= that clears the earlier ones', () => {
    assert.equal(options(convert('ExecStart=/bin/false\nExecStart=\nExecStart=/bin/true\n')).get('command'), '/bin/true');
  });
});
