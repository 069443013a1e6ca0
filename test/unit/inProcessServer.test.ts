// The core serves LSP in-process with a host made of plain objects: what it knows about files,
// unit folders and the systemd release comes only through that host.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CompletionItem, CompletionList, Hover } from 'vscode-languageserver-types';
import { memoryHost, startInProcess, type InProcessSession } from '../helpers/inProcessServer';

const labels = (result: CompletionItem[] | CompletionList | null) => (Array.isArray(result) ? result : result?.items ?? []).map((i) => i.label);

describe('the core in-process, over an in-memory connection', () => {
  let session: InProcessSession;
  before(async () => {
    session = await startInProcess(memoryHost({
      systemdVersion: 240,
      units: [{ name: 'memory-db.service', path: '/etc/systemd/system/memory-db.service', origin: 'host' }],
      files: { '/srv/app/conf.d/web.conf': '[program:web]\ncommand=/bin/true\n' },
    }));
  });
  after(() => session.close());

  it('takes the default systemd version from the host', () => {
    assert.ok(session.log.some((m) => m.includes('target systemd version defaults to 240 (the test host)')), session.log.join('\n'));
  });

  it('completes unit names from the host catalog and values of a directive', async () => {
    const uri = 'file:///srv/app/web.service';
    session.open(uri, '[Unit]\nAfter=\n[Service]\nRestart=\n', 'systemd-unit');
    const units = await session.client.sendRequest<CompletionList | CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: 1, character: 6 } });
    assert.ok(labels(units).includes('memory-db.service'), labels(units).join(', '));
    const values = await session.client.sendRequest<CompletionList | CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: 3, character: 8 } });
    assert.ok(labels(values).includes('on-failure'), labels(values).join(', '));
  });

  it('hovers a directive', async () => {
    const uri = 'file:///srv/app/hover.service';
    session.open(uri, '[Service]\nRestart=always\n', 'systemd-unit');
    const hover = await session.client.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 2 } });
    assert.match(JSON.stringify(hover?.contents), /Restart=/);
  });

  it('reports a directive newer than the host\'s systemd, and [include] patterns against the host\'s files', async () => {
    const unit = 'file:///srv/app/newer.service';
    const published = session.diagnostics(unit);
    session.open(unit, '[Service]\nExecStart=/bin/true\nOOMPolicy=stop\n', 'systemd-unit');
    const unitDiagnostics = await published;
    assert.ok(unitDiagnostics.some((d) => d.code === 'systemd/newer-than-target' && typeof d.message === 'string' && d.message.includes('systemd 240')), JSON.stringify(unitDiagnostics));

    const conf = 'file:///srv/app/supervisord.conf';
    const confPublished = session.diagnostics(conf);
    session.open(conf, '[supervisord]\n[include]\nfiles = conf.d/*.conf missing.d/*.conf\n', 'supervisor-conf');
    const confDiagnostics = (await confPublished).filter((d) => d.code === 'supervisor/include-no-match');
    assert.deepEqual(confDiagnostics.map((d) => d.message), ['No file matches /srv/app/missing.d/*.conf: supervisord skips this pattern with a warning.']);
  });
});
