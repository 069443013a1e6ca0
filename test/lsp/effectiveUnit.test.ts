// Drop-ins merged with their unit over stdio: daemonConfig/effectiveUnit, the ExecStart= checks made
// with the unit and its other drop-ins, and the override inlay hints. The files live in a private
// temporary workspace; dc-marker-* names make each answer traceable to its file.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { InlayHint } from 'vscode-languageserver-types';
import type { EffectiveUnitResult } from '../../server/src/features/dropins/protocol';
import { startServer, type LspSession } from '../helpers/lspClient';

const UNIT = '[Unit]\nDescription=dc-marker-unit\n[Service]\nType=simple\nExecStart=/usr/bin/dc-marker-web\n';
const ADDS = '[Service]\nEnvironment=PORT=8080\nExecStart=/usr/bin/dc-marker-web --port 8080\n';
const PREFIX = '[Service]\nType=notify\n';

describe('drop-ins merged with their unit over LSP', { timeout: 60_000 }, () => {
  let server: LspSession;
  let root: string;
  const write = (rel: string, text: string): string => {
    const file = join(root, rel);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    return file;
  };
  const uriOf = (file: string) => pathToFileURL(file).href;
  let unit: string;
  let adds: string;
  let prefix: string;

  before(async () => {
    root = realpathSync(mkdtempSync(join(tmpdir(), 'dc-')));
    unit = write('deploy/dc-marker-web.service', UNIT);
    adds = write('deploy/dc-marker-web.service.d/10-port.conf', ADDS);
    prefix = write('deploy/dc-marker-.service.d/20-notify.conf', PREFIX);
    write('deploy/dc-marker-ghost.service.d/override.conf', ADDS);
    server = await startServer({ settings: { systemd: { version: 252 }, diagnosticsDelay: 0, inlayHints: { dropInOverrides: true, timeSpans: false } } },
      {}, { rootUri: uriOf(root) });
  });
  after(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('answers daemonConfig/effectiveUnit with the merged unit, each line with its file', async () => {
    const result = await server.request<EffectiveUnitResult>('daemonConfig/effectiveUnit', { textDocument: { uri: uriOf(unit) } });
    assert.equal(result.unit, 'dc-marker-web.service');
    assert.deepEqual(result.files.map((f) => [f.path, f.role]), [[unit, 'unit'], [adds, 'drop-in'], [prefix, 'drop-in']]);
    const lines = result.text.split('\n');
    assert.equal(lines[lines.indexOf('Type=notify') - 1], `# from ${prefix}:2`);
    assert.equal(lines[lines.indexOf('ExecStart=/usr/bin/dc-marker-web --port 8080') - 1], `# from ${adds}:3`);
    assert.ok(lines.includes('Description=dc-marker-unit') && lines.includes('ExecStart=/usr/bin/dc-marker-web'));
    const fromDropIn = await server.request<EffectiveUnitResult>('daemonConfig/effectiveUnit', { textDocument: { uri: uriOf(prefix) } });
    assert.equal(fromDropIn.unit, 'dc-marker-web.service');
    assert.equal(await server.request('daemonConfig/effectiveUnit', { textDocument: { uri: uriOf(join(root, 'nothing.txt')) } }), null);
  });

  it('reports the drop-in that adds ExecStart= without clearing it, pointing at the unit', async () => {
    const diagnostics = server.diagnostics(uriOf(adds));
    server.open(uriOf(adds), ADDS);
    const found = (await diagnostics).filter((d) => d.code === 'systemd/several-execstart');
    assert.equal(found.length, 1, JSON.stringify(await diagnostics));
    assert.equal(found[0].range.start.line, 2);
    assert.match(String(found[0].message), /dc-marker-web\.service:5 sets one already/);
    assert.equal(found[0].relatedInformation?.[0].location.uri, uriOf(unit));
  });

  it('re-checks the unit with the drop-in as it is being edited', async () => {
    const first = server.diagnostics(uriOf(unit));
    server.open(uriOf(unit), UNIT);
    assert.equal((await first).filter((d) => d.code === 'systemd/several-execstart').length, 1);
    // The drop-in now clears the list first: the unit is fine.
    const after = server.diagnostics(uriOf(unit));
    server.change(uriOf(adds), 2, [{ text: `[Service]\nExecStart=\n${ADDS.slice('[Service]\n'.length)}` }]);
    assert.deepEqual((await after).filter((d) => String(d.code).includes('execstart')), []);
  });

  it('checks the open unit again when a drop-in changes on disk', async () => {
    const extra = write('deploy/dc-marker-web.service.d/30-extra.conf', '[Service]\nExecStart=/usr/bin/dc-marker-extra\n');
    const changed = (type: number) => server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(extra), type }] });
    try {
      const again = server.diagnostics(uriOf(unit));
      await changed(1);
      const found = (await again).filter((d) => d.code === 'systemd/several-execstart');
      assert.equal(found.length, 1, JSON.stringify(found));
      assert.match(String(found[0].message), /30-extra\.conf/);
    } finally {
      rmSync(extra);
      const cleared = server.diagnostics(uriOf(unit));
      await changed(3);
      assert.deepEqual((await cleared).filter((d) => String(d.code).includes('execstart')), []);
    }
  });

  it('checks a drop-in of a unit it cannot find alone, as before', async () => {
    const uri = uriOf(join(root, 'deploy/dc-marker-ghost.service.d/override.conf'));
    const diagnostics = server.diagnostics(uri);
    server.open(uri, ADDS);
    assert.deepEqual((await diagnostics).filter((d) => String(d.code).includes('execstart')), []);
  });

  it('shows the value a drop-in puts in effect as an inlay hint on the unit', async () => {
    const hints = await server.request<InlayHint[]>('textDocument/inlayHint',
      { textDocument: { uri: uriOf(unit) }, range: { start: { line: 0, character: 0 }, end: { line: 9, character: 0 } } });
    assert.deepEqual(hints.map((h) => [h.position.line, h.label]), [[3, '→ notify (dc-marker-.service.d/20-notify.conf)'],
      [4, '→ /usr/bin/dc-marker-web --port 8080 (dc-marker-web.service.d/10-port.conf)']]);
  });

  it('shows no override hints when the setting is left at its default', async () => {
    const plain = await startServer({ settings: { diagnosticsDelay: 0, inlayHints: { timeSpans: false } } }, {}, { rootUri: uriOf(root) });
    try {
      plain.open(uriOf(unit), UNIT);
      const hints = await plain.request<InlayHint[]>('textDocument/inlayHint',
        { textDocument: { uri: uriOf(unit) }, range: { start: { line: 0, character: 0 }, end: { line: 9, character: 0 } } });
      assert.deepEqual(hints, []);
    } finally {
      await plain.close();
    }
  });
});
