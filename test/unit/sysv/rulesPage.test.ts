// Each SysV entry of docs/rules.md has an example that gets its code, checked as /etc/init.d/web.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { initScriptOf, sysvDiagnostics } from '../../../server/src/sysv';

const page = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'rules.md'), 'utf8');

describe('docs/rules.md, SysV init scripts', () => {
  const entries = [...page.matchAll(/^### (sysv\/[a-z-]+)\n[\s\S]*?Example \(`([^`]+)`\):\n\n```sh\n([\s\S]*?)```/gm)];

  it('has an example for each sysv code', () => {
    assert.ok(entries.length >= 15, `found ${entries.length}`);
  });

  it('gets the code of each entry from its example', () => {
    for (const [, code, path, text] of entries) {
      const script = initScriptOf(`file://${path}`, text);
      assert.ok(script, path);
      assert.ok(sysvDiagnostics(script).some((d) => d.code === code), `${code}: example does not show it`);
    }
  });
});
