// Hover and completion write their own words in the translator's language: section and specifier
// docs, supervisor expansions, the facts under a directive, completion details, the manual's notes,
// signature help and inlay hint tooltips.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MarkupContent } from 'vscode-languageserver-types';
import { analyze } from '../../../server/src/analysis';
import { complete } from '../../../server/src/features/completion';
import { effectiveUnit } from '../../../server/src/features/dropins';
import { hover } from '../../../server/src/features/hover';
import { inlayHints } from '../../../server/src/features/inlayHints';
import { signatureHelp } from '../../../server/src/features/signatureHelp';
import { versionNotes } from '../../../server/src/features/manual/manualMarkdown';
import { translatorFor } from '../../../server/src/l10n/translator';
import { systemdSchema } from '../../../server/src/schema/systemd';
import { memoryUnitFiles } from '../../helpers/dropInFiles';
import { mark } from '../../helpers/markers';

const zh = translatorFor('zh-cn');

function hoverText(uri: string, source: string, language: string): string {
  const { text, cursor } = mark(source);
  const analyzed = analyze(uri, 1, text, language);
  assert.ok(analyzed);
  return (hover(analyzed, cursor, 252, undefined, {}, zh)?.contents as MarkupContent | undefined)?.value ?? '';
}

describe('hover and completion in Chinese', () => {
  it('describes a section, a specifier and a directive\'s facts in Chinese', () => {
    assert.match(hoverText('file:///etc/systemd/system/a.service', '[Ser$0vice]\n', 'systemd-unit'), /服务的进程如何启动、停止、重启以及沙盒化。\n\n\[手册\]/);
    assert.match(hoverText('file:///etc/systemd/system/a.service', '[Service]\nExecStart=/bin/echo %$0n\n', 'systemd-unit'),
      /\*\*%n\*\*: 完整单元名\n\n在此文件中：`a\.service`\n\n\[说明符\]/);
    const restart = hoverText('file:///etc/systemd/system/a.service', '[Service]\nRes$0tart=always\n', 'systemd-unit');
    assert.match(restart, /类型：服务重启/);
    assert.match(restart, /\| 值 \| 含义 \|/);
  });

  it('explains Exec prefixes, variables and time spans in Chinese', () => {
    const prefixes = hoverText('file:///etc/systemd/system/a.service', '[Service]\nExecStart=-$0@/bin/app app\n', 'systemd-unit');
    assert.match(prefixes, /程序前的前缀会改变 systemd 运行它的方式/);
    assert.match(prefixes, /\| 前缀 \| 此处 \| 作用 \|/);
    assert.match(prefixes, /\| `-` \| ✓ \| 失败的退出状态会被记录/);
    const variable = hoverText('file:///etc/systemd/system/a.service', '[Service]\nExecReload=/bin/kill -HUP $MAIN$0PID\n', 'systemd-unit');
    assert.match(variable, /由 systemd 设置：服务主进程的 PID/);
    assert.match(hoverText('file:///etc/systemd/system/a.service', '[Service]\nRestartSec=9$00\n', 'systemd-unit'), /systemd 把它读作 `1min 30s`（90,000,000 微秒）。不带单位的数字按秒计。/);
  });

  it('shows a timer\'s next elapses and notes in Chinese', () => {
    const text = hoverText('file:///etc/systemd/system/backup.timer', '[Timer]\nOnCalendar=dai$0ly\nPersistent=yes\n', 'systemd-unit');
    assert.match(text, /在 `\*-\*-\* 00:00:00`（systemd 的规范形式）启动 `backup\.service`。/);
    assert.match(text, /\| 接下来的到期时间（/);
    assert.match(text, /- `Persistent=yes`：机器关机期间错过的运行会在定时器再次启动后立即补上。/);
    const boot = hoverText('file:///etc/systemd/system/backup.timer', '[Timer]\nOnBootSec=1$05min\n', 'systemd-unit');
    assert.match(boot, /机器启动后 `15min` 启动 `backup\.service`。/);
  });

  it('names the service of a timer file without a name in Chinese', () => {
    const boot = hoverText('untitled:Untitled-1', '[Timer]\nOnUnitActiveSec=1$05min\n', 'systemd-unit');
    assert.match(boot, /^在 与此定时器同名的服务 上次启动后 `15min` 启动 与此定时器同名的服务，因此每次启动都会安排下一次/m);
    const calendar = hoverText('untitled:Untitled-1', '[Timer]\nOnCalendar=dai$0ly\n', 'systemd-unit');
    assert.match(calendar, /在 `\*-\*-\* 00:00:00`（systemd 的规范形式）启动 与此定时器同名的服务。/);
  });

  it('writes the comments of the merged unit in Chinese, and its lines as they are', () => {
    const E = '/etc/systemd/system';
    const files = {
      [`${E}/web.service.d/a.conf`]: '[Service]\nUser=a\n',
      [`/usr/lib/systemd/system/web.service.d/b.conf`]: '[Service]\nUser=b\n',
      [`${E}/web.service.d/b.conf`]: '[Service]\nGroup=g\n',
    };
    const a = analyze(`file://${E}/web.service.d/a.conf`, 1, files[`${E}/web.service.d/a.conf`]);
    assert.ok(a);
    const result = effectiveUnit(a, memoryUnitFiles(files), zh);
    assert.ok(result);
    const lines = result.text.split('\n');
    assert.equal(lines[0], '# systemd 加载的 web.service，由 2 个文件合并而成（不经 systemctl 读取）：');
    assert.ok(lines.includes('# 在工作区和主机的单元文件夹中都没有找到 web.service 的单元文件。'), result.text);
    assert.ok(lines.includes(`# 未读取：/usr/lib/systemd/system/web.service.d/b.conf（被先读取的文件夹中的同名文件 ${E}/web.service.d/b.conf 屏蔽）`), result.text);
    assert.equal(lines[lines.indexOf('Group=g') - 1], `# 来自 ${E}/web.service.d/b.conf:2`);
    assert.equal(lines[result.lines.find((l) => l.key === 'User')?.line ?? -1], 'User=a');
    const unit = { [`${E}/db.service`]: '[Service]\nExecStart=/bin/db\n' };
    const b = analyze(`file://${E}/db.service`, 1, unit[`${E}/db.service`]);
    assert.ok(b);
    assert.deepEqual(effectiveUnit(b, memoryUnitFiles(unit), zh)?.text.split('\n').slice(0, 2),
      ['# systemd 加载的 db.service，由 1 个文件合并而成（不经 systemctl 读取）：', `#   ${E}/db.service（单元文件）`]);
  });

  it('explains a supervisor expansion in Chinese', () => {
    const text = hoverText('file:///etc/supervisor/conf.d/a.conf', '[program:web]\ncommand=/bin/app %(prog$0ram_name)s\n', 'supervisor-conf');
    assert.match(text, /冒号后面的名称/);
    assert.match(text, /supervisord 读取 `command` 时会替换它。/);
  });

  it('gives completion details in Chinese, with the release note', () => {
    const { text, cursor } = mark('[Service]\nKillMode=$0\n');
    const analyzed = analyze('file:///etc/systemd/system/a.service', 1, text, 'systemd-unit');
    assert.ok(analyzed);
    const items = complete(analyzed, cursor, { version: 252, t: zh });
    assert.equal(items.find((i) => i.label === 'mixed')?.detail, '停止信号只发给主进程；之后的 SIGKILL 仍会发给 cgroup 中的每个进程。');
    const keys = mark('[Service]\n$0\n');
    const names = complete(analyze('file:///etc/systemd/system/a.service', 1, keys.text, 'systemd-unit')!, keys.cursor, { version: 235, t: zh });
    assert.equal(names.find((i) => i.label === 'KillMode')?.detail, '终止模式');
    assert.match(names.find((i) => i.label === 'ProtectClock')?.detail ?? '', /（systemd 235 中没有）$/);
    const after = mark('[Unit]\nAfter=$0\n');
    const units = complete(analyze('file:///etc/systemd/system/a.service', 1, after.text, 'systemd-unit')!, after.cursor, { version: 252, t: zh });
    assert.equal(units.find((i) => i.label === 'network.target')?.detail, 'systemd 的特殊单元');
  });

  it('writes the notes on another release than the manual\'s in Chinese', () => {
    const type = systemdSchema.directives.find((d) => d.name === 'Type' && d.placements.some((p) => p.section === 'Service'));
    assert.ok(type);
    assert.deepEqual(versionNotes(type, 'Service', 240, 252, zh), ['systemd 240 尚不接受的值：`notify-reload`（自 253 起）。']);
  });
});

describe('signature help and inlay hints in Chinese', () => {
  it('documents an Exec command line and a specifier hint in Chinese', () => {
    const { text, cursor } = mark('[Service]\nExecStart=/bin/app --port 80$0 ; /bin/b\n');
    const analyzed = analyze('file:///etc/systemd/system/web@.service', 1, text, 'systemd-unit');
    assert.ok(analyzed);
    const help = signatureHelp(analyzed, cursor, zh);
    const doc = (help?.signatures[0].documentation as MarkupContent).value;
    assert.match(doc, /此行 2 条命令中的第 1 条（由单独的 `;` 分隔）。/);
    assert.match(doc, /这一行不经过 shell 运行/);
    assert.match(doc, /光标位于 `\/bin\/app` 的 `argv\[2\]` 上。/);
    const hints = inlayHints(analyze('file:///etc/systemd/system/web.service', 1, '[Service]\nExecStart=/bin/echo %n\n', 'systemd-unit')!,
      { start: { line: 0, character: 0 }, end: { line: 5, character: 0 } }, { settings: { timeSpanHints: true, specifierHints: true }, version: 252, workspace: undefined, t: zh });
    assert.equal((hints[0]?.tooltip as MarkupContent | undefined)?.value, '`%n`: 完整单元名');
  });
});
