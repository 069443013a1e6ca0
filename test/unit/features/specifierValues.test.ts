import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../../server/src/analysis';
import type { SystemdFileKind } from '../../../server/src/classify/fileKind';
import { specifierOccurrences, specifierValue, unescapeUnitName } from '../../../server/src/features/specifierValues';

function kindOf(uri: string): SystemdFileKind {
  const a = analyze(uri, 1, '[Unit]\n');
  assert.ok(a && a.kind.dialect === 'systemd');
  return a.kind;
}
const value = (uri: string, letter: string, version = 252) => {
  const path = uri.startsWith('file://') ? decodeURIComponent(uri.slice('file://'.length)) : undefined;
  return specifierValue(kindOf(uri), path, letter, version)?.value;
};

describe('specifier values for a file', () => {
  it('reads the parts of an instance name the way systemd does', () => {
    const uri = 'file:///etc/systemd/system/foo-bar-baz@dev-sda\\x2d1.service';
    assert.equal(value(uri, 'n'), 'foo-bar-baz@dev-sda\\x2d1.service');
    assert.equal(value(uri, 'N'), 'foo-bar-baz@dev-sda\\x2d1');
    assert.equal(value(uri, 'p'), 'foo-bar-baz');
    assert.equal(value(uri, 'P'), 'foo/bar/baz');
    assert.equal(value(uri, 'i'), 'dev-sda\\x2d1');
    assert.equal(value(uri, 'I'), 'dev/sda-1');
    assert.equal(value(uri, 'j'), 'baz');
    assert.equal(value(uri, 'f'), '/dev/sda-1');
    assert.equal(value(uri, 'y'), '/etc/systemd/system/foo-bar-baz@dev-sda\\x2d1.service');
    assert.equal(value(uri, 'Y'), '/etc/systemd/system');
  });

  it('a plain unit has an empty instance and its name as %f', () => {
    assert.equal(value('file:///w/web.service', 'i'), '');
    assert.equal(value('file:///w/mnt-data.mount', 'f'), '/mnt/data');
    assert.equal(value('file:///w/-.mount', 'f'), '/');
  });

  it('a template knows its prefix but not what depends on the instance', () => {
    const uri = 'file:///w/getty@.service';
    assert.equal(value(uri, 'p'), 'getty');
    for (const letter of ['n', 'N', 'i', 'I', 'f', 'd']) assert.equal(value(uri, letter), undefined, letter);
  });

  it('a drop-in takes the unit it extends, but not its file path', () => {
    const uri = 'file:///etc/systemd/system/web.service.d/override.conf';
    assert.equal(value(uri, 'n'), 'web.service');
    assert.equal(value(uri, 'y'), undefined);
  });

  it('a file outside the unit folders has no %y: it is usually copied there first', () => {
    assert.equal(value('file:///home/me/project/web.service', 'y'), undefined);
    assert.equal(value('file:///home/me/project/web.service', 'n'), 'web.service');
  });

  it('the system manager\'s folders and user, never the user manager\'s or the host\'s', () => {
    assert.equal(value('file:///etc/systemd/system/web.service', 't'), '/run');
    assert.equal(value('file:///etc/systemd/system/web.service', 'h'), '/root');
    assert.equal(value('file:///etc/systemd/system/web.service', 'h', 227), undefined);
    assert.equal(value('file:///etc/systemd/system/web.service', 'd'), '/run/credentials/web.service');
    assert.equal(value('file:///home/u/.config/systemd/user/web.service', 't'), undefined);
    assert.equal(value('file:///etc/systemd/system/web.service', 'H'), undefined);
    assert.equal(value('file:///etc/systemd/system/web.service', 'm'), undefined);
  });

  it('unescapes and finds specifiers', () => {
    assert.equal(unescapeUnitName('a-b\\x2dc'), 'a/b-c');
    assert.equal(unescapeUnitName('a\\xZZ'), undefined);
    assert.deepEqual(specifierOccurrences('%%n %n%i%'), [{ letter: '%', start: 0 }, { letter: 'n', start: 4 }, { letter: 'i', start: 6 }]);
  });
});
