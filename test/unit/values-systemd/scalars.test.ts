import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ok, check } from './helpers';

describe('booleans', () => {
  it('takes every spelling systemd takes, in any case', () => {
    for (const v of ['1', 'yes', 'y', 'true', 't', 'on', '0', 'no', 'n', 'false', 'f', 'off', 'YES', 'On', 'False']) {
      assert.ok(ok('boolean', v), v);
    }
  });
  it('refuses other words', () => {
    for (const v of ['2', 'maybe', 'enabled', 'yess']) assert.ok(!ok('boolean', v), v);
  });
});

describe('time spans', () => {
  it('takes units, combinations, fractions, bare numbers and infinity', () => {
    for (const v of ['5min 20s', '5min20s', '5 min', '1.5h', '300', 'infinity', '2 µs', '1y1M', '3minutes', '100ms', '1w 2d', '0']) {
      assert.ok(ok('timespan', v), v);
    }
  });
  it('refuses what parse_time refuses', () => {
    for (const v of ['5 m i n', '-5', '5 infinity', '1e3', 'soon', '5MIN', '10 parsecs']) assert.ok(!ok('timespan', v), v);
  });
});

describe('byte sizes', () => {
  it('takes IEC suffixes, fractions and sums', () => {
    for (const v of ['512M', '1G', '1.5G', '1G 512M', '100 K', '4096', '1T']) assert.ok(ok('bytes', v), v);
  });
  it('takes percentages and infinity only where allowed', () => {
    const spec = { percent: true, values: [{ name: 'infinity' }] };
    for (const v of ['50%', '5.5%', 'infinity']) assert.ok(ok('bytes', v, 'MemoryMax', 261, spec), v);
    assert.ok(!ok('bytes', '50%'));
    assert.ok(!ok('bytes', 'infinity'));
  });
  it('refuses lower-case suffixes and words', () => {
    for (const v of ['1g', '512mb', 'lots']) assert.ok(!ok('bytes', v), v);
  });
});

describe('integers', () => {
  it('checks bounds', () => {
    assert.ok(ok('integer', '-20', 'Nice', 261, { min: -20, max: 19 }));
    assert.ok(!ok('integer', '-21', 'Nice', 261, { min: -20, max: 19 }));
    assert.ok(ok('integer', '0x5', 'Nice', 261, { min: -20, max: 19 }));
  });
  it('takes the listed words', () => {
    assert.ok(ok('integer', 'idle', 'CPUWeight', 261, { min: 1, max: 10000, values: [{ name: 'idle' }] }));
    assert.ok(!ok('integer', '0', 'CPUWeight', 261, { min: 1, max: 10000, values: [{ name: 'idle' }] }));
    assert.ok(!ok('integer', 'lots'));
  });
});

describe('signals', () => {
  it('takes names with and without SIG, numbers and real-time offsets', () => {
    for (const v of ['SIGTERM', 'TERM', 'HUP', 'SIGKILL', '9', '64', 'RTMIN+3', 'SIGRTMIN', 'RTMAX-2']) assert.ok(ok('signal', v), v);
  });
  it('refuses lower case, unknown names and numbers out of range', () => {
    for (const v of ['hup', 'SIGFOO', '0', '65', 'RTMIN-1']) assert.ok(!ok('signal', v), v);
  });
});

describe('modes, users, limits, exit statuses', () => {
  it('file modes are octal', () => {
    for (const v of ['022', '0755', '07777', '7']) assert.ok(ok('mode', v), v);
    for (const v of ['rwx', '8', '17777']) assert.ok(!ok('mode', v), v);
  });
  it('user names refuse colons', () => {
    assert.ok(ok('user', 'www-data'));
    assert.ok(ok('user', '1000'));
    assert.ok(!ok('user', 'a:b'));
  });
  it('resource limits take SOFT:HARD and infinity', () => {
    for (const v of ['1024', '1024:4096', 'infinity']) assert.ok(ok('rlimit', v, 'LimitNOFILE'), v);
    assert.ok(ok('rlimit', '5min', 'LimitCPU'));
    assert.ok(ok('rlimit', '1G', 'LimitAS'));
    assert.ok(!ok('rlimit', '1G:x', 'LimitAS'));
  });
  it('exit statuses take numbers, names and signals', () => {
    const spec = { values: [{ name: 'TEMPFAIL' }] };
    assert.ok(ok('exit-status', '0 75 TEMPFAIL SIGPIPE', 'SuccessExitStatus', 261, spec));
    assert.equal(check('exit-status', '0 256', 'SuccessExitStatus', 261, spec)[0]?.start, 2);
  });
});
