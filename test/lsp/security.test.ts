// The exposure score in the editor: the CodeLens on [Service], the hover on its header with the checks
// that lose points, the code actions that add hardening directives (one, or the safe set), the
// setting that turns the lens off, and a drop-in taking part in the score.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, CodeLens, Hover, TextEdit } from 'vscode-languageserver-types';
import { memoryHost, startInProcess, type InProcessSession } from '../helpers/inProcessServer';

const URI = 'file:///deploy/web.service';
const UNIT = '[Unit]\nDescription=web\n\n[Service]\nExecStart=/usr/bin/web --data /var/lib/web\nProtectSystem=full\nPrivateNetwork=no\n\n[Install]\nWantedBy=multi-user.target\n';
const DROP_IN_UNIT = 'file:///deploy/api.service';
const files = { '/deploy/api.service.d/harden.conf': '[Service]\nDynamicUser=yes\n' };

/** The text after applying edits to one document (edits do not overlap). */
function applied(text: string, edits: TextEdit[]): string {
  const lines = text.split('\n');
  const offset = (l: number, c: number) => lines.slice(0, l).reduce((n, s) => n + s.length + 1, 0) + c;
  return [...edits].sort((a, b) => offset(b.range.start.line, b.range.start.character) - offset(a.range.start.line, a.range.start.character))
    .reduce((t, e) => t.slice(0, offset(e.range.start.line, e.range.start.character)) + e.newText + t.slice(offset(e.range.end.line, e.range.end.character)), text);
}

describe('exposure score in the editor', () => {
  let session: InProcessSession;
  before(async () => {
    session = await startInProcess(memoryHost({ files, systemdVersion: 252 }), { settings: { diagnosticsDelay: 0 } });
    const opened = session.diagnostics(URI);
    session.open(URI, UNIT, 'systemd-unit');
    await opened;
  });
  after(() => session.close());

  const lenses = (uri = URI) => session.client.sendRequest<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
  const actions = (line: number) => session.client.sendRequest<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri: URI }, range: { start: { line, character: 0 }, end: { line, character: 0 } }, context: { diagnostics: [] },
  });

  it('puts the score on the [Service] header as systemd-analyze security scores it', async () => {
    const [lens, ...rest] = await lenses();
    assert.equal(rest.length, 0);
    assert.equal(lens?.range.start.line, 3);
    assert.equal(lens?.command?.title, 'Exposure 9.5 UNSAFE');
    assert.deepEqual(lens?.command?.arguments, [URI, 3]);
    assert.equal(lens?.command?.command, 'daemonConfig.security.showChecks');
  });

  it('lists the checks that lose points in the hover of the header, heaviest first', async () => {
    const hover = await session.client.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: URI }, position: { line: 3, character: 2 } });
    const text = (hover?.contents as { value: string }).value;
    assert.match(text, /\*\*Exposure 9\.5 UNSAFE\*\*/);
    assert.match(text, /\| `PrivateNetwork=` \| Uses the host's network \| 0\.5 \|/);
    assert.match(text, /\| `ProtectSystem=` \| Can write to the file system outside \/usr, \/boot and \/etc \| 0\.1 \|/);
    assert.doesNotMatch(text, /KeyringMode=/, 'a passed check is not listed');
    assert.ok(text.indexOf('PrivateNetwork=') < text.indexOf('ProtectHostname='), 'heaviest first');
    const elsewhere = await session.client.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: URI }, position: { line: 1, character: 2 } });
    assert.doesNotMatch(JSON.stringify(elsewhere), /Exposure/);
  });

  it('offers the safe set and single directives inside [Service], none elsewhere', async () => {
    assert.deepEqual(await actions(8), []);
    const found = await actions(4);
    const titles = found.map((a) => a.title);
    assert.match(titles[0] ?? '', /^Add the safe set of hardening directives \(\d+ lines\)$/);
    assert.ok(titles.includes('Add NoNewPrivileges=yes'), titles.join('\n'));
    assert.ok(titles.includes('Add PrivateNetwork=yes'));
    assert.ok(found.length <= 21);
    const safe = applied(UNIT, found[0]?.edit?.changes?.[URI] ?? []);
    assert.match(safe, /PrivateNetwork=no\nNoNewPrivileges=yes\nPrivateTmp=yes\n/, 'added after the last entry of [Service]');
    assert.doesNotMatch(safe, /ProtectSystem=strict|StateDirectory=/, 'the unit chose ProtectSystem= itself');
    // One directive already in the file: its line is replaced.
    const network = found.find((a) => a.title === 'Add PrivateNetwork=yes');
    assert.match(applied(UNIT, network?.edit?.changes?.[URI] ?? []), /ProtectSystem=full\nPrivateNetwork=yes\n\n\[Install\]/);
  });

  it('offers no hardening when the client asks for quick fixes only or names a problem', async () => {
    const only = await session.client.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: URI }, range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }, context: { diagnostics: [], only: ['quickfix'] },
    });
    assert.deepEqual(only, []);
    // On a problem the client names, its fixes come alone.
    const named = await session.client.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: URI }, range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } },
      context: { diagnostics: [{ range: { start: { line: 4, character: 0 }, end: { line: 4, character: 1 } }, message: 'something else', code: 'x' }] },
    });
    assert.ok(!named.some((a) => a.title.startsWith('Add ')), named.map((a) => a.title).join('\n'));
  });

  it('scores a unit with its drop-in', async () => {
    const opened = session.diagnostics(DROP_IN_UNIT);
    session.open(DROP_IN_UNIT, '[Service]\nExecStart=/bin/true\n', 'systemd-unit');
    await opened;
    assert.equal((await lenses(DROP_IN_UNIT))[0]?.command?.title, 'Exposure 8.4 EXPOSED');
  });

  it('turns the lens off with daemonConfig.security.codeLens', async () => {
    await session.client.sendNotification('workspace/didChangeConfiguration', { settings: { daemonConfig: { security: { codeLens: false } } } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.deepEqual(await lenses(), []);
    await session.client.sendNotification('workspace/didChangeConfiguration', { settings: { daemonConfig: { security: { codeLens: true } } } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal((await lenses()).length, 1);
  });
});
