// A systemd unit in a real VS Code with the packaged extension: language mode, highlighting,
// outline, completion, hover, diagnostics + quick fix, and the target-version setting.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { e2eSuite } from './suite.mjs';
import { grammarScope, lineOf, tokenClasses } from './expect.mjs';
import { languageName } from './harness.mjs';

const FILE = 'frpc.service';

e2eSuite('systemd unit', {}, (s) => {
  const text = () => fs.readFileSync(path.join(s.ws, FILE), 'utf8');

  s.step('opening a .service file selects the systemd language', async () => {
    await s.wb.openFile(FILE);
    const name = languageName('systemd-unit');
    assert.equal(await s.wb.languageMode(name), name);
  });

  s.step('highlighting applies the grammar to sections, keys and values', async () => {
    const line = lineOf(text(), /^\[Service\]/);
    const scopes = await s.wb.inspectTokens(line, 3);
    assert.ok(scopes.includes(grammarScope('systemd-unit')), `token scopes name our grammar: ${scopes}`);
    const classes = await tokenClasses(s.wb, ['[Service]', 'Type=simple']);
    assert.ok(classes.size >= 3, `header, key and value are coloured differently: ${[...classes].join(' ')}`);
  });

  s.step('the outline lists the sections', async () => {
    const rows = await s.wb.outline('[Install]');
    for (const section of ['[Unit]', '[Service]', '[Install]']) assert.ok(rows.includes(section), `outline has ${section}: ${rows.join(', ')}`);
  });

  s.step('completion after Type= lists the service types; accepting one inserts it', async () => {
    const line = lineOf(text(), /^Type=simple/);
    await s.wb.openFile(FILE);
    await s.wb.goTo(line, 6);
    await s.wb.page.keyboard.press('Shift+End');
    await s.wb.page.keyboard.press('Delete');
    await s.wb.waitForLine(/^Type=$/);
    await s.wb.suggest('notify');
    const labels = await s.wb.suggestLabels();
    for (const v of ['simple', 'exec', 'forking', 'oneshot', 'notify']) assert.ok(labels.includes(v), `completion offers ${v}: ${labels.join(', ')}`);
    await s.shot('completion');
    await s.wb.acceptSuggestion('notify');
    await s.wb.waitForLine(/^Type=notify$/);
  });

  s.step('hovering KillMode shows its values in a table', async () => {
    await s.wb.page.keyboard.press('End');
    await s.wb.page.keyboard.press('Enter');
    await s.wb.type('KillMode=mixed');
    await s.wb.waitForLine(/^KillMode=mixed$/);
    const hover = await s.wb.hover('KillMode', 'control-group');
    const table = hover.locator('table');
    await table.waitFor();
    const cells = await table.innerText();
    for (const v of ['control-group', 'mixed', 'process', 'none']) assert.ok(cells.includes(v), `hover table has ${v}: ${cells}`);
    await s.shot('hover');
    await s.wb.dismissHover();
  });

  s.step('Restrat=always is an error in Problems; the quick fix changes it to Restart', async () => {
    const line = lineOf(text(), /^Restart=/) + 1; // one line was added above it
    await s.wb.goTo(line, 1);
    await s.wb.page.keyboard.press('Shift+End');
    await s.wb.type('Restrat=always');
    await s.wb.waitForLine(/^Restrat=always$/);
    const rows = await s.wb.problems('Restrat');
    const row = rows.find((r) => r.includes('Restrat'));
    assert.match(row ?? '', /Restart/, `the problem suggests Restart: ${rows.join(' | ')}`);
    await s.wb.page.locator('.markers-panel .monaco-list-row .marker-icon.error, .markers-panel .monaco-list-row .codicon-error').first().waitFor({ state: 'attached' });
    await s.wb.goTo(line, 3);
    await s.wb.openQuickFix('Change to Restart');
    await s.shot('quick-fix');
    await s.wb.applyCodeAction('Change to Restart');
    await s.wb.waitForLine(/^Restart=always$/);
    await s.wb.problemGone('Restrat');
  });

  s.step('daemonConfig.systemd.version changes the diagnostics', async () => {
    // Without the setting the server targets the systemd it finds installed, so the test sets it
    // both ways, in the workspace settings file, as a user would.
    const settings = path.join(s.ws, '.vscode', 'settings.json');
    const target = (version) => {
      fs.mkdirSync(path.dirname(settings), { recursive: true });
      fs.writeFileSync(settings, JSON.stringify({ 'daemonConfig.systemd.version': version }, null, 2));
    };
    target(253);
    const line = lineOf(text(), /^Type=simple/);
    await s.wb.goTo(line, 6);
    await s.wb.page.keyboard.press('Shift+End');
    await s.wb.type('notify-reload');
    await s.wb.waitForLine(/^Type=notify-reload$/);
    await s.wb.problems();
    await s.wb.noProblems();
    target(252); // Debian 12
    // Waits for the row naming the release: on a loaded machine the panel may first show a
    // diagnostic of a half-typed value ('notify-rel ... Did you mean notify-reload?').
    const rows = await s.wb.problems(/notify-reload.*252|252.*notify-reload/);
    assert.ok(rows.some((r) => /notify-reload/.test(r) && /253/.test(r) && /252/.test(r)), `a problem names both releases: ${rows.join(' | ')}`);
    target(253);
    await s.wb.problemGone('notify-reload');
  });

  s.step('Show Effective Unit (merged from files) opens the merge of a drop-in, each line with its source', async () => {
    await s.wb.openFile('nginx.service.d/override.conf');
    await s.wb.runCommand('systemd: Show Effective Unit (merged from files)');
    await s.wb.page.locator('.tabs-container .tab.active', { hasText: 'nginx.service' }).waitFor();
    await s.wb.waitForLine(/^# from .*\/nginx\.service\.d\/override\.conf:4$/);
    await s.wb.waitForLine(/^Restart=on-failure$/);
  });
});
