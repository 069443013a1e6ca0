// The browser server's host sees only open documents: unit names and links come from them (with
// their own URIs, which are not file: ones on vscode.dev), and checks that would need the disk
// stay quiet instead of calling files missing.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CompletionItem, CompletionList, Location } from 'vscode-languageserver-types';
import { browserHost } from '../../../server/src/host/browserHost';
import { startInProcess, type InProcessSession } from '../../helpers/inProcessServer';

const ROOT = 'vscode-test-web://mount/project';

describe('browserHost', () => {
  let session: InProcessSession;
  before(async () => {
    session = await startInProcess(browserHost());
  });
  after(() => session.close());

  it('defaults to the newest known systemd, saying there is no systemctl', () => {
    assert.ok(session.log.some((m) => /target systemd version defaults to \d+ \(no systemctl on the web\)/.test(m)), session.log.join('\n'));
  });

  it('offers and links the units of open documents by their own URIs', async () => {
    session.open(`${ROOT}/db.service`, '[Service]\nExecStart=/bin/true\n', 'systemd-unit');
    const web = `${ROOT}/web.service`;
    session.open(web, '[Unit]\nAfter=db.service\nWants=\n', 'systemd-unit');
    const result = await session.client.sendRequest<CompletionItem[] | CompletionList>('textDocument/completion', { textDocument: { uri: web }, position: { line: 2, character: 6 } });
    const labels = (Array.isArray(result) ? result : result.items).map((i) => i.label);
    assert.ok(labels.includes('db.service'), labels.join(', '));
    const target = await session.client.sendRequest<Location | null>('textDocument/definition', { textDocument: { uri: web }, position: { line: 1, character: 8 } });
    assert.equal(target?.uri, `${ROOT}/db.service`);
  });

  it('does not call [include] files missing that it cannot see', async () => {
    const conf = `${ROOT}/supervisord.conf`;
    const published = session.diagnostics(conf);
    session.open(conf, '[supervisord]\n[include]\nfiles = conf.d/*.conf\n', 'supervisor-conf');
    assert.deepEqual((await published).filter((d) => String(d.code).startsWith('supervisor/include')), []);
  });
});
