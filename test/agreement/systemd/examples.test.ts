// The examples our hover shows, checked by systemd itself: each directive of systemd 252 that has an
// example is written into a unit of its own, and `systemd-analyze verify` (in batches, as users run
// it) must not refuse or ignore any example line.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { systemdSchema } from '../../../server/src/schema/systemd';
import { versionWithin } from '../../../server/src/schema/version';
import { runOracle } from './oracle';

const MACHINE = 252;
const SUFFIX: Readonly<Record<string, string>> = { Unit: 'service', Install: 'service', Service: 'service', Socket: 'socket', Timer: 'timer', Path: 'path', Slice: 'slice' };
// Enough for systemd to load a unit of each type, so that only the example line can draw a message.
const BODY: Readonly<Record<string, string>> = {
  service: '[Service]\nExecStart=/bin/true\n', socket: '[Socket]\nListenStream=127.0.0.1:9\n', timer: '[Timer]\nOnBootSec=1h\n',
  path: '[Path]\nPathExists=/etc/hostname\n', slice: '',
};

describe('hover examples against systemd-analyze verify', () => {
  const folder = mkdtempSync(join(tmpdir(), 'dc-ex-'));
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('has every example accepted by the machine\'s systemd', async () => {
    const files: string[] = [];
    const lineOf = new Map<string, string>();
    for (const d of systemdSchema.directives) {
      const placement = d.placements.find((p) => SUFFIX[p.section] && p.status === 'active' && versionWithin(MACHINE, p.since, p.until));
      if (d.example === undefined || !placement) continue;
      const suffix = SUFFIX[placement.section];
      const file = join(folder, `ex-${files.length}.${suffix}`);
      const line = `${d.name}=${d.example}`;
      // The example is always line 2 (index 1): in [Unit], or first in its own section after a one-line [Unit].
      const text = placement.section === 'Unit' ? `[Unit]\n${line}\n${BODY[suffix]}`
        : placement.section === 'Install' ? `[Install]\n${line}\n${BODY[suffix]}`
          : `[${placement.section}]\n${line}\n${BODY[suffix].split('\n').slice(1).join('\n')}`;
      writeFileSync(file, text);
      files.push(file);
      lineOf.set(file, line);
    }
    assert.ok(files.length > 200, `${files.length} examples`);
    const oracle = await runOracle(files);
    const refused = oracle.lines.filter((l) => l.kind === 'reject' && l.line === 1 && lineOf.has(l.file))
      .map((l) => `${lineOf.get(l.file)}: ${l.message}`);
    const other = oracle.lines.filter((l) => l.kind === 'reject' && l.line !== 1).length;
    process.stdout.write(`# ${files.length} examples verified, ${refused.length} refused, ${other} messages on other lines\n`);
    assert.deepEqual(refused, []);
  });
});
