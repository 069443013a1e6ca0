import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classify } from '../../server/src/classify/classify';

describe('classify', () => {
  it('takes the unit type from the extension', () => {
    assert.deepEqual(classify('file:///etc/systemd/system/nginx.service', ''), {
      dialect: 'systemd', unitType: 'service', unitName: 'nginx.service', dropIn: false, template: false, scope: 'system' });
    assert.equal(classify('file:///home/a/x.timer', '')?.dialect, 'systemd');
  });

  it('recognises drop-ins by their folder, and systemctl edit temporary files', () => {
    const kind = classify('file:///etc/systemd/system/nginx.service.d/override.conf', '');
    assert.deepEqual(kind, { dialect: 'systemd', unitType: 'service', unitName: 'nginx.service', dropIn: true, template: false, scope: 'system' });
    const temp = classify('file:///etc/systemd/system/getty%40.service.d/.%23override.conf3a1b2c', '');
    assert.equal(temp?.dialect === 'systemd' && temp.unitName, 'getty@.service');
  });

  it('recognises a top-level drop-in of a whole unit type (service.d/), which names no unit', () => {
    const kind = classify('file:///etc/systemd/system/service.d/10-limits.conf', '');
    assert.deepEqual(kind, { dialect: 'systemd', unitType: 'service', unitName: undefined, dropIn: true, template: false, scope: 'system' });
    assert.equal(classify('file:///srv/app/conf.d/x.conf', ''), undefined);
  });

  it('tells templates and user units', () => {
    const kind = classify('file:///home/ann/.config/systemd/user/sync@.service', '');
    assert.ok(kind?.dialect === 'systemd' && kind.template && kind.scope === 'user');
    const etcUser = classify('file:///etc/systemd/user/x.socket', '');
    assert.ok(etcUser?.dialect === 'systemd' && etcUser.scope === 'user');
  });

  it('knows every folder of the user search path, and a scope chosen by the user wins over the folder', () => {
    const scope = (uri: string, chosen?: 'system' | 'user') => {
      const kind = classify(uri, '', undefined, chosen);
      return kind?.dialect === 'systemd' ? kind.scope : undefined;
    };
    for (const dir of ['/etc/xdg/systemd/user', '/usr/share/systemd/user', '/usr/local/share/systemd/user', '/run/user/1000/systemd/user',
      '/run/user/1000/systemd/transient', '/home/ann/.config/systemd/user.control', '/srv/pkg/debian/tmp/usr/lib/systemd/user']) {
      assert.equal(scope(`file://${dir}/a.service`), 'user', dir);
    }
    for (const dir of ['/etc/systemd/system.control', '/run/systemd/transient', '/run/systemd/generator.late', '/usr/lib/systemd/system']) {
      assert.equal(scope(`file://${dir}/a.service`), 'system', dir);
    }
    assert.equal(scope('file:///srv/project/a.service'), 'unknown');
    assert.equal(scope('file:///srv/project/a.service', 'user'), 'user');
    assert.equal(scope('file:///home/ann/.config/systemd/user/a.service', 'system'), 'system');
    assert.equal(scope('file:///srv/project/a.service.d/x.conf', 'user'), 'user');
  });

  it('recognises supervisor configs by name and by content', () => {
    assert.deepEqual(classify('file:///etc/supervisor/supervisord.conf', '[supervisord]\n'), { dialect: 'supervisor', role: 'main' });
    assert.deepEqual(classify('file:///etc/supervisor/conf.d/web.conf', '[program:web]\n'), { dialect: 'supervisor', role: 'include' });
    assert.deepEqual(classify('file:///etc/supervisord.d/web.ini', ''), { dialect: 'supervisor', role: 'include' });
    assert.deepEqual(classify('file:///srv/app/deploy.conf', '; app\n[program:app]\ncommand=x\n'), { dialect: 'supervisor', role: 'include' });
  });

  it('leaves other .conf files alone, unless the editor says otherwise', () => {
    assert.equal(classify('file:///etc/nginx/nginx.conf', 'events {}\n'), undefined);
    assert.equal(classify('file:///srv/x.conf', '[Service]\nType=simple\n')?.dialect, 'systemd');
    assert.equal(classify('untitled:Untitled-1', '', 'systemd-unit')?.dialect, 'systemd');
  });
});
