// The order in which systemd reads a unit's drop-ins: each rule of systemd.unit(5) "drop-in" as a case.
// test/unit/features/dropins/oracle.test.ts checks the same cases against systemd-analyze verify.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dashPrefixes, dropInOwners, searchRank } from '../../../../server/src/features/dropins/searchPath';
import { resolveUnitSources } from '../../../../server/src/features/dropins/resolve';
import { memoryUnitFiles } from '../../../helpers/dropInFiles';

const E = '/etc/systemd/system';
const R = '/run/systemd/system';
const U = '/usr/lib/systemd/system';
const SERVICE = '[Service]\nExecStart=/bin/true\n';

function order(files: Record<string, string>, unit: string, scope: 'system' | 'user' = 'system') {
  const sources = resolveUnitSources(unit, scope, memoryUnitFiles(files));
  return { unitFile: sources.unitFile?.path, dropIns: sources.dropIns.map((d) => d.path), masked: sources.masked };
}

describe('drop-in folders of a unit name', () => {
  it('cuts a dashed name after each dash, a trailing dash first', () => {
    assert.deepEqual(dashPrefixes('foo-bar-baz.service'), ['foo-bar-.service', 'foo-.service']);
    assert.deepEqual(dashPrefixes('foo--bar.service'), ['foo--.service', 'foo-.service']);
    assert.deepEqual(dashPrefixes('foo-bar-.service'), ['foo-.service']);
    assert.deepEqual(dashPrefixes('-.slice'), []);
    assert.deepEqual(dashPrefixes('-foo.mount'), []);
    assert.deepEqual(dashPrefixes('plain.service'), []);
  });
  it('adds the template, then the prefixes, for an instance', () => {
    assert.deepEqual(dropInOwners('foo-x@bar.service'), ['foo-x@bar.service', 'foo-x@.service', 'foo-.service']);
    assert.deepEqual(dropInOwners('getty@tty1.service'), ['getty@tty1.service', 'getty@.service']);
  });
  it('ranks /etc before /run before /usr/lib, and a project folder before all', () => {
    const ranks = [`${E}`, `${R}`, '/usr/local/lib/systemd/system', `${U}`, '/lib/systemd/system'].map((d) => searchRank(d, 'system'));
    assert.deepEqual([...ranks].sort((a, b) => a - b), ranks);
    assert.ok(searchRank('/home/me/project/deploy', 'system') < ranks[0]);
    assert.ok(searchRank('/home/me/.config/systemd/user', 'user') < searchRank('/usr/lib/systemd/user', 'user'));
    assert.equal(searchRank('/srv/pkg/debian/tmp/etc/systemd/system', 'system'), searchRank(E, 'system'));
  });
});

describe('resolving a unit and its drop-ins', () => {
  it('takes a drop-in from /etc over one of the same name in /run and /usr/lib', () => {
    const found = order({
      [`${U}/foo.service`]: SERVICE,
      [`${U}/foo.service.d/10-x.conf`]: '', [`${R}/foo.service.d/10-x.conf`]: '', [`${E}/foo.service.d/10-x.conf`]: '',
    }, 'foo.service');
    assert.equal(found.unitFile, `${U}/foo.service`);
    assert.deepEqual(found.dropIns, [`${E}/foo.service.d/10-x.conf`]);
    assert.deepEqual(found.masked.map((m) => [m.path, m.by]), [
      [`${R}/foo.service.d/10-x.conf`, `${E}/foo.service.d/10-x.conf`],
      [`${U}/foo.service.d/10-x.conf`, `${E}/foo.service.d/10-x.conf`],
    ]);
  });
  it('takes /run over /usr/lib', () => {
    const found = order({ [`${U}/foo.service`]: SERVICE, [`${U}/foo.service.d/a.conf`]: '', [`${R}/foo.service.d/a.conf`]: '' }, 'foo.service');
    assert.deepEqual(found.dropIns, [`${R}/foo.service.d/a.conf`]);
  });
  it('reads the prefix folders of a dashed name, the more specific masking the same name in one folder', () => {
    const found = order({
      [`${U}/foo-bar-baz.service`]: SERVICE,
      [`${E}/foo-.service.d/10.conf`]: '', [`${E}/foo-bar-.service.d/10.conf`]: '', [`${E}/foo-.service.d/20.conf`]: '',
    }, 'foo-bar-baz.service');
    assert.deepEqual(found.dropIns, [`${E}/foo-bar-.service.d/10.conf`, `${E}/foo-.service.d/20.conf`]);
    assert.deepEqual(found.masked.map((m) => m.path), [`${E}/foo-.service.d/10.conf`]);
  });
  it('lets a prefix folder in /etc mask the unit\'s own folder in /usr/lib (search folder first, then name)', () => {
    const found = order({ [`${U}/foo-bar.service`]: SERVICE, [`${E}/foo-.service.d/10.conf`]: '', [`${U}/foo-bar.service.d/10.conf`]: '' }, 'foo-bar.service');
    assert.deepEqual(found.dropIns, [`${E}/foo-.service.d/10.conf`]);
  });
  it('reads the type folder (service.d) after every named folder, in any search folder', () => {
    const found = order({ [`${U}/foo.service`]: SERVICE, [`${E}/service.d/10.conf`]: '', [`${U}/foo.service.d/10.conf`]: '', [`${E}/service.d/05.conf`]: '' }, 'foo.service');
    assert.deepEqual(found.dropIns, [`${E}/service.d/05.conf`, `${U}/foo.service.d/10.conf`]);
    assert.deepEqual(found.masked.map((m) => m.path), [`${E}/service.d/10.conf`]);
    assert.deepEqual(order({ [`${U}/foo.socket`]: '', [`${E}/service.d/10.conf`]: '' }, 'foo.socket').dropIns, []);
  });
  it('applies drop-ins in the lexical order of their names, whatever folder they are in', () => {
    const found = order({
      [`${U}/foo-bar.service`]: SERVICE,
      [`${U}/foo-bar.service.d/20-b.conf`]: '', [`${E}/foo-bar.service.d/10-a.conf`]: '', [`${E}/foo-.service.d/15.conf`]: '',
      [`${R}/foo-bar.service.d/30.conf`]: '', [`${E}/foo-bar.service.d/.#override.conf123`]: '', [`${E}/foo-bar.service.d/notes.txt`]: '',
    }, 'foo-bar.service');
    assert.deepEqual(found.dropIns, [`${E}/foo-bar.service.d/10-a.conf`, `${E}/foo-.service.d/15.conf`, `${U}/foo-bar.service.d/20-b.conf`, `${R}/foo-bar.service.d/30.conf`]);
  });
  it('loads an instance from its template, with the template\'s drop-ins masked by the instance\'s', () => {
    const found = order({
      [`${U}/getty@.service`]: SERVICE,
      [`${E}/getty@.service.d/10.conf`]: '', [`${E}/getty@.service.d/20.conf`]: '', [`${E}/getty@tty1.service.d/10.conf`]: '',
    }, 'getty@tty1.service');
    assert.equal(found.unitFile, `${U}/getty@.service`);
    assert.deepEqual(found.dropIns, [`${E}/getty@tty1.service.d/10.conf`, `${E}/getty@.service.d/20.conf`]);
    assert.deepEqual(found.masked.map((m) => m.path), [`${E}/getty@.service.d/10.conf`]);
  });
  it('reads a systemctl edit temporary file in place of the drop-in it will replace', () => {
    const lookup = memoryUnitFiles({ [`${U}/foo.service`]: SERVICE, [`${E}/foo.service.d/override.conf`]: '', [`${U}/foo.service.d/override.conf`]: '' });
    const temp = `${E}/foo.service.d/.#override.conf3a1b2c4d5e6f7a8b`;
    const sources = resolveUnitSources('foo.service', 'system', lookup, [{ path: temp }]);
    assert.deepEqual(sources.dropIns.map((d) => d.path), [temp]);
    assert.deepEqual(sources.masked.map((m) => [m.path, m.by]), [[`${U}/foo.service.d/override.conf`, temp]]);
  });
  it('takes the unit file from the first folder of the search path', () => {
    assert.equal(order({ [`${U}/foo.service`]: SERVICE, [`${E}/foo.service`]: SERVICE }, 'foo.service').unitFile, `${E}/foo.service`);
  });
  it('ranks a project folder above the host and orders the user manager\'s folders', () => {
    const found = order({ '/w/foo.service': SERVICE, '/w/foo.service.d/10.conf': '', [`${E}/foo.service.d/10.conf`]: '' }, 'foo.service');
    assert.deepEqual(found.dropIns, ['/w/foo.service.d/10.conf']);
    const user = order({ '/usr/lib/systemd/user/a.service': SERVICE, '/home/me/.config/systemd/user/a.service.d/x.conf': '',
      '/usr/lib/systemd/user/a.service.d/x.conf': '' }, 'a.service', 'user');
    assert.deepEqual(user.dropIns, ['/home/me/.config/systemd/user/a.service.d/x.conf']);
  });
});
