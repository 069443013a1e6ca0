// `service NAME ACTION` for an open init script: the name taken from the file and checked, the argv
// built for execFile, and the contributions gated as the other host commands are.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { serviceArgv, serviceMutates, serviceTarget } from '../../../client/src/sysv/service';

const root = join(__dirname, '..', '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const nls = JSON.parse(readFileSync(join(root, 'package.nls.json'), 'utf8'));
const nlsZh = JSON.parse(readFileSync(join(root, 'package.nls.zh-cn.json'), 'utf8'));
const source = readFileSync(join(root, 'client', 'src', 'commands', 'sysv', 'index.ts'), 'utf8');

describe('service commands', () => {
  it('takes the service name from the script, and knows the installed one', () => {
    assert.deepEqual(serviceTarget('/etc/init.d/nginx'), { name: 'nginx', installed: true });
    assert.deepEqual(serviceTarget('/home/me/pkg/debian/nginx.init'), { name: 'nginx', installed: false });
    assert.deepEqual(serviceTarget('/srv/init.d/x11-common'), { name: 'x11-common', installed: false });
  });

  it('refuses names that are options, paths or not services', () => {
    for (const path of ['/etc/init.d/-rf', '/etc/init.d/a b', '/etc/init.d/.hidden', '/etc/init.d/$(x)', '/etc/init.d/a;b']) {
      assert.ok('reason' in serviceTarget(path), path);
    }
    assert.deepEqual(serviceTarget('/etc/init.d/README'), { reason: 'not-a-service', name: 'README' });
    assert.throws(() => serviceArgv('--help', 'start'));
  });

  it('builds the argv, and only status runs without root', () => {
    assert.deepEqual(serviceArgv('cron', 'restart'), ['service', 'cron', 'restart']);
    assert.equal(serviceMutates('status'), false);
    assert.equal(serviceMutates('stop'), true);
  });

  it('contributes each registered command with a category, translated title and a gate off the web', () => {
    const registered = new Set([...source.matchAll(/'(daemonConfig\.sysv\.[a-z]+)'/g)].map((m) => m[1]));
    const commands = pkg.contributes.commands.filter((c: { command: string }) => c.command.startsWith('daemonConfig.sysv.'));
    assert.deepEqual(new Set(commands.map((c: { command: string }) => c.command)), registered);
    for (const c of commands) {
      const key = /^%(.+)%$/.exec(c.title)?.[1];
      assert.ok(key && nls[key] && nlsZh[key], c.command);
      assert.equal(c.category, 'SysV init');
    }
    const palette = pkg.contributes.menus.commandPalette.filter((m: { command: string }) => m.command.startsWith('daemonConfig.sysv.'));
    assert.equal(palette.length, registered.size);
    for (const m of palette) assert.match(m.when, /editorLangId == shellscript.*init\\\.d.*!daemonConfig\.web/);
  });
});
