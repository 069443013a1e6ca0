// "Convert to a systemd service": the generator's unit when the script's start is not readable, the
// daemon's own command line when start-stop-daemon (or start_daemon, or init-d-script) shows it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { english } from '../../../server/src/l10n/translator';
import { convertInitScript } from '../../../server/src/sysv/convert';
import { generatorDependencies } from '../../../server/src/sysv/dependencies';
import { initScriptOf } from '../../../server/src/sysv/initScript';
import { literal, shellWords } from '../../../server/src/sysv/shellWords';

const HEADER = `#!/bin/sh
### BEGIN INIT INFO
# Provides:          web webd $web-stack
# Required-Start:    $remote_fs $syslog $network $local_fs
# Required-Stop:     $remote_fs $syslog
# Should-Start:      $named db web
# X-Start-Before:    proxy
# Default-Start:     2 3 4 5
# Default-Stop:      0 1 6
# Short-Description: Web server at 100%
### END INIT INFO
`;

function convert(body: string, path = '/etc/init.d/web') {
  const script = initScriptOf(`file://${path}`, HEADER + body);
  assert.ok(script);
  const conversion = convertInitScript(script, english);
  assert.ok(conversion);
  return conversion;
}

function lines(text: string, key: string): string[] {
  return text.split('\n').filter((l) => l.startsWith(`${key}=`)).map((l) => l.slice(key.length + 1));
}

describe('dependencies as systemd-sysv-generator makes them', () => {
  it('maps facilities, other scripts, Provides and Default-Start', () => {
    const script = initScriptOf('file:///etc/init.d/web', HEADER);
    assert.ok(script);
    assert.deepEqual(generatorDependencies(script), {
      after: ['remote-fs.target', 'network-online.target', 'nss-lookup.target', 'db.service'],
      before: ['web-stack.target', 'proxy.service'],
      wants: ['web-stack.target', 'network-online.target'],
      wantedBy: ['multi-user.target', 'graphical.target'],
      aliases: ['webd.service'],
    });
  });
});

describe('conversion', () => {
  it('runs the script itself, as the generator does, when it cannot tell how the daemon starts', () => {
    const unit = convert('case "$1" in start) /usr/lib/web/run & ;; esac\necho "Usage: $0 {start|stop|reload}"\n');
    assert.equal(unit.unitName, 'web.service');
    assert.equal(unit.direct, false);
    assert.deepEqual(lines(unit.text, 'ExecStart'), ['/etc/init.d/web start']);
    assert.deepEqual(lines(unit.text, 'ExecReload'), ['/etc/init.d/web reload']);
    assert.deepEqual(lines(unit.text, 'RemainAfterExit'), ['yes']);
    assert.deepEqual(lines(unit.text, 'SuccessExitStatus'), ['5 6']);
    assert.deepEqual(lines(unit.text, 'Description'), ['Web server at 100%%']);
    assert.deepEqual(lines(unit.text, 'WantedBy'), ['multi-user.target graphical.target']);
    assert.deepEqual(lines(unit.text, 'Alias'), ['webd.service']);
  });

  it('runs the daemon start-stop-daemon starts, forking with its pid file, variables from the defaults file', () => {
    const unit = convert(`DAEMON=/usr/sbin/webd
PIDFILE=/var/run/$NAME.pid
NAME=web
PIDFILE=/var/run/$NAME.pid
[ -r /etc/default/$NAME ] && . /etc/default/$NAME
do_start() {
  start-stop-daemon --start --quiet --pidfile $PIDFILE --chuid www-data:www \\
    --exec $DAEMON -- --config "/etc/web/my site.conf" $WEB_OPTS "$EXTRA" --port=\${PORT:-8080} >/dev/null
}
start-stop-daemon --stop --signal HUP --pidfile $PIDFILE
`);
    assert.equal(unit.direct, true);
    assert.deepEqual(lines(unit.text, 'Type'), ['forking']);
    assert.deepEqual(lines(unit.text, 'PIDFile'), ['/run/web.pid']);
    assert.deepEqual(lines(unit.text, 'User'), ['www-data']);
    assert.deepEqual(lines(unit.text, 'Group'), ['www']);
    assert.deepEqual(lines(unit.text, 'EnvironmentFile'), ['-/etc/default/web']);
    assert.deepEqual(lines(unit.text, 'ExecStart'), ['/usr/sbin/webd --config "/etc/web/my site.conf" $WEB_OPTS ${EXTRA} --port=8080']);
    assert.deepEqual(lines(unit.text, 'ExecReload'), ['/bin/kill -HUP $MAINPID']);
    assert.match(unit.text, /Type=forking is inferred/);
  });

  it('makes a --background daemon Type=simple, with no pid file of its own', () => {
    const unit = convert('start-stop-daemon -S -b -m -p /run/web.pid -a /usr/bin/web -- -v\n');
    assert.deepEqual(lines(unit.text, 'Type'), ['simple']);
    assert.deepEqual(lines(unit.text, 'PIDFile'), []);
    assert.deepEqual(lines(unit.text, 'ExecStart'), ['/usr/bin/web -v']);
  });

  it('reads LSB start_daemon and the init-d-script framework', () => {
    const lsb = convert('DAEMON=/usr/sbin/cron\n[ -r /etc/default/cron ] && . /etc/default/cron\nstart_daemon -p /var/run/crond.pid $DAEMON $EXTRA_OPTS\n');
    assert.deepEqual(lines(lsb.text, 'ExecStart'), ['/usr/sbin/cron $EXTRA_OPTS']);
    assert.deepEqual(lines(lsb.text, 'PIDFile'), ['/run/crond.pid']);
    const framework = initScriptOf('file:///etc/init.d/web', `#!/bin/sh /lib/init/init-d-script\n${HEADER.slice(HEADER.indexOf('\n') + 1)}DAEMON=/usr/sbin/webd\nDAEMON_ARGS="-f -x"\nPIDFILE=none\n`);
    assert.ok(framework);
    const unit = convertInitScript(framework, english);
    assert.deepEqual(lines(unit?.text ?? '', 'ExecStart'), ['/usr/sbin/webd -f -x']);
    assert.deepEqual(lines(unit?.text ?? '', 'PIDFile'), []);
  });

  it('falls back to the script when it starts several programs, or sets a variable of the command line itself', () => {
    assert.equal(convert('start-stop-daemon --start --exec /sbin/a\nstart-stop-daemon --start --exec /sbin/b\n').direct, false);
    assert.equal(convert('. /etc/default/web\nf() { OPTS="$OPTS -x"; }\nstart-stop-daemon --start --exec /sbin/a -- $OPTS\n').direct, false);
    assert.equal(convert('start-stop-daemon --start --exec /sbin/a -- $OPTS\n').direct, false, 'no defaults file to set it');
  });

  it('falls back to the script when the daemon is a variable it does not set, or the line has a command substitution', () => {
    assert.equal(convert('start-stop-daemon --start --exec $DAEMON\n').direct, false);
    assert.equal(convert('start-stop-daemon --start --exec /usr/bin/web -- $(cat /etc/web.args)\n').direct, false);
    assert.equal(convert('start-stop-daemon --start --test --exec /usr/bin/web\n').direct, false, 'a --test call starts nothing');
    assert.equal(convert('start-stop-daemon --start --chuid $(id -un) --exec /usr/bin/web\n').direct, false, 'the user is not known');
    assert.equal(convert('start-stop-daemon --start --chroot /srv --exec /usr/bin/web\n').direct, false);
  });

  it('offers nothing for a name that cannot be a unit name', () => {
    const script = initScriptOf('file:///etc/init.d/we%b', HEADER);
    assert.ok(script);
    assert.equal(convertInitScript(script, english), undefined);
  });
});

describe('shell words', () => {
  it('reads quotes, escapes, variables and operators', () => {
    const vars = new Map([['A', 'x y']]);
    const words = shellWords(`a 'b c' "d $A" e\\ f $A\${B} ; g`, vars);
    assert.deepEqual(words.slice(0, 4).map(literal), ['a', 'b c', 'd x y', 'e f']);
    // An unquoted expansion splits at blanks; an unquoted empty one is no word at all.
    assert.equal(literal(words[4]), 'x');
    assert.deepEqual(words[5].parts, [{ text: 'y' }, { variable: 'B', quoted: false }]);
    assert.equal(words[6].operator, true);
    assert.deepEqual(shellWords('a $E "" b', new Map([['E', '']])).map(literal), ['a', '', 'b']);
    assert.equal(shellWords('"unterminated', vars)[0].unknown, true);
    assert.equal(shellWords('`date`', vars)[0].unknown, true);
  });
});
