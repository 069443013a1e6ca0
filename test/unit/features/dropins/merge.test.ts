// Merging a unit with its drop-ins: the last value wins, lists append, an empty assignment resets,
// and every line of the result names the file and line it came from.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../../../server/src/analysis';
import { effectiveUnit, overrideHints } from '../../../../server/src/features/dropins';
import { mergedDirective } from '../../../../server/src/features/dropins/merge';
import { mergeOfDocument } from '../../../../server/src/features/dropins/unitMerge';
import { memoryUnitFiles } from '../../../helpers/dropInFiles';

const E = '/etc/systemd/system';
const U = '/usr/lib/systemd/system';

const FILES = {
  [`${U}/web-api.service`]: '[Unit]\nDescription=API\nAfter=network.target\n[Service]\nType=simple\nExecStart=/usr/bin/api\nEnvironment=A=1\nRestart=no\n',
  [`${E}/web-api.service.d/10-env.conf`]: '[Service]\nEnvironment=B=2\nRestart=on-failure\n',
  [`${E}/web-.service.d/20-type.conf`]: '[Service]\nType=notify\nEnvironment=\nEnvironment=C=3\n[Unit]\nAfter=\n',
};

function merged(path: string, files: Record<string, string> = FILES) {
  const a = analyze(`file://${path}`, 1, files[path]);
  assert.ok(a);
  return { a, merge: mergeOfDocument(a, memoryUnitFiles(files)) };
}

describe('merging a unit with its drop-ins', () => {
  it('keeps the last single value, appends to lists, and resets on an empty assignment', () => {
    const { merge } = merged(`${U}/web-api.service`);
    assert.ok(merge);
    const values = (section: string, key: string) => mergedDirective(merge.merged, section, key)?.effective.map((a) => a.value);
    assert.deepEqual(values('Service', 'Type'), ['notify']);
    assert.deepEqual(values('Service', 'Restart'), ['on-failure']);
    assert.deepEqual(values('Service', 'Environment'), ['C=3']);
    assert.deepEqual(values('Service', 'ExecStart'), ['/usr/bin/api']);
    assert.deepEqual(values('Unit', 'After'), []);
    assert.deepEqual(values('Unit', 'Description'), ['API']);
  });
  it('appends a list without a reset', () => {
    const files = { [`${U}/x.service`]: '[Unit]\nAfter=a.target\n[Service]\nExecStart=/bin/x\n', [`${E}/x.service.d/o.conf`]: '[Unit]\nAfter=b.target\n' };
    const { merge } = merged(`${U}/x.service`, files);
    assert.deepEqual(mergedDirective(merge!.merged, 'Unit', 'After')?.effective.map((a) => [a.value, a.path]),
      [['a.target', `${U}/x.service`], ['b.target', `${E}/x.service.d/o.conf`]]);
  });
  it('renders the merged unit with the source of each line', () => {
    const { a } = merged(`${E}/web-api.service.d/10-env.conf`);
    const result = effectiveUnit(a, memoryUnitFiles(FILES));
    assert.ok(result);
    assert.equal(result.unit, 'web-api.service');
    assert.deepEqual(result.files.map((f) => f.path), [`${U}/web-api.service`, `${E}/web-api.service.d/10-env.conf`, `${E}/web-.service.d/20-type.conf`]);
    const lines = result.text.split('\n');
    const typeLine = lines.indexOf('Type=notify');
    assert.equal(lines[typeLine - 1], `# from ${E}/web-.service.d/20-type.conf:2`);
    assert.equal(lines[lines.indexOf('Restart=on-failure') - 1], `# from ${E}/web-api.service.d/10-env.conf:3`);
    assert.equal(lines[lines.indexOf('ExecStart=/usr/bin/api') - 1], `# from ${U}/web-api.service:6`);
    assert.ok(!lines.includes('Environment=A=1') && !lines.includes('Environment=B=2') && lines.includes('Environment=C=3'));
    assert.ok(!lines.some((l) => l.startsWith('After=')), 'a reset list is left out');
    const entry = result.lines.find((l) => l.key === 'Type');
    assert.deepEqual(entry && [lines[entry.line], entry.path, entry.sourceLine], ['Type=notify', `${E}/web-.service.d/20-type.conf`, 1]);
  });
  it('merges a drop-in whose unit is not found with its fellow drop-ins, and says the unit file is missing', () => {
    const files = { [`${E}/ghost.service.d/a.conf`]: '[Service]\nUser=a\n', [`${E}/ghost.service.d/b.conf`]: '[Service]\nUser=b\n' };
    const { a } = merged(`${E}/ghost.service.d/a.conf`, files);
    const result = effectiveUnit(a, memoryUnitFiles(files));
    assert.ok(result);
    assert.ok(result.text.includes('User=b') && !result.text.includes('User=a'));
    assert.match(result.text, /unit file of ghost\.service was not found/);
  });
  it('finds the units a prefix drop-in applies to', () => {
    const { a } = merged(`${E}/web-.service.d/20-type.conf`);
    assert.equal(effectiveUnit(a, memoryUnitFiles(FILES))?.unit, 'web-api.service');
  });
  it('gives null for a supervisor config', () => {
    const a = analyze('file:///etc/supervisor/conf.d/x.conf', 1, '[program:x]\ncommand=/bin/x\n');
    assert.ok(a);
    assert.equal(effectiveUnit(a, memoryUnitFiles({})), null);
  });
});

describe('drop-in override inlay hints', () => {
  it('shows the value in effect and the drop-in that sets it on the unit\'s lines', () => {
    const { a } = merged(`${U}/web-api.service`);
    const hints = overrideHints(a, memoryUnitFiles(FILES)).map((h) => [h.position.line, h.label]);
    assert.deepEqual(hints, [
      [2, '→ reset by web-.service.d/20-type.conf'],
      [4, '→ notify (web-.service.d/20-type.conf)'],
      [6, '→ C=3 (web-.service.d/20-type.conf)'],
      [7, '→ on-failure (web-api.service.d/10-env.conf)'],
    ]);
  });
  it('shows what a drop-in adds to a list, and nothing on lines no later file touches', () => {
    const files = { [`${U}/x.service`]: '[Unit]\nAfter=a.target\nDescription=x\n[Service]\nExecStart=/bin/x\n', [`${E}/x.service.d/o.conf`]: '[Unit]\nAfter=b.target\n' };
    const { a } = merged(`${U}/x.service`, files);
    assert.deepEqual(overrideHints(a, memoryUnitFiles(files)).map((h) => [h.position.line, h.label]), [[1, '+ b.target (x.service.d/o.conf)']]);
    const alone = analyze(`file://${U}/x.service`, 1, files[`${U}/x.service`]);
    assert.deepEqual(overrideHints(alone!, memoryUnitFiles({ [`${U}/x.service`]: files[`${U}/x.service`] })), []);
  });
});
