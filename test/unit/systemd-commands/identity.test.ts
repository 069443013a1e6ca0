import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { installDirectory, scopeFromPath, unitIdentityFromPath, type UnitIdentity } from '../../../client/src/systemd/identity';
import { DASHED_SERVICE, DOCKER_VOLUMES_MOUNT, hasSystemdEscape, SPACED_INSTANCE, systemdEscape } from '../../helpers/systemdEscape';

function id(file: string, options = {}): UnitIdentity {
  const r = unitIdentityFromPath(file, options);
  assert.ok(r.ok, r.ok ? '' : r.reason);
  return r.identity;
}

describe('unit identity from a path', () => {
  it('names the unit after the file', () => {
    const i = id('/etc/systemd/system/nginx.service');
    assert.equal(i.unitName, 'nginx.service');
    assert.equal(i.unitType, 'service');
    assert.equal(i.dropIn, false);
    assert.equal(i.template, false);
    assert.equal(i.scope, 'system');
    assert.equal(i.scopeFromPath, true);
  });

  it('a drop-in acts on its parent unit', () => {
    const i = id('/etc/systemd/system/nginx.service.d/override.conf');
    assert.equal(i.unitName, 'nginx.service');
    assert.equal(i.dropIn, true);
  });

  it('systemctl edit temporary files stand for what they edit', () => {
    const d = id('/etc/systemd/system/nginx.service.d/.#override.conf3f2a9b0c1d4e5f60');
    assert.equal(d.unitName, 'nginx.service');
    assert.equal(d.dropIn, true);
    assert.equal(d.editTemp, true);
    const f = id('/etc/systemd/system/.#nginx.service0123456789abcdef');
    assert.equal(f.unitName, 'nginx.service');
    assert.equal(f.dropIn, false);
    assert.equal(f.editTemp, true);
  });

  it('templates need an instance; drop-ins of templates too', () => {
    assert.equal(id('/etc/systemd/system/getty@.service').template, true);
    assert.equal(id('/etc/systemd/system/getty@.service.d/x.conf').template, true);
    const inst = id('/etc/systemd/system/getty@tty1.service.d/x.conf');
    assert.equal(inst.template, false);
    assert.equal(inst.kind, 'instance');
  });

  it('refuses drop-ins that apply to many units and files that are not units', () => {
    for (const f of ['/etc/systemd/system/service.d/x.conf', '/etc/systemd/system/foo-.service.d/x.conf', '/home/u/notes.txt',
      '/tmp/a;b.service', '/tmp/$(touch x).service', '/tmp/a b.service']) {
      const r = unitIdentityFromPath(f);
      assert.equal(r.ok, false, f);
    }
  });

  it('takes the scope from user unit folders, overridable', () => {
    for (const f of ['/home/u/.config/systemd/user/a.service', '/etc/systemd/user/a.service', '/usr/lib/systemd/user/a.service',
      '/usr/local/lib/systemd/user/a.service', '/home/u/.local/share/systemd/user/a.service', '/home/u/.config/systemd/user/a.service.d/x.conf',
      '/etc/xdg/systemd/user/a.service', '/usr/share/systemd/user/a.service', '/srv/pkg/debian/tmp/usr/lib/systemd/user/a.service']) {
      assert.equal(scopeFromPath(f), 'user', f);
    }
    for (const f of ['/etc/systemd/system/a.service', '/usr/lib/systemd/system/a.service', '/home/u/project/a.service', '/run/systemd/system/a.service']) {
      assert.equal(scopeFromPath(f), 'system', f);
    }
    assert.equal(scopeFromPath('/cfg/systemd/user/a.service', { xdgConfigHome: '/cfg' }), 'user');
    const o = id('/home/u/project/a.service', { scope: 'user' });
    assert.equal(o.scope, 'user');
    assert.equal(o.scopeFromPath, false);
  });

  it('keeps the backslashes of systemd-escape output: they are part of the name on Linux', () => {
    for (const escaped of [DOCKER_VOLUMES_MOUNT, DASHED_SERVICE, SPACED_INSTANCE]) {
      const name = systemdEscape(escaped);
      if (hasSystemdEscape()) assert.equal(name, escaped.recorded, `systemd-escape ${escaped.args.join(' ')}`);
      const unit = id(`/etc/systemd/system/${name}`, { platform: 'linux' });
      assert.equal(unit.unitName, name);
      assert.equal(unit.scope, 'system');
      const dropIn = id(`/home/u/.config/systemd/user/${name}.d/override.conf`, { platform: 'linux' });
      assert.equal(dropIn.unitName, name);
      assert.equal(dropIn.scope, 'user');
    }
    assert.equal(id('/tmp/tmp\\sshd.service', { platform: 'linux' }).unitName, 'tmp\\sshd.service');
    assert.equal(id('/tmp/tmp\\sshd.service').unitName, process.platform === 'win32' ? 'sshd.service' : 'tmp\\sshd.service');
  });

  it('on Windows a backslash separates folders', () => {
    const unit = id('C:\\Users\\u\\units\\nginx.service.d\\x.conf', { platform: 'win32' });
    assert.equal(unit.unitName, 'nginx.service');
    assert.equal(unit.dropIn, true);
    assert.equal(scopeFromPath('C:\\Users\\u\\.config\\systemd\\user\\a.service', { platform: 'win32' }), 'user');
  });

  it('installs into the admin folder of the scope', () => {
    assert.equal(installDirectory('system', '/home/u'), '/etc/systemd/system');
    assert.equal(installDirectory('user', '/home/u'), '/home/u/.config/systemd/user');
  });
});
