// The checker on tmpfiles.d and sysusers.d files: found in folders, reported like units (file:line:col,
// codes, --format json with 0-based ranges), exit 1 on an error and 0 on a clean file.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';

const CLI = resolve(__dirname, '../../dist/cli.js');

describe('daemon-config check on tmpfiles.d and sysusers.d', () => {
  let root: string;
  const run = (...args: string[]) => {
    const result = spawnSync(process.execPath, [CLI, 'check', ...args], { encoding: 'utf8', cwd: root });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'dc-lines-'));
    for (const folder of ['ok/tmpfiles.d', 'ok/sysusers.d', 'bad/tmpfiles.d', 'bad/sysusers.d']) mkdirSync(join(root, folder), { recursive: true });
    writeFileSync(join(root, 'ok/tmpfiles.d/app.conf'), '# runtime folder\nd /run/app 0755 root root 10d\n');
    writeFileSync(join(root, 'ok/sysusers.d/app.conf'), 'u app - "App daemon"\n');
    writeFileSync(join(root, 'bad/tmpfiles.d/app.conf'), 'd /run/app 0755\nd /run/b 0799 - - -\nk /run/c\n');
    writeFileSync(join(root, 'bad/sysusers.d/app.conf'), 'u app 65535\n');
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('passes clean files found in folders', () => {
    const { code, stdout, stderr } = run('ok');
    assert.equal(code, 0, stdout + stderr);
    assert.equal(stdout, '');
  });

  it('reports each bad line with its code, in text and in JSON', () => {
    const text = run('bad');
    assert.equal(text.code, 1);
    const lines = text.stdout.trim().split('\n').sort();
    assert.deepEqual(lines.map((l) => l.replace(/: .*\[/, ' [')), [
      'bad/sysusers.d/app.conf:1:7 [sysusers/bad-id]',
      'bad/tmpfiles.d/app.conf:2:10 [tmpfiles/bad-mode]',
      'bad/tmpfiles.d/app.conf:3:1 [tmpfiles/unknown-type]',
    ]);
    const json = JSON.parse(run('--format', 'json', 'bad/tmpfiles.d/app.conf').stdout) as { file: string; diagnostics: Diagnostic[] }[];
    assert.deepEqual(json[0].diagnostics.map((d) => [d.range.start.line, d.range.start.character, d.severity, d.code]),
      [[1, 9, 1, 'tmpfiles/bad-mode'], [2, 0, 1, 'tmpfiles/unknown-type']]);
  });

  it('writes its messages in Chinese when asked', () => {
    const { stdout } = run('--locale', 'zh-cn', 'bad/tmpfiles.d/app.conf');
    assert.match(stdout, /不是权限模式/);
    assert.match(stdout, /未知的行类型/);
  });
});
