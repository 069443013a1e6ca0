// The server writes in the client's language (initialize `locale`): with zh-cn, hover on Type= and
// KillMode= (tables included), the diagnostic of Type=simpel and its quick fix are Chinese; with en
// or no locale, English.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, CompletionItem, Diagnostic, Hover, MarkupContent } from 'vscode-languageserver-types';
import { startServer, type LspSession } from '../helpers/lspClient';

const UNIT = '[Service]\nType=simpel\nKillMode=mixed\nExecStart=/usr/bin/app\n';
const HAN = /[\u4e00-\u9fff]/;

async function hoverAt(server: LspSession, uri: string, line: number, character: number): Promise<string> {
  const hover = await server.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line, character } });
  return (hover?.contents as MarkupContent | undefined)?.value ?? '';
}

/** What a user sees for UNIT: the Type= and KillMode= hovers, the Type=simpel error and its fixes. */
async function seen(server: LspSession, uri: string) {
  const published = server.diagnostics(uri);
  server.open(uri, UNIT);
  const diagnostic = (await published).find((d) => d.code === 'systemd/invalid-value') as Diagnostic;
  const actions = await server.request<CodeAction[]>('textDocument/codeAction',
    { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
  const completion = await server.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: 2, character: 9 } });
  return { type: await hoverAt(server, uri, 1, 1), killMode: await hoverAt(server, uri, 2, 1), diagnostic, actions, completion };
}

describe('the server speaks the client\'s language', () => {
  let chinese: LspSession;
  let english: LspSession;
  let none: LspSession;
  before(async () => {
    [chinese, english, none] = await Promise.all([startServer(undefined, {}, { locale: 'zh-cn' }), startServer(undefined, {}, { locale: 'en' }), startServer()]);
  });
  after(async () => { await Promise.all([chinese.close(), english.close(), none.close()]); });

  it('with zh-cn: hover with its value tables, the diagnostic and its quick fix are Chinese', async () => {
    const { type, killMode, diagnostic, actions, completion } = await seen(chinese, 'file:///w/zh.service');
    assert.match(type, /\| 值 \| 含义 \|/);
    assert.match(type, /\| `forking` \| 程序自行转入后台/);
    assert.match(type, /systemd 如何判断服务已完成启动/);
    assert.match(killMode, /\| `control-group` \| 停止时，单元 cgroup 中剩下的每个进程都会收到停止信号/);
    assert.match(killMode, /\[手册\]\(https:/);
    assert.doesNotMatch(type + killMode, /\| Value \| Meaning \||Started once/);
    assert.equal(diagnostic.message, '“simpel”不是有效的 Type= 值；应为以下之一：simple, forking, oneshot, dbus, notify, idle, exec。你是想写 simple 吗？');
    assert.equal(actions[0]?.title, '改为 simple');
    // A client that sends the diagnostic back without its data (ALE) gets the same fixes: the server kept what it sent.
    const bare = { code: diagnostic.code, message: diagnostic.message, range: diagnostic.range };
    const again = await chinese.request<CodeAction[]>('textDocument/codeAction',
      { textDocument: { uri: 'file:///w/zh.service' }, range: diagnostic.range, context: { diagnostics: [bare] } });
    assert.deepEqual(again.map((a) => a.title), actions.map((a) => a.title));
    const mixed = completion.find((item) => item.label === 'mixed');
    assert.ok(mixed?.detail && HAN.test(mixed.detail), JSON.stringify(mixed));
  });

  it('reads a locale that is not a string, or is not a language, as English', async () => {
    for (const locale of [42, 'x'.repeat(100_000), 'zh-TW'] as unknown as string[]) {
      const server = await startServer(undefined, {}, { locale });
      try {
        const { diagnostic } = await seen(server, 'file:///w/odd.service');
        assert.match(diagnostic.message as string, /Did you mean simple\?$/, String(locale).slice(0, 20));
      } finally {
        await server.close();
      }
    }
  });

  for (const [name, server] of [['en', () => english], ['no locale', () => none]] as const) {
    it(`with ${name}: all of it stays English`, async () => {
      const { type, killMode, diagnostic, actions, completion } = await seen(server(), `file:///w/${name.replace(' ', '-')}.service`);
      assert.match(type, /\| Value \| Meaning \|/);
      assert.match(killMode, /\| `mixed` \| The stop signal goes to the main process only/);
      assert.equal(diagnostic.message, '\'simpel\' is not a valid Type= value; expected one of: simple, forking, oneshot, dbus, notify, idle, exec. Did you mean simple?');
      assert.equal(actions[0]?.title, 'Change to simple');
      assert.doesNotMatch(type + killMode + diagnostic.message + JSON.stringify(completion), HAN);
    });
  }
});
