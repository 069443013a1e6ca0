// Diagnostics leave the core translated: message, related information and quick-fix titles (the
// code actions are built from those), with anything a client could send back left alone.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { localizeDiagnostics } from '../../../server/src/l10n/localize';
import { english, translatorFor } from '../../../server/src/l10n/translator';
import { oversizeDiagnostic } from '../../../server/src/limits';

const at = { start: { line: 0, character: 0 }, end: { line: 0, character: 4 } };
const zh = translatorFor('zh-cn');

describe('localized diagnostics', () => {
  it('translates the message, related information and every fix title, keeping the rest', () => {
    const d: Diagnostic = {
      range: at, severity: 1, code: 'systemd/unknown-directive', source: 'daemon-config',
      message: 'Unknown directive \'Restrat\' in [Service]: systemd ignores it. Did you mean Restart?',
      relatedInformation: [{ location: { uri: 'file:///a.service', range: at }, message: 'Change to Restart' }],
      data: { fixes: [{ title: 'Change to Restart', edits: [], preferred: true }, 'not a fix'] },
    };
    const [out] = localizeDiagnostics([d], zh);
    assert.equal(out.message, '[Service] 中的未知指令“Restrat”：systemd 会忽略它。你是想写 Restart 吗？');
    assert.equal(out.relatedInformation?.[0].message, '改为 Restart');
    assert.deepEqual(out.data, { fixes: [{ title: '改为 Restart', edits: [], preferred: true }, 'not a fix'] });
    assert.deepEqual({ ...out, message: d.message, relatedInformation: d.relatedInformation, data: d.data }, d);
  });

  it('translates the notice of a file too large to analyse, sizes and all', () => {
    const [out] = localizeDiagnostics([oversizeDiagnostic(3_500_000)], zh);
    assert.match(out.message as string, /^此文件大小为 3\.4 MB，超过了 daemon-config 分析的上限 1 MB/);
  });

  it('returns English diagnostics untouched', () => {
    const list = [oversizeDiagnostic(3_500_000)];
    assert.equal(localizeDiagnostics(list, english), list);
  });
});

describe('drop-in texts', () => {
  it('translates what the drop-in checks and override hints write', () => {
    assert.equal(zh.message('web.service.d/override.conf:3 adds another ExecStart= to this one without clearing it first with an empty ExecStart=: '
      + 'a Type=simple service may have only one, so systemd refuses to load web.service.'),
    'web.service.d/override.conf:3 在这条 ExecStart= 之外又添加了一条，却没有先用空的 ExecStart= 清空：Type=simple 服务只能有一条，所以 systemd 会拒绝加载 web.service。');
    assert.equal(zh.message('In effect: the default, from /etc/systemd/system/web.service.d/x.conf:3'), '生效值：默认值，来自 /etc/systemd/system/web.service.d/x.conf:3');
    assert.equal(zh.message('→ reset by x.conf'), '→ 被 x.conf 重置');
  });
});
