// The bundled server over stdio in a hostile folder: neighbours that are FIFOs or /dev/zero, an
// [include] of devices, and globs that would expand without end. Diagnostics still come, and the
// server keeps answering.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { startServer, type LspSession } from '../helpers/lspClient';

/** Before these fixes the server hung on a FIFO or died of /dev/zero: a test then fails by this time. */
const LIMIT = { timeout: 60_000 };

function mkfifo(path: string): void {
  const made = spawnSync('mkfifo', [path]);
  assert.equal(made.status, 0, `mkfifo: ${made.stderr}`);
}

describe('language server in a folder of FIFOs, devices and huge globs', () => {
  let server: LspSession;
  let dir: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dc-'));
    server = await startServer();
  });
  after(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const answers = async () => {
    const hover = await server.request('textDocument/hover', { textDocument: { uri: 'file:///w/alive.service' }, position: { line: 1, character: 1 } });
    assert.ok(hover, 'the server answers a hover afterwards');
  };

  it('checks foo.service while foo.timer is a link to /dev/zero and foo.socket a FIFO', LIMIT, async () => {
    server.open('file:///w/alive.service', '[Service]\nExecStart=/bin/true\n');
    symlinkSync('/dev/zero', join(dir, 'foo.timer'));
    mkfifo(join(dir, 'foo.socket'));
    const uri = pathToFileURL(join(dir, 'foo.service')).href;
    const published = server.diagnostics(uri);
    server.open(uri, '[Service]\nExecStart=/bin/true\n');
    const diagnostics = await published;
    // Neither neighbour is a unit that could start the service, so the missing [Install] is reported.
    assert.ok(diagnostics.some((d) => d.code === 'systemd/no-install-section'), JSON.stringify(diagnostics));
    await answers();
  });

  it('checks a supervisord.conf whose [include] names /dev/zero and a FIFO', LIMIT, async () => {
    mkfifo(join(dir, 'pipe.conf'));
    const uri = pathToFileURL(join(dir, 'supervisord.conf')).href;
    const published = server.diagnostics(uri);
    server.open(uri, `[supervisord]\nlogfile=${dir}/s.log\n\n[include]\nfiles = /dev/zero ${dir}/pipe.conf\n`, 'supervisor-conf');
    const special = (await published).filter((d) => d.code === 'supervisor/include-not-regular');
    assert.deepEqual(special.map((d) => d.range.start.character), [8, 18]);
    await answers();
  });

  it('stops an [include] glob that matches too much, with a diagnostic on it', LIMIT, async () => {
    for (let a = 0; a < 30; a++) {
      for (let b = 0; b < 40; b++) {
        mkdirSync(join(dir, 'conf', `a${a}`, `b${b}`), { recursive: true });
        writeFileSync(join(dir, 'conf', `a${a}`, `b${b}`, 'p.conf'), `[program:p${a}_${b}]\ncommand=/bin/true\n`);
      }
    }
    const uri = pathToFileURL(join(dir, 'big', 'supervisord.conf')).href;
    mkdirSync(join(dir, 'big'));
    const published = server.diagnostics(uri);
    server.open(uri, `[supervisord]\nlogfile=${dir}/s.log\n\n[include]\nfiles = ../conf/*/*/*.conf\n`, 'supervisor-conf');
    const capped = (await published).filter((d) => d.code === 'supervisor/include-glob-capped');
    assert.equal(capped.length, 1);
    assert.deepEqual(capped[0].range, { start: { line: 4, character: 8 }, end: { line: 4, character: 26 } });
    assert.match(String(capped[0].message), /more than 1000 paths/);
    await answers();
  });
});
