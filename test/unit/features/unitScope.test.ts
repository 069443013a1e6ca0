// Unit names resolve among the files of the document's own manager: the user unit folders for a
// user unit, the system ones otherwise; an instance with no file of its own goes to its template.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { complete } from '../../../server/src/features/completion';
import { unitDefinition, unitLinks } from '../../../server/src/features/unitLinks';
import { createUnitCatalog, userUnitPath } from '../../../server/src/host/unitCatalog';
import { analyzeMarked } from '../../helpers/analyzeText';

const made: string[] = [];
after(() => { for (const dir of made) rmSync(dir, { recursive: true, force: true }); });

/** A workspace and two host unit folders, one per manager, each with a unit the other lacks. */
function host() {
  const root = mkdtempSync(join(tmpdir(), 'dc-scope-'));
  made.push(root);
  const dirs = { workspace: join(root, 'ws'), system: join(root, 'system'), user: join(root, 'user') };
  for (const dir of Object.values(dirs)) mkdirSync(dir);
  writeFileSync(join(dirs.system, 'dc-db.service'), '[Service]\nExecStart=/usr/bin/db\n');
  writeFileSync(join(dirs.system, 'modprobe@.service'), '[Service]\nExecStart=/sbin/modprobe %i\n');
  writeFileSync(join(dirs.system, 'getty@.service'), '[Service]\nExecStart=/sbin/agetty %I\n');
  writeFileSync(join(dirs.system, 'getty@tty1.service'), '[Service]\nExecStart=/sbin/agetty tty1\n');
  writeFileSync(join(dirs.user, 'dc-sync.service'), '[Service]\nExecStart=/usr/bin/sync-daemon\n');
  writeFileSync(join(dirs.user, 'dc-agent@.socket'), '[Socket]\nListenStream=%t/agent-%i\n');
  writeFileSync(join(dirs.workspace, 'web.service'), '[Service]\nExecStart=/usr/bin/web\n');
  const catalog = createUnitCatalog(() => [dirs.workspace], { system: [dirs.system], user: [dirs.user] });
  return { dirs, catalog };
}

const targetsOf = (uri: string, source: string, catalog: ReturnType<typeof host>['catalog']) =>
  unitLinks(analyzeMarked(uri, source).analyzed, catalog).map((l) => l.target);

describe('unit names of the right manager', () => {
  it('links names in a user unit to the user folders, in a system unit to the system folders', () => {
    const { dirs, catalog } = host();
    const text = '[Unit]\nWants=dc-sync.service dc-db.service web.service\n';
    assert.deepEqual(targetsOf('file:///home/ann/.config/systemd/user/a.service', text, catalog),
      [`file://${dirs.user}/dc-sync.service`, `file://${dirs.workspace}/web.service`]);
    assert.deepEqual(targetsOf('file:///etc/systemd/system/a.service', text, catalog),
      [`file://${dirs.system}/dc-db.service`, `file://${dirs.workspace}/web.service`]);
    // A project folder belongs to neither manager: the commands take it as a system unit, so do links.
    assert.deepEqual(targetsOf('file:///srv/project/a.service', text, catalog),
      [`file://${dirs.system}/dc-db.service`, `file://${dirs.workspace}/web.service`]);
  });

  it('completes the unit names and special targets of the document\'s manager', () => {
    const { catalog } = host();
    const labels = (uri: string) => {
      const { analyzed, marked } = analyzeMarked(uri, '[Install]\nWantedBy=$0\n');
      return complete(analyzed, marked.cursor, { version: 252, units: catalog }).map((i) => i.label);
    };
    const user = labels('file:///home/ann/.config/systemd/user/a.service');
    for (const name of ['dc-sync.service', 'default.target', 'graphical-session.target', 'web.service']) assert.ok(user.includes(name), `user: ${name}`);
    for (const name of ['dc-db.service', 'multi-user.target', 'network-online.target']) assert.ok(!user.includes(name), `user: not ${name}`);
    const system = labels('file:///etc/systemd/system/a.service');
    for (const name of ['dc-db.service', 'multi-user.target', 'default.target', 'web.service']) assert.ok(system.includes(name), `system: ${name}`);
    for (const name of ['dc-sync.service', 'graphical-session.target']) assert.ok(!system.includes(name), `system: not ${name}`);
  });

  it('reads the user search path from the XDG variables and the home folder', () => {
    const path = userUnitPath({ XDG_CONFIG_HOME: '/cfg', XDG_RUNTIME_DIR: '/run/user/1000' }, '/home/ann');
    assert.equal(path[0], '/cfg/systemd/user');
    for (const dir of ['/etc/xdg/systemd/user', '/etc/systemd/user', '/run/user/1000/systemd/user', '/run/systemd/user',
      '/home/ann/.local/share/systemd/user', '/usr/share/systemd/user', '/usr/lib/systemd/user']) assert.ok(path.includes(dir), dir);
    assert.equal(userUnitPath({}, '/home/ann')[0], '/home/ann/.config/systemd/user');
  });
});

describe('links on instance names', () => {
  it('goes from an instance to its template when the instance has no file of its own', () => {
    const { dirs, catalog } = host();
    const source = '[Unit]\nWants=<<modprobe@drm.service>> <<getty@tty1.service>> <<getty@tty2.service>>\nAfter=<<modprobe@%i.service>>\n';
    const { analyzed, marked } = analyzeMarked('file:///etc/systemd/system/a.service', source);
    const links = unitLinks(analyzed, catalog);
    assert.deepEqual(links.map((l) => l.range), marked.ranges);
    assert.deepEqual(links.map((l) => l.target), [
      `file://${dirs.system}/modprobe@.service`,
      `file://${dirs.system}/getty@tty1.service`, // the instance's own file wins
      `file://${dirs.system}/getty@.service`,
      `file://${dirs.system}/modprobe@.service`,
    ]);
    const at = analyzeMarked('file:///etc/systemd/system/a.service', '[Unit]\nWants=modprobe@dr$0m.service\n');
    assert.equal(unitDefinition(at.analyzed, at.marked.cursor, catalog)?.uri, `file://${dirs.system}/modprobe@.service`);
  });

  it('finds templates of the user manager for user units, and leaves unknown templates and bare names alone', () => {
    const { dirs, catalog } = host();
    assert.deepEqual(targetsOf('file:///home/ann/.config/systemd/user/a.service',
      '[Unit]\nRequires=dc-agent@ann.socket modprobe@drm.service nothere@x.service @x.service\n', catalog),
    [`file://${dirs.user}/dc-agent@.socket`]);
  });
});
