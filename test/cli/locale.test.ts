// The checker's messages in Simplified Chinese: asked with --locale, or read from LC_ALL/LC_MESSAGES/LANG;
// English otherwise. Severity words and codes stay English for tools that parse the output.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';

const CLI = resolve(__dirname, '../../dist/cli.js');
const dir = mkdtempSync(join(tmpdir(), 'dc-l10n-'));
const unit = join(dir, 'app.service');
writeFileSync(unit, '[Service]\nType=simpel\nExecStart=/usr/bin/app\n\n[Install]\nWantedBy=multi-user.target\n');
after(() => rmSync(dir, { recursive: true, force: true }));

const ZH = '“simpel”不是有效的 Type= 值；应为以下之一：simple, forking, oneshot, dbus, notify, idle, exec。你是想写 simple 吗？';
const EN = '\'simpel\' is not a valid Type= value; expected one of: simple, forking, oneshot, dbus, notify, idle, exec. Did you mean simple?';

/** Runs the checker with only the locale variables given (none from the machine running the tests). */
function run(env: Record<string, string>, ...args: string[]) {
  const { PATH = '', HOME = '' } = process.env;
  const result = spawnSync(process.execPath, [CLI, 'check', '--systemd-version', '252', ...args, unit], { encoding: 'utf8', env: { PATH, HOME, ...env }, timeout: 30_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('daemon-config check in Simplified Chinese', () => {
  it('--locale zh-cn writes the messages and the summary in Chinese, keeping severity and code', () => {
    const { code, stdout, stderr } = run({ LANG: 'en_US.UTF-8' }, '--locale', 'zh-cn');
    assert.equal(code, 1);
    assert.equal(stdout, `${unit}:2:6: error: ${ZH} [systemd/invalid-value]\n`);
    assert.equal(stderr.trim(), '已检查 1 个文件：1 个错误，0 个警告，0 条信息');
  });

  it('LANG=zh_CN.UTF-8 alone is enough, for text and JSON; LC_ALL overrides it', () => {
    assert.match(run({ LANG: 'zh_CN.UTF-8' }).stdout, new RegExp(`error: ${ZH.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    const json = JSON.parse(run({ LANG: 'zh_CN.UTF-8' }, '--format', 'json').stdout) as { diagnostics: Diagnostic[] }[];
    assert.equal(json[0].diagnostics[0].message, ZH);
    assert.match(run({ LANG: 'zh_CN.UTF-8', LC_ALL: 'C' }).stdout, /Did you mean simple\?/);
  });

  it('stays English without a Chinese locale, and --locale en wins over LANG', () => {
    assert.equal(run({}).stdout, `${unit}:2:6: error: ${EN} [systemd/invalid-value]\n`);
    assert.match(run({ LANG: 'zh_CN.UTF-8' }, '--locale', 'en').stdout, /Did you mean simple\?/);
  });

  it('refuses a --locale that is not a language tag', () => {
    const { code, stderr } = run({}, '--locale', '../../etc');
    assert.equal(code, 2);
    assert.match(stderr, /--locale takes a language tag such as en or zh-cn/);
  });
});
