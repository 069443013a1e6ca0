import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { displayArgv } from '../../../client/src/systemd/argv';
import { createExecFileRunner, formatRecord, type RunRecord } from '../../../client/src/systemd/runner';

describe('execFile runner', () => {
  it('passes arguments as data, never through a shell', async () => {
    const runner = createExecFileRunner();
    const hostile = '$(echo no) `echo no` "; echo no; \' \\ \n-x';
    const r = await runner.run(['/bin/echo', hostile]);
    assert.equal(r.code, 0);
    assert.equal(r.stdout, `${hostile}\n`);
  });

  it('captures exit code, stderr and duration, and reports each record', async () => {
    const seen: RunRecord[] = [];
    const runner = createExecFileRunner({ onRecord: (r) => seen.push(r) });
    const r = await runner.run([process.execPath, '-e', 'process.stderr.write("boom\\n"); process.exit(3)']);
    assert.equal(r.code, 3);
    assert.equal(r.stderr, 'boom\n');
    assert.ok(r.durationMs >= 0);
    assert.deepEqual(seen, [r]);
    const line = formatRecord(r, displayArgv);
    assert.match(line, /^\$ .* → exit 3 in \d+ ms\n {2}boom$/);
  });

  it('puts the prefix in front of the argv it spawns, and logs both', async () => {
    const runner = createExecFileRunner({ prefix: ['/usr/bin/env', '--'] });
    const r = await runner.run(['/bin/echo', 'hi']);
    assert.deepEqual(r.argv, ['/bin/echo', 'hi']);
    assert.deepEqual(r.spawned, ['/usr/bin/env', '--', '/bin/echo', 'hi']);
    assert.equal(r.stdout, 'hi\n');
  });

  it('reports a missing executable and a timeout without throwing', async () => {
    const runner = createExecFileRunner();
    const missing = await runner.run(['/nonexistent/systemctl', 'status']);
    assert.equal(missing.code, null);
    assert.match(missing.error ?? '', /not found/);
    const slow = await runner.run([process.execPath, '-e', 'setInterval(() => {}, 1000)'], { timeoutMs: 200 });
    assert.equal(slow.code, null);
    assert.match(slow.error ?? '', /timed out|killed/);
    await assert.rejects(runner.run([]));
  });
});
