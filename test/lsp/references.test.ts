// References and document highlight over stdio, in a temporary workspace folder: who names a unit
// in dependency and install values, drop-ins and `.wants/` links, a template's instances included;
// a supervisor program in its header and in [group:x] programs= across included files.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { DocumentHighlight, Location } from 'vscode-languageserver-types';
import { startServer, type LspSession } from '../helpers/lspClient';

const FILES: Record<string, string> = {
  'units/dc-db.service': '[Unit]\nDescription=database\n\n[Service]\nExecStart=/bin/true\n',
  'units/dc-web.service': '[Unit]\nAfter=network.target dc-db.service\nRequires=dc-db.service\n\n[Service]\nExecStart=/bin/true\n',
  'units/dc-backup.service': '[Unit]\nBindsTo=dc-db.service\nOnFailure=dc-alert@db.service\n\n[Service]\nExecStart=/bin/true\n',
  'units/dc-alert@.service': '[Service]\nExecStart=/bin/echo %i\n',
  'units/dc-report.service': '[Unit]\nWants=dc-alert@disk.service\nPartOf=dc-web.service\n\n[Service]\nExecStart=/bin/true\n[Install]\nAlso=dc-db.service\n',
  'units/dc-web.service.d/override.conf': '[Unit]\nWants=dc-db.service\n',
  'units/dc-app.target': '[Unit]\nDescription=app\n',
  'supervisor/supervisord.conf': '[supervisord]\nlogfile=/tmp/x.log\n\n[include]\nfiles = conf.d/*.conf\n\n[group:dc-site]\nprograms=dc-worker,dc-api\n',
  'supervisor/conf.d/worker.conf': '[program:dc-worker]\ncommand=/bin/cat\n',
  'supervisor/conf.d/api.conf': '[program:dc-api]\ncommand=/bin/cat\n',
};

describe('references and document highlight over LSP', { timeout: 60_000 }, () => {
  let server: LspSession;
  let root: string;
  const uri = (relative: string) => pathToFileURL(join(root, relative)).href;
  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'dc-'));
    for (const [relative, text] of Object.entries(FILES)) {
      mkdirSync(join(root, relative, '..'), { recursive: true });
      writeFileSync(join(root, relative), text);
    }
    mkdirSync(join(root, 'units/dc-app.target.wants'));
    symlinkSync('../dc-db.service', join(root, 'units/dc-app.target.wants/dc-db.service'));
    server = await startServer(undefined, {}, { rootUri: pathToFileURL(root).href });
  });
  after(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  const open = (relative: string, languageId = 'systemd-unit') => server.open(uri(relative), readFileSync(join(root, relative), 'utf8'), languageId);
  const where = (locations: Location[]) => locations.map((l) => `${l.uri.slice(pathToFileURL(root).href.length + 1)}:${l.range.start.line}:${l.range.start.character}-${l.range.end.character}`).sort();
  const refs = (relative: string, line: number, character: number, includeDeclaration: boolean) => server.request<Location[]>('textDocument/references',
    { textDocument: { uri: uri(relative) }, position: { line, character }, context: { includeDeclaration } });

  it('from a unit name in a value: every After=, Requires=, BindsTo=, Also=, drop-in and .wants/ link, and the declaration when asked', async () => {
    open('units/dc-web.service');
    const without = where(await refs('units/dc-web.service', 1, 'After=network.target dc-'.length, false));
    assert.deepEqual(without, [
      'units/dc-app.target.wants/dc-db.service:0:0-0',
      'units/dc-backup.service:1:8-21',
      'units/dc-report.service:7:5-18',
      'units/dc-web.service.d/override.conf:1:6-19',
      'units/dc-web.service:1:21-34',
      'units/dc-web.service:2:9-22',
    ]);
    const withDeclaration = where(await refs('units/dc-web.service', 2, 'Requires='.length + 2, true));
    assert.deepEqual(withDeclaration, [...without, 'units/dc-db.service:0:0-0'].sort());
  });

  it("from a unit's own file, on a section header: who refers to it", async () => {
    open('units/dc-db.service');
    const found = where(await refs('units/dc-db.service', 0, 2, false));
    assert.equal(found.length, 6, found.join(' '));
    assert.ok(found.includes('units/dc-report.service:7:5-18'));
    assert.deepEqual(await refs('units/dc-db.service', 4, 2, false), [], 'a key is not a unit name');
  });

  it("a template's references include its instances", async () => {
    open('units/dc-alert@.service');
    assert.deepEqual(where(await refs('units/dc-alert@.service', 0, 1, false)), ['units/dc-backup.service:2:10-29', 'units/dc-report.service:1:6-27']);
  });

  it('a supervisor program: its header and the group that lists it, across the included files', async () => {
    open('supervisor/conf.d/worker.conf', 'supervisor-conf');
    assert.deepEqual(where(await refs('supervisor/conf.d/worker.conf', 0, '[program:dc-w'.length, true)),
      ['supervisor/conf.d/worker.conf:0:9-18', 'supervisor/supervisord.conf:7:9-18']);
  });

  it('document highlight marks the name under the cursor wherever the document writes it', async () => {
    const text = '[Unit]\nAfter=dc-db.service\nRequires=dc-db.service dc-x.service\n';
    server.open(uri('units/dc-scratch.service'), text);
    const marks = await server.request<DocumentHighlight[]>('textDocument/documentHighlight', { textDocument: { uri: uri('units/dc-scratch.service') }, position: { line: 2, character: 11 } });
    assert.deepEqual(marks.map((m) => `${m.range.start.line}:${m.range.start.character}`), ['1:6', '2:9']);
    open('supervisor/supervisord.conf', 'supervisor-conf');
    const programs = await server.request<DocumentHighlight[]>('textDocument/documentHighlight', { textDocument: { uri: uri('supervisor/supervisord.conf') }, position: { line: 7, character: 'programs=dc-worker,dc-a'.length } });
    assert.deepEqual(programs.map((m) => `${m.range.start.line}:${m.range.start.character}-${m.range.end.character}`), ['7:19-25']);
  });
});
