import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check, severities } from './helpers';

describe('supervisor scalar values', () => {
  it('takes booleans as supervisor spells them, in any case', () => {
    for (const v of ['true', 'False', 'YES', 'no', 'on', 'off', '1', '0']) assert.deepEqual(severities('boolean', v), [], v);
    for (const v of ['y', 'enabled', '', 'truee', '2']) assert.deepEqual(severities('boolean', v), ['error'], v);
  });

  it('takes Python integers, with bounds from the spec', () => {
    for (const v of ['0', '-1', '+5', '1_000', '999']) assert.deepEqual(severities('integer', v), [], v);
    for (const v of ['1.5', '', '10s', '0x10', '1__0']) assert.deepEqual(severities('integer', v), ['error'], v);
    assert.deepEqual(severities('integer', '0', { min: 1 }), ['error']);
    assert.deepEqual(severities('integer', '70000', { min: 1, max: 65535 }), ['error']);
  });

  it('takes byte sizes with KB, MB or GB', () => {
    for (const v of ['50MB', '1KB', '0', '2gb', '1024', '50 MB']) assert.deepEqual(severities('byte_size', v), [], v);
    for (const v of ['50M', '1.5MB', 'MB', '10B', '1TB', '']) assert.deepEqual(severities('byte_size', v), ['error'], v);
  });

  it('takes octal numbers', () => {
    for (const v of ['022', '0700', '0o22', '7', '000']) assert.deepEqual(severities('octal', v), [], v);
    for (const v of ['0800', '9', 'rwx', '0x1f', '']) assert.deepEqual(severities('octal', v), ['error'], v);
  });

  it('takes signal names with or without SIG, and valid numbers', () => {
    for (const v of ['TERM', 'sigterm', 'SIGKILL', 'hup', 'USR1', '15', '9', 'RTMIN']) assert.deepEqual(severities('signal', v), [], v);
    for (const v of ['TERMINATE', 'SIGFOO', '', '99', '40']) assert.deepEqual(severities('signal', v), ['error'], v);
  });

  it('takes autorestart words', () => {
    for (const v of ['true', 'false', 'unexpected', 'UNEXPECTED', 'yes', '0']) assert.deepEqual(severities('auto_restart', v), [], v);
    for (const v of ['always', 'on-failure', '']) assert.deepEqual(severities('auto_restart', v), ['error'], v);
  });

  it('takes log levels', () => {
    for (const v of ['info', 'DEBUG', 'blather', 'warn', 'critical']) assert.deepEqual(severities('logging_level', v), [], v);
    for (const v of ['warning', 'err', 'verbose', '']) assert.deepEqual(severities('logging_level', v), ['error'], v);
  });

  it('takes exit code lists from 0 to 255 and points at the bad item', () => {
    for (const v of ['0', '0,2', ' 0 , 2 ', '']) assert.deepEqual(severities('exitcodes', v), [], v);
    for (const v of ['256', '-1', '0,,2', '0;2', 'a']) assert.deepEqual(severities('exitcodes', v), ['error'], v);
    const [issue] = check('exitcodes', '0,300');
    assert.deepEqual([issue.start, issue.end], [2, 5]);
  });

  it('leaves values holding expansions to run time', () => {
    assert.deepEqual(severities('integer', '%(ENV_WORKERS)s'), []);
    assert.deepEqual(severities('boolean', '%(ENV_DEBUG)s'), []);
  });
});
