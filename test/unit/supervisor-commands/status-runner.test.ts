// Parsing supervisorctl status output, expansions, and the execFile runner.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { deniedByPermissions, describeStatus, privilegedArgv, statusArgv, failureMessage, formatLogEntry, isFailure, missingSocket, parseStatus, parseUptime, run } from '../../../client/src/supervisor';

const OUTPUT = [
  'web                              RUNNING   pid 4121, uptime 0:03:10',
  'worker:worker_00                 RUNNING   pid 17, uptime 2 days, 4:05:06',
  'worker:worker_01                 STOPPED   Nov 28 05:49 PM',
  'cron                             STOPPED   Not started',
  'bad                              FATAL     Exited too quickly (process log may have details)',
  'starting                         STARTING  ',
  'nosuch: ERROR (no such process)',
  '',
].join('\n');

test('parseStatus reads every state and keeps the error lines', () => {
  const r = parseStatus(OUTPUT);
  assert.deepEqual(r.errors, ['nosuch: ERROR (no such process)']);
  assert.deepEqual(r.processes[0], {
    name: 'web', group: 'web', process: 'web', state: 'RUNNING', pid: 4121, uptime: '0:03:10', uptimeSeconds: 190, description: 'pid 4121, uptime 0:03:10',
  });
  assert.equal(describeStatus(r.processes[0]!), 'RUNNING pid 4121, uptime 0:03:10');
  const w0 = r.processes[1]!;
  assert.equal(w0.group, 'worker');
  assert.equal(w0.process, 'worker_00');
  assert.equal(w0.uptimeSeconds, 2 * 86400 + 4 * 3600 + 5 * 60 + 6);
  assert.equal(r.processes[2]!.pid, undefined);
  assert.equal(r.processes[3]!.description, 'Not started');
  assert.equal(r.processes[4]!.state, 'FATAL');
  assert.equal(r.processes[5]!.description, '');
  assert.equal(describeStatus(r.processes[5]!), 'STARTING');
  assert.equal(parseUptime('1 day, 0:00:01'), 86401);
  assert.equal(parseUptime('x'), undefined);
});

test('exit statuses: status 3 is not a failure, the rest are', () => {
  assert.equal(isFailure('status', 0), false);
  assert.equal(isFailure('status', 3), false);
  assert.equal(isFailure('status', 4), true);
  assert.equal(isFailure('stop', 3), true);
  assert.equal(isFailure('start', 7), true);
  assert.equal(isFailure('start', null), true);
});

test('run uses an argument array: shell syntax arrives verbatim, exit codes and timing are captured', async () => {
  const hostile = ['a;b', '$(touch /tmp/never)', '`id`', '"q\'', 'sp ace', 'new\nline', '-x'];
  const r = await run({ command: process.execPath, args: ['-e', 'process.stdout.write(JSON.stringify(process.argv.slice(1))); process.stderr.write("e"); process.exit(3)', ...hostile], action: 'status', longRunning: false });
  assert.deepEqual(JSON.parse(r.stdout), hostile);
  assert.equal(r.exitCode, 3);
  assert.equal(r.ok, true, 'status exit 3 is fine');
  assert.equal(r.stderr, 'e');
  assert.ok(r.durationMs >= 0);
  assert.deepEqual(r.argv.slice(3), hostile);
  assert.match(formatLogEntry(r), /exit 3 in \d+ ms/);
  const failed = await run({ command: process.execPath, args: ['-e', 'process.exit(7)'], action: 'start', longRunning: false });
  assert.equal(failed.ok, false);
  assert.equal(failed.exitCode, 7);
  assert.equal(failureMessage(failed), 'exit 7');
});

test('run reports a missing executable without throwing', async () => {
  let logged = 0;
  const r = await run({ command: '/nonexistent/supervisorctl', args: [], action: 'status', longRunning: false }, { log: () => logged++ });
  assert.equal(r.ok, false);
  assert.equal(r.exitCode, null);
  assert.match(r.spawnError ?? '', /ENOENT|not found/);
  assert.equal(logged, 1);
});

test('permission failures can be repeated through sudo or pkexec, as separate words', () => {
  const base = { argv: [], action: 'status' as const, exitCode: 4, signal: null, spawnError: undefined, durationMs: 1, stderr: '', ok: false };
  assert.equal(deniedByPermissions({ ...base, stdout: "error: <class 'PermissionError'>, [Errno 13] Permission denied: file: x line: 1" }), true);
  assert.equal(deniedByPermissions({ ...base, stdout: 'unix:///run/s.sock no such file' }), false);
  assert.equal(deniedByPermissions({ ...base, ok: true, stdout: 'Permission denied' }), false);
  const inv = statusArgv('/etc/supervisor/supervisord.conf');
  assert.deepEqual(privilegedArgv(inv, 'sudo'), ['sudo', '--', 'supervisorctl', '-c', '/etc/supervisor/supervisord.conf', '--', 'status']);
  assert.deepEqual(privilegedArgv(inv, 'pkexec'), ['pkexec', 'supervisorctl', '-c', '/etc/supervisor/supervisord.conf', '--', 'status']);
});

test('a missing unix socket is recognised (supervisord not running for that config)', () => {
  assert.equal(missingSocket({ stdout: 'unix:///tmp/dc x/supervisor.sock no such file\n', stderr: '' }), '/tmp/dc x/supervisor.sock');
  assert.equal(missingSocket({ stdout: 'http://127.0.0.1:9001 refused connection\n', stderr: '' }), undefined);
  assert.equal(missingSocket({ stdout: 'unix:///run/supervisor.sock refused connection\n', stderr: '' }), undefined);
  assert.equal(missingSocket({ stdout: OUTPUT, stderr: '' }), undefined);
});
