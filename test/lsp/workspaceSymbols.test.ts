// workspace/symbol over stdio, in a temporary workspace: its units with their type, the programs,
// groups and event listeners of its supervisor configs, and the supervisor sockets; a fuzzy query.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { SymbolKind, type SymbolInformation } from 'vscode-languageserver-types';
import { startServer, type LspSession } from '../helpers/lspClient';

const FILES: Record<string, string> = {
  'units/dc-db.service': '[Service]\nExecStart=/bin/true\n',
  'units/dc-db.socket': '[Socket]\nListenStream=/run/dc-db.sock\n',
  'units/nightly.timer': '[Timer]\nOnCalendar=daily\n',
  'supervisord.conf': '[supervisord]\nlogfile=/tmp/x.log\n\n[unix_http_server]\nfile=/tmp/dc-supervisor.sock\n\n[include]\nfiles = conf.d/*.conf\n\n[group:dc-site]\nprograms=dc-worker\n',
  'conf.d/worker.conf': '[program:dc-worker]\ncommand=/bin/cat\n\n[eventlistener:dc-watch]\ncommand=/bin/cat\nevents=PROCESS_STATE\n',
  'notes/readme.conf': 'not a config of either kind\n',
};

const KIND_NAMES = new Map<number, string>(Object.entries(SymbolKind).map(([name, kind]) => [kind as number, name]));

describe('workspace symbols over LSP', { timeout: 60_000 }, () => {
  let server: LspSession;
  let root: string;
  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'dc-'));
    for (const [relative, text] of Object.entries(FILES)) {
      mkdirSync(join(root, relative, '..'), { recursive: true });
      writeFileSync(join(root, relative), text);
    }
    server = await startServer(undefined, {}, { rootUri: pathToFileURL(root).href });
  });
  after(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  const symbols = (query: string) => server.request<SymbolInformation[]>('workspace/symbol', { query });
  const lines = (list: SymbolInformation[]) => list.map((s) => `${s.name} ${KIND_NAMES.get(s.kind) ?? s.kind} ${s.containerName ?? ''}`).sort();

  it('lists every unit, program, group, listener and socket of the workspace, nothing of the host', async () => {
    assert.deepEqual(lines(await symbols('')), [
      '/tmp/dc-supervisor.sock Interface supervisor [unix_http_server] · supervisord.conf',
      'dc-db.service Class systemd service · units',
      'dc-db.socket Interface systemd socket · units',
      'dc-site Namespace supervisor group · supervisord.conf',
      'dc-watch Event supervisor eventlistener · worker.conf',
      'dc-worker Function supervisor program in group dc-site · worker.conf',
      'nightly.timer Event systemd timer · units',
    ]);
    const worker = (await symbols('dc-worker'))[0];
    assert.equal(worker.location.uri, pathToFileURL(join(root, 'conf.d/worker.conf')).href);
    assert.equal(worker.location.range.start.line, 0);
  });

  it('filters by a fuzzy query, the closest matches first', async () => {
    assert.deepEqual((await symbols('dbsock')).map((s) => s.name), ['dc-db.socket']);
    assert.deepEqual((await symbols('DCW')).map((s) => s.name), ['dc-watch', 'dc-worker']);
    assert.deepEqual((await symbols('zzz')), []);
  });
});
