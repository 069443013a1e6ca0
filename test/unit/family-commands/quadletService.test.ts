import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import {
  QUADLET_REFUSED_ACTIONS, quadletEnableAdvice, quadletIdentity, quadletScope, quadletServiceName,
} from '../../../client/src/families/quadletService';

describe('Quadlet service names', () => {
  it('maps each kind of file to the service quadlet generates', () => {
    const cases: [string, string][] = [
      ['web.container', 'web.service'],
      ['app.kube', 'app.service'],
      ['data.volume', 'data-volume.service'],
      ['front.network', 'front-network.service'],
      ['stack.pod', 'stack-pod.service'],
      ['base.image', 'base-image.service'],
      ['mine.build', 'mine-build.service'],
      ['blob.artifact', 'blob-artifact.service'],
    ];
    for (const [file, service] of cases) {
      const r = quadletServiceName(`/etc/containers/systemd/${file}`, '');
      assert.ok(r.ok, file);
      assert.equal(r.service, service, file);
      assert.equal(r.fromServiceName, false);
    }
  });

  it('takes ServiceName= from the file\'s own section only, the last one winning', () => {
    const text = '[Unit]\nServiceName=ignored\n[Volume]\nServiceName=first\n# ServiceName=commented\nServiceName = db-data\n';
    const r = quadletServiceName('data.volume', text);
    assert.ok(r.ok);
    assert.equal(r.service, 'db-data.service');
    assert.equal(r.fromServiceName, true);
    const other = quadletServiceName('web.container', '[Volume]\nServiceName=nope\n[Container]\nImage=x\n');
    assert.ok(other.ok);
    assert.equal(other.service, 'web.service');
  });

  it('refuses names systemd would not accept and files that are not quadlet\'s', () => {
    assert.equal(quadletServiceName('x.service', '').ok, false);
    assert.equal(quadletServiceName('web.container', '[Container]\nServiceName=bad name\n').ok, false);
    assert.equal(quadletServiceName('web@.container', '').ok, false);
  });

  it('uses the user manager for the user search path', () => {
    assert.equal(quadletScope('/home/ann/.config/containers/systemd/web.container'), 'user');
    assert.equal(quadletScope('/etc/containers/systemd/users/web.container'), 'user');
    assert.equal(quadletScope('/run/user/1000/containers/systemd/web.container'), 'user');
    assert.equal(quadletScope('/srv/cfg/containers/systemd/web.container', { xdgConfigHome: '/srv/cfg' }), 'user');
    assert.equal(quadletScope('/etc/containers/systemd/web.container'), 'system');
    assert.equal(quadletScope('/usr/share/containers/systemd/web.container'), 'system');
  });
});

describe('Quadlet identity for the unit commands', () => {
  it('acts on the generated service, in the folder\'s manager, with the file\'s section', () => {
    const r = quadletIdentity('/home/ann/.config/containers/systemd/web.container', '[Container]\nImage=nginx\n');
    assert.ok(r && r.ok);
    assert.equal(r.identity.unitName, 'web.service');
    assert.equal(r.identity.scope, 'user');
    assert.equal(r.identity.quadletSection, 'Container');
    assert.equal(r.identity.template, false);
  });

  it('leaves networkd files and units alone, and honours a chosen manager', () => {
    assert.equal(quadletIdentity('/etc/systemd/network/10-eth.network', '[Match]\nName=eth0\n'), undefined);
    assert.equal(quadletIdentity('/etc/systemd/system/web.service', '[Service]\n'), undefined);
    const chosen = quadletIdentity('/etc/containers/systemd/db.volume', '[Volume]\n', { scope: 'user' });
    assert.ok(chosen && chosen.ok);
    assert.equal(chosen.identity.unitName, 'db-volume.service');
    assert.equal(chosen.identity.scope, 'user');
    assert.equal(chosen.identity.scopeFromPath, false);
  });

  it('refuses a drop-in, which has no service of its own', () => {
    const r = quadletIdentity('/etc/containers/systemd/web.container.d/10-env.conf', '[Container]\nEnvironment=A=1\n');
    assert.ok(r && !r.ok);
  });

  it('says why enable and disable are not run', () => {
    for (const a of ['enable', 'enable-now', 'disable']) assert.ok(QUADLET_REFUSED_ACTIONS.has(a));
    for (const a of ['start', 'stop', 'restart', 'status']) assert.ok(!QUADLET_REFUSED_ACTIONS.has(a));
    assert.match(quadletEnableAdvice('web.service'), /web\.service.*\[Install\]/s);
  });
});
