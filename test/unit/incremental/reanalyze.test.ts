// Incremental analysis on chosen edits: the parse and the diagnostics equal a full analysis, and the
// re-parsed lines stay few. (test/fuzz/incremental.test.ts does the same on random edits.)
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, reanalyze, type AnalyzedDocument } from '../../../server/src/analysis';
import { computeDiagnostics, type FindingsMemo } from '../../../server/src/features/diagnostics';

const settings = { systemdVersion: 252 };
const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

/** Applies `edit` (a function of the text) to a file analysed once, and compares with a fresh analysis. */
function edited(uri: string, before: string, edit: (text: string) => string) {
  const first = analyze(uri, 1, before) as AnalyzedDocument;
  const memo: FindingsMemo = {};
  const beforeDiagnostics = computeDiagnostics(first, settings, undefined, undefined, memo);
  const after = edit(before);
  const next = reanalyze(first, 2, after) as AnalyzedDocument;
  const fresh = analyze(uri, 2, after) as AnalyzedDocument;
  assert.ok(next.edit, 'analysed from the previous version');
  assert.deepEqual(plain(next.doc), plain(fresh.doc));
  const carried = computeDiagnostics(next, settings, undefined, undefined, memo);
  assert.deepEqual(plain(carried), plain(computeDiagnostics(fresh, settings)));
  return { edit: next.edit, before: beforeDiagnostics, after: carried };
}

const codes = (list: { code?: unknown }[]) => list.map((d) => String(d.code));

/** A [Service] section of `n` lines of valid settings. */
function bigService(n: number): string {
  const lines = ['[Unit]', 'Description=big', '', '[Service]', 'ExecStart=/bin/true'];
  for (let i = 0; lines.length < n; i++) lines.push(`Environment=VAR_${i}=${i}`);
  return lines.join('\n') + '\n\n[Install]\nWantedBy=multi-user.target\n';
}

describe('incremental analysis of chosen edits', () => {
  it('re-parses a few lines for a keystroke in the middle of a 5,000-line section', () => {
    const { edit } = edited('file:///u/big.service', bigService(5000), (t) => t.replace('VAR_2500=2500', 'VAR_2500=25007'));
    assert.ok(edit.oldEnd - edit.from <= 3, JSON.stringify({ ...edit, previous: undefined }));
  });

  it('moves the lines below a line break and keeps them in their section', () => {
    edited('file:///u/big.service', bigService(300), (t) => t.replace('VAR_100=100\n', 'VAR_100=100\n\n'));
    edited('file:///u/big.service', bigService(300), (t) => t.replace('VAR_100=100\nEnvironment=VAR_101=101\n', 'VAR_100=100 Environment=VAR_101=101\n'));
  });

  it('follows a backslash that makes the next lines a continuation, and one removed again', () => {
    const text = '[Service]\nExecStart=/bin/echo one\nUser=nobody\n# note\nGroup=nogroup\n';
    edited('file:///u/a.service', text, (t) => t.replace('one\n', 'one \\\n'));
    edited('file:///u/a.service', text.replace('one\n', 'one \\\n'), (t) => t.replace('one \\\n', 'one\n'));
  });

  it('moves the entries below a new header into the new section, and back when it goes', () => {
    const text = bigService(60);
    const { after } = edited('file:///u/big.service', text, (t) => t.replace('VAR_20=20\n', 'VAR_20=20\n[Install]\n'));
    assert.ok(codes(after).includes('systemd/wrong-section'), 'Environment= below [Install] is misplaced');
    edited('file:///u/big.service', text.replace('VAR_20=20\n', 'VAR_20=20\n[Install]\n'), (t) => t.replace('[Install]\nEnv', 'Env'));
    edited('file:///u/big.service', text, (t) => t.replace('[Service]', '[Servic]'));
  });

  it('finds the load refusals of the whole unit again when the edit touches what they read', () => {
    const text = bigService(400);
    const { after } = edited('file:///u/big.service', text, (t) => t.replace('ExecStart=/bin/true', 'ExecStrt=/bin/true'));
    assert.ok(codes(after).includes('systemd/missing-execstart'));
    const restored = edited('file:///u/big.service', text.replace('ExecStart=/bin/true', 'ExecStrt=/bin/true'),
      (t) => t.replace('ExecStrt=/bin/true', 'ExecStart=/bin/true'));
    assert.ok(!codes(restored.after).includes('systemd/missing-execstart'));
  });

  it('drops the refusals of a drop-in that are not its own (a drop-in needs no ExecStart=)', () => {
    const { after } = edited('file:///etc/systemd/system/app.service.d/override.conf', '[Service]\nRestart=always\n',
      (t) => t.replace('always', 'alwayz'));
    assert.deepEqual(codes(after), ['systemd/invalid-value']);
  });

  it('renumbers "set again on line N" when lines move above the later copy', () => {
    const text = '[Service]\nExecStart=/bin/true\nUser=a\nGroup=g\nUser=b\n';
    const { after } = edited('file:///u/a.service', text, (t) => t.replace('Group=g\n', 'Group=g\n\n\n'));
    assert.match(String(after.find((d) => d.code === 'systemd/duplicate-directive')?.message), /line 7/);
  });

  it('lets an indented supervisor line join the option above it', () => {
    const text = '[program:web]\ncommand=/bin/web\nautostart=true\n\n[program:db]\ncommand=/bin/db\n';
    edited('file:///etc/supervisor/conf.d/apps.conf', text, (t) => t.replace('autostart', '  autostart'));
    edited('file:///etc/supervisor/conf.d/apps.conf', text, (t) => t.replace('[program:db]', '  [program:db]'));
    edited('file:///etc/supervisor/conf.d/apps.conf', text, (t) => t.replace('command=/bin/db', 'comand=/bin/db'));
  });

  it('keeps the byte-order mark rule of the first line only', () => {
    edited('file:///u/a.service', '[Unit]\nDescription=x\n', (t) => t.replace('Description', '\uFEFFDescription'));
    edited('file:///u/a.service', 'Description=x\n[Unit]\n', (t) => '\uFEFF' + t);
  });

  it('moves every finding over blank lines typed or deleted, and writes "line N" again', () => {
    const text = '[Unit]\nDescription=x\nAfter=a.target\n\n[Service]\nRestrat=no\nUser=a\nUser=b\n\n[Install]\nWantedBy=nothing\n';
    const enter = edited('file:///u/a.service', text, (t) => t.replace('Description=x\n', 'Description=x\n\n'));
    assert.equal(enter.after.length, enter.before.length);
    assert.match(String(enter.after.find((d) => d.code === 'systemd/duplicate-directive')?.message), /line 9/);
    edited('file:///u/a.service', text, (t) => t.replace('\n\n[Install]', '\n[Install]'));
    edited('file:///u/a.service', text, (t) => t.replace('User=b\n', 'User=b\n\n\n'));
    edited('file:///etc/supervisord.conf', '[program:a]\ncommand=/bin/a\n\n[program:a]\ncommand=/bin/b\n',
      (t) => t.replace('/bin/a\n', '/bin/a\n\n'));
  });

  it('writes "line N" again when a blank line moves past the named line (as many lines before as after)', () => {
    const { after } = edited('file:///u/a.service', '[Service]\nUser=a\nExecStart=/bin/true\nGroup=g\n\nUser=b\nNice=1\n',
      (t) => t.replace('Group=g\n\nUser=b\n', 'Group=g\nUser=b\n\n'));
    assert.match(String(after.find((d) => d.code === 'systemd/duplicate-directive')?.message), /line 5/);
  });

  it('moves the findings of a line break that lands inside a continuation or a supervisor value', () => {
    edited('file:///u/a.service', '[Service]\nExecStart=/bin/echo \\\n  one\nUser=a\nUser=b\n', (t) => t.replace('\\\n', '\\\n\n'));
    edited('file:///etc/supervisord.conf', '[program:a]\ncommand=/bin/a\n  --flag\nautostart=maybe\n', (t) => t.replace('/bin/a\n', '/bin/a\n\n'));
  });

  it('appends a fix after the line that became the last of its section', () => {
    // missing-execstart offers to append ExecStart= after [Service]'s last entry: a line typed
    // before the next header becomes it, though the rule reads neither that line nor the one before.
    const text = '[Unit]\nDescription=x\n\n[Service]\nUser=a\n\n[Install]\nWantedBy=multi-user.target\n';
    const { after } = edited('file:///u/a.service', text, (t) => t.replace('\n[Install]', '\nNice=5\n[Install]'));
    assert.ok(codes(after).includes('systemd/missing-execstart'));
    edited('file:///u/a.service', text, (t) => t.replace('User=a\n', 'User=a\nUser=a\n'));
    edited('file:///u/a.service', text.replace('User=a\n', 'User=a\nUser=a\n'), (t) => t.replace('User=a\nUser=a\n', 'User=a\n'));
  });
});
