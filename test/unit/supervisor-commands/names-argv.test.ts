// Name checks by supervisor's rules, namespecs, and the exact argument vectors.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import {
  checkName,
  InvalidNameError,
  namespec,
  parseTarget,
  reloadArgv,
  restartArgv,
  rereadArgv,
  startArgv,
  statusArgv,
  stopArgv,
  supervisordArgv,
  tailArgv,
  updateArgv,
} from '../../../client/src/supervisor';

test('checkName follows process_or_group_name and refuses what supervisorctl would split', () => {
  for (const ok of ['web', 'web_00', 'a.b', '-dash', 'semi;colon', '$(x)', '`x`', 'q"uo\'te', 'all', '*', 'ünï']) {
    assert.deepEqual(checkName(ok), { ok: true, name: ok }, ok);
  }
  for (const bad of ['', 'a b', 'a:b', 'a/b', 'a\tb', 'a\nb', ' a', 'a ', 'a\u0000b', 'a\u007fb', 'a\u00a0b']) {
    assert.equal(checkName(bad).ok, false, JSON.stringify(bad));
  }
});

test('parseTarget and namespec', () => {
  assert.deepEqual(parseTarget('all'), { kind: 'all' });
  assert.deepEqual(parseTarget('g:*'), { kind: 'group', group: 'g' });
  assert.deepEqual(parseTarget('g:'), { kind: 'group', group: 'g' });
  assert.deepEqual(parseTarget('g:p'), { kind: 'process', group: 'g', name: 'p' });
  assert.deepEqual(parseTarget('p'), { kind: 'process', name: 'p' });
  for (const bad of ['g:a:b', ':p', 'a b', '', 'g:a/b']) assert.throws(() => parseTarget(bad), InvalidNameError, bad);
  assert.equal(namespec({ kind: 'all' }), 'all');
  assert.equal(namespec({ kind: 'group', group: 'g' }), 'g:*');
  assert.equal(namespec({ kind: 'process', name: 'p', group: 'g' }), 'g:p');
  assert.equal(namespec({ kind: 'process', name: 'p', group: 'p' }), 'p');
  assert.equal(namespec({ kind: 'process', name: 'all' }), 'all:all', 'a program named all is not every program');
  assert.throws(() => namespec({ kind: 'process', name: 'a b' }), InvalidNameError);
});

const CONF = '/etc/supervisor/supervisord.conf';

test('supervisorctl argv: -c CONFIG -- ACTION NAMES', () => {
  assert.deepEqual(statusArgv(CONF).args, ['-c', CONF, '--', 'status']);
  assert.equal(statusArgv(CONF).command, 'supervisorctl');
  assert.deepEqual(statusArgv(CONF, [parseTarget('web'), parseTarget('g:*')]).args, ['-c', CONF, '--', 'status', 'web', 'g:*']);
  assert.deepEqual(startArgv(CONF, [{ kind: 'all' }]).args, ['-c', CONF, '--', 'start', 'all']);
  assert.deepEqual(stopArgv(CONF, [parseTarget('-dash')]).args, ['-c', CONF, '--', 'stop', '-dash']);
  assert.deepEqual(restartArgv(CONF, [parseTarget('g:p')], { supervisorctl: '/opt/bin/supervisorctl' }).command, '/opt/bin/supervisorctl');
  assert.deepEqual(rereadArgv(CONF).args, ['-c', CONF, '--', 'reread']);
  assert.deepEqual(updateArgv(CONF).args, ['-c', CONF, '--', 'update']);
  assert.deepEqual(updateArgv(CONF, ['web']).args, ['-c', CONF, '--', 'update', 'web']);
  assert.deepEqual(reloadArgv(CONF).args, ['-c', CONF, '--', 'reload']);
  assert.ok(!reloadArgv(CONF).args.includes('-i'), 'never interactive');
  for (const build of [() => startArgv(CONF, []), () => stopArgv(CONF, []), () => restartArgv(CONF, [])]) assert.throws(build, InvalidNameError);
  assert.throws(() => updateArgv(CONF, ['a b']), InvalidNameError);
});

test('the config path is always absolute, so it never reads as an option', () => {
  const inv = statusArgv('-n.conf');
  assert.equal(inv.args[1], path.resolve('-n.conf'));
  assert.ok(path.isAbsolute(inv.args[1] as string));
  assert.throws(() => statusArgv(''));
  assert.throws(() => statusArgv('a\0b'));
});

test('tail always passes a modifier, then the name, then the channel', () => {
  assert.deepEqual(tailArgv(CONF, parseTarget('web')).args, ['-c', CONF, '--', 'tail', '-1600', 'web', 'stdout']);
  assert.deepEqual(tailArgv(CONF, parseTarget('-web'), { channel: 'stderr', bytes: 500 }).args, ['-c', CONF, '--', 'tail', '-500', '-web', 'stderr']);
  const follow = tailArgv(CONF, parseTarget('g:web'), { follow: true });
  assert.deepEqual(follow.args, ['-c', CONF, '--', 'tail', '-f', 'g:web', 'stdout']);
  assert.equal(follow.longRunning, true);
  assert.throws(() => tailArgv(CONF, { kind: 'all' }), InvalidNameError);
  assert.throws(() => tailArgv(CONF, parseTarget('g:*')), InvalidNameError);
  assert.throws(() => tailArgv(CONF, parseTarget('a?b'), { follow: true }), InvalidNameError);
  assert.throws(() => tailArgv(CONF, parseTarget('web'), { bytes: -1 }), RangeError);
});

test('supervisord argv', () => {
  assert.deepEqual(supervisordArgv(CONF).args, ['-c', CONF]);
  assert.deepEqual(supervisordArgv(CONF, { nodaemon: true }, { supervisord: '/usr/bin/supervisord' }), {
    command: '/usr/bin/supervisord',
    args: ['-c', CONF, '-n'],
    action: 'supervisord',
    longRunning: true,
  });
});
