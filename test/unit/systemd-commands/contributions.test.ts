// package.json contributions of the systemd commands agree with what the code registers.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const root = join(__dirname, '..', '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const nls = JSON.parse(readFileSync(join(root, 'package.nls.json'), 'utf8'));
const nlsZh = JSON.parse(readFileSync(join(root, 'package.nls.zh-cn.json'), 'utf8'));
const source = ['index.ts', 'live.ts'].map((f) => readFileSync(join(root, 'client', 'src', 'commands', 'systemd', f), 'utf8')).join('\n');
const registered = new Set([...source.matchAll(/'(daemonConfig\.systemd\.[A-Za-z]+)'/g)].map((m) => m[1]));
registered.delete('daemonConfig.systemd.state'); // the status bar item's id, not a command

interface Command { command: string; title: string; category?: string }
interface MenuItem { command?: string; submenu?: string; when?: string; group?: string }
const commands: Command[] = pkg.contributes.commands.filter((c: Command) => c.command.startsWith('daemonConfig.systemd.'));

describe('systemd command contributions', () => {
  it('every registered command is contributed with category systemd and a translated title', () => {
    assert.deepEqual(new Set(commands.map((c) => c.command)), registered);
    for (const c of commands) {
      assert.equal(c.category, 'systemd', c.command);
      const key = /^%(.+)%$/.exec(c.title)?.[1];
      assert.ok(key && typeof nls[key] === 'string' && typeof nlsZh[key] === 'string', `${c.command}: ${c.title}`);
    }
  });

  it('the palette gates them on systemd unit (or Quadlet) editors in trusted workspaces', () => {
    const palette: MenuItem[] = pkg.contributes.menus.commandPalette.filter((m: MenuItem) => m.command?.startsWith('daemonConfig.systemd.'));
    assert.equal(palette.length, commands.length);
    // Quadlet files act through their generated service.
    for (const m of palette) assert.match(m.when ?? '', /^editorLangId =~ \/\^\(systemd-unit\|quadlet\)\$\/ && isWorkspaceTrusted/, m.command);
    const title: MenuItem[] = pkg.contributes.menus['editor/title'];
    assert.ok(title.some((m) => m.command === 'daemonConfig.systemd.restart' && /systemd-unit/.test(m.when ?? '')));
    const context: MenuItem[] = pkg.contributes.menus['editor/context'];
    assert.ok(context.some((m) => m.submenu === 'daemonConfig.systemd.submenu'));
  });

  it('settings naming executables or the privilege helper are machine-scoped', () => {
    const props: Record<string, { scope?: string; markdownDescription?: string }> = Object.assign(
      {}, ...pkg.contributes.configuration.map((c: { properties: object }) => c.properties),
    );
    for (const k of ['systemctlPath', 'journalctlPath', 'systemdAnalyzePath', 'networkctlPath', 'systemdTmpfilesPath', 'systemdSysusersPath', 'privilegeHelper']) {
      assert.equal(props[`daemonConfig.systemd.${k}`]?.scope, 'machine', k);
    }
    for (const [k, v] of Object.entries(props)) {
      if (!k.startsWith('daemonConfig.systemd.') || k === 'daemonConfig.systemd.version') continue;
      const key = /^%(.+)%$/.exec(v.markdownDescription ?? '')?.[1];
      assert.ok(key && nls[key] && nlsZh[key], k);
    }
  });
});
