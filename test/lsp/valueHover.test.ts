import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Hover, MarkupContent } from 'vscode-languageserver-types';
import { mark } from '../helpers/markers';
import { startServer, type LspSession } from '../helpers/lspClient';

describe('hover on values over stdio', () => {
  let root: string;
  let server: LspSession;
  let opened = 0;
  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'dc-'));
    writeFileSync(join(root, 'db.service'), '[Unit]\nDescription=Database for %N\n[Service]\nExecStart=/usr/bin/db\n');
    server = await startServer(undefined, {}, { rootUri: pathToFileURL(root).href });
  });
  after(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });
  const hoverOn = async (name: string, source: string, languageId?: string) => {
    const { text, cursor, ranges } = mark(source);
    const uri = pathToFileURL(join(root, `${opened++}`, name)).href;
    server.open(uri, text, languageId);
    const found = await server.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: cursor });
    return { text: (found?.contents as MarkupContent | undefined)?.value ?? '', range: found?.range, expected: ranges[0] };
  };

  it('a unit name shows the description of its file in the workspace', async () => {
    const { text, range, expected } = await hoverOn('web.service', '[Unit]\nAfter=<<d$0b.service>>\n');
    assert.deepEqual(range, expected);
    assert.match(text, /^\*\*db\.service\*\*\n\nDatabase for db\n\nIn the workspace: `[^`]*db\.service`$/);
  });

  it('a specifier shows its value for this file', async () => {
    const { text, range, expected } = await hoverOn('api@eu.service', '[Service]\nExecStart=/usr/bin/api --region <<%$0i>>\n');
    assert.deepEqual(range, expected);
    assert.match(text, /In this file: `eu`/);
  });

  it('the Exec prefixes, $MAINPID and a time span', async () => {
    assert.match((await hoverOn('a.service', '[Service]\nExecStart=$0-/usr/bin/a\n')).text, /\| `-` \| ✓ \|/);
    assert.match((await hoverOn('a.service', '[Service]\nExecStop=/bin/kill $MAIN$0PID\n')).text, /Set by systemd/);
    assert.match((await hoverOn('a.service', '[Service]\nTimeoutSec=9$000\n')).text, /`15min`/);
  });

  it('a supervisor expansion shows its value in the section', async () => {
    const { text, range, expected } = await hoverOn('w.conf', '[program:w]\ncommand=/usr/bin/w <<%(program_n$0ame)s>>\n', 'supervisor-conf');
    assert.deepEqual(range, expected);
    assert.match(text, /In \[program:w\]: `w`/);
  });
});
