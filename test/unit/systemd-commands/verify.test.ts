import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { parseVerifyOutput } from '../../../client/src/systemd/verify';

// Output shapes as systemd 252's `systemd-analyze verify` prints them.
const SAMPLE = [
  "/tmp/dcv/bad.service:3: Unknown key 'Foo' in section [Unit], ignoring.",
  '/tmp/dcv/bad.service:5: Neither a valid executable name nor an absolute path: relative/path',
  '/tmp/dcv/bad.service:7: Failed to parse service restart specifier, ignoring: sometimes',
  'bad.service: Unit configuration has fatal error, unit will not be started.',
  'Unit bad.service has a bad unit file setting.',
  '',
].join('\n');

describe('systemd-analyze verify output', () => {
  it('gives file, line, message and severity', () => {
    const d = parseVerifyOutput(SAMPLE, '/tmp/dcv/bad.service');
    assert.deepEqual(d[0], { file: '/tmp/dcv/bad.service', line: 3, message: "Unknown key 'Foo' in section [Unit], ignoring.", severity: 'warning' });
    assert.deepEqual(d[1], { file: '/tmp/dcv/bad.service', line: 5, message: 'Neither a valid executable name nor an absolute path: relative/path', severity: 'error' });
    assert.equal(d[2].severity, 'warning');
    assert.equal(d[2].line, 7);
    assert.deepEqual(d[3], { file: '/tmp/dcv/bad.service', line: undefined, message: 'bad.service: Unit configuration has fatal error, unit will not be started.', severity: 'error' });
    assert.equal(d[4].severity, 'information');
    assert.equal(d.length, 5);
  });

  it('keeps other files their own path; paths with colons and spaces', () => {
    const d = parseVerifyOutput('/usr/lib/systemd/system/dep.service:2: Unknown section \'Foo\'. Ignoring.\n/tmp/a b:c/x.service:12: Missing \'=\', ignoring line.', '/tmp/x.service');
    assert.equal(d[0].file, '/usr/lib/systemd/system/dep.service');
    assert.equal(d[0].severity, 'warning');
    assert.equal(d[1].file, '/tmp/a b:c/x.service');
    assert.equal(d[1].line, 12);
  });

  it('empty output means no diagnostics; free text is attached to the file', () => {
    assert.deepEqual(parseVerifyOutput('', '/x.service'), []);
    const d = parseVerifyOutput('Failed to prepare filename /tmp/sp ace.service: Invalid argument\n', '/tmp/sp ace.service');
    assert.deepEqual(d, [{ file: '/tmp/sp ace.service', line: undefined, message: 'Failed to prepare filename /tmp/sp ace.service: Invalid argument', severity: 'error' }]);
  });
});
