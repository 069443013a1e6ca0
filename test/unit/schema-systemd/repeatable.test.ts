// "May be repeated" must say what systemd does with a second line: add to the list, or replace.
// The [Install] settings are checked against the real systemctl (`--root` needs no running
// systemd): a template enabled with two lines of each setting links both values, or only the last.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { systemdSchema } from '../../../server/src/schema/systemd';

const repeatable = (name: string) => systemdSchema.directives.find((d) => d.name === name)?.repeatable;

/** Every symlink name below `dir`, with the folder it sits in. */
function links(dir: string, under = ''): string[] {
  return readdirSync(join(dir, under), { withFileTypes: true }).flatMap((e) => {
    const rel = under ? `${under}/${e.name}` : e.name;
    if (e.isSymbolicLink()) return [rel];
    return e.isDirectory() ? links(dir, rel) : [];
  });
}

describe('repeatable flags', () => {
  it('single-valued settings whose parser keeps the last value', () => {
    for (const name of ['DefaultInstance', 'FileDescriptorName', 'RootImagePolicy', 'Description', 'Type']) assert.equal(repeatable(name), false, name);
    for (const name of ['WantedBy', 'Alias', 'ExecStartPre', 'Environment', 'After', 'ExecSearchPath']) assert.equal(repeatable(name), true, name);
  });

  it('agrees with systemctl enable on the [Install] settings', (t) => {
    try { execFileSync('systemctl', ['--version'], { stdio: 'ignore' }); } catch { t.skip('systemctl is not installed'); return; }
    const cases: [string, string, string, (found: string[]) => number][] = [
      ['WantedBy', 'a.target', 'b.target', (found) => found.filter((l) => /^[ab]\.target\.wants\//.test(l)).length],
      ['RequiredBy', 'a.target', 'b.target', (found) => found.filter((l) => /^[ab]\.target\.requires\//.test(l)).length],
      ['Alias', 'one@.service', 'two@.service', (found) => found.filter((l) => /^(one|two)@/.test(l)).length],
      ['DefaultInstance', 'first', 'second', (found) => found.filter((l) => /probe@(first|second)\.service$/.test(l)).length],
    ];
    for (const [name, first, second, count] of cases) {
      const root = mkdtempSync(join(tmpdir(), 'dc-'));
      try {
        const dir = join(root, 'etc/systemd/system');
        mkdirSync(dir, { recursive: true });
        const install = name === 'DefaultInstance' ? 'WantedBy=multi-user.target\n' : '';
        writeFileSync(join(dir, 'probe@.service'), `[Service]\nExecStart=/bin/true\n[Install]\n${install}${name}=${first}\n${name}=${second}\n` +
          (name === 'DefaultInstance' ? '' : 'DefaultInstance=x\n'));
        execFileSync('systemctl', [`--root=${root}`, 'enable', 'probe@.service'], { stdio: 'ignore' });
        const kept = count(links(dir));
        assert.equal(kept === 2, repeatable(name), `${name}: systemctl kept ${kept} of two values; the schema says repeatable=${String(repeatable(name))}`);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    }
  });
});
