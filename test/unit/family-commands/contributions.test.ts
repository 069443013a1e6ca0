// package.json contributions of the networkd, tmpfiles.d and sysusers.d commands agree with the code.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const root = join(__dirname, '..', '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const nls = JSON.parse(readFileSync(join(root, 'package.nls.json'), 'utf8'));
const nlsZh = JSON.parse(readFileSync(join(root, 'package.nls.zh-cn.json'), 'utf8'));
const source = readFileSync(join(root, 'client', 'src', 'commands', 'systemd', 'families.ts'), 'utf8');
const registered = new Set([...source.matchAll(/'(daemonConfig\.(?:networkd|tmpfiles|sysusers)\.[A-Za-z]+)'/g)].map((m) => m[1]));

interface MenuItem { command?: string; when?: string }
const WHEN: Record<string, RegExp> = {
  networkd: /^editorLangId == systemd-networkd && resourceScheme == file/,
  tmpfiles: /^editorLangId == systemd-tmpfiles && resourceScheme == file/,
  sysusers: /^editorLangId == systemd-sysusers && resourceScheme == file/,
};

describe('family command contributions', () => {
  it('every registered command is contributed with a title in English and Chinese', () => {
    assert.equal(registered.size, 4);
    const contributed = pkg.contributes.commands.filter((c: { command: string }) => registered.has(c.command));
    assert.equal(contributed.length, registered.size);
    for (const c of contributed) {
      const key = /^%(.+)%$/.exec(c.title)?.[1];
      assert.ok(key && typeof nls[key] === 'string' && typeof nlsZh[key] === 'string' && nls[key] !== nlsZh[key], c.command);
    }
  });

  it('the palette shows each only for its files, in trusted desktop workspaces', () => {
    for (const id of registered) {
      const item = (pkg.contributes.menus.commandPalette as MenuItem[]).find((m) => m.command === id);
      assert.ok(item, id);
      assert.match(item.when ?? '', WHEN[id.split('.')[1]], id);
      assert.match(item.when ?? '', /isWorkspaceTrusted && !daemonConfig\.web$/, id);
    }
  });

  it('Quadlet files in quadlet folders open as Quadlet files', () => {
    const patterns: string[] = pkg.contributes.languages.find((l: { id: string }) => l.id === 'quadlet').filenamePatterns;
    assert.ok(patterns.some((p) => p.startsWith('**/containers/systemd/') && p.includes('container,volume,network,kube,pod,image,build')));
  });

  it('the context menu shows each in the systemd submenu for its files, and the unit commands only for units and Quadlet files', () => {
    const submenu = pkg.contributes.menus['daemonConfig.systemd.submenu'] as MenuItem[];
    for (const id of registered) assert.match(submenu.find((m) => m.command === id)?.when ?? '', WHEN[id.split('.')[1]], id);
    for (const m of submenu.filter((m) => m.command?.startsWith('daemonConfig.systemd.'))) assert.equal(m.when, 'editorLangId =~ /^(systemd-unit|quadlet)$/', m.command);
    const context = (pkg.contributes.menus['editor/context'] as (MenuItem & { submenu?: string })[]).find((m) => m.submenu === 'daemonConfig.systemd.submenu');
    for (const language of ['systemd-unit', 'quadlet', 'systemd-networkd', 'systemd-tmpfiles', 'systemd-sysusers']) assert.ok(context?.when?.includes(language), language);
  });
});
