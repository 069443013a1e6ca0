// VS Code for the Web: the packaged extension forced into code-server's web worker extension host
// (`remote.extensionKind` set to ["web"] for it), where it runs dist/browserExtension.js and the
// language server in a web worker (dist/browserServer.js). Completion, hover, a diagnostic and its
// quick fix must work there, with no Node server process and no systemctl commands in the palette.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { e2eSuite } from './suite.mjs';
import { lineOf } from './expect.mjs';
import { languageName } from './harness.mjs';

const FILE = 'frpc.service';
const EXTENSION_ID = 'daemon-config.daemon-config';
/** The palette entry of the one systemd command registered in the web (client/src/webCommands.ts). */
const WEB_COMMAND = 'systemd: Show Effective Unit (merged from files)';

/** Command lines of the processes in code-server's process group (it starts detached, as its own group). */
function processesOf(server) {
  const out = execFileSync('ps', ['-o', 'pgid=,args=', '-e'], { encoding: 'utf8' });
  return out.split('\n').map((l) => l.trim()).filter((l) => l.startsWith(`${server.pid} `)).map((l) => l.slice(String(server.pid).length + 1));
}

e2eSuite('web worker extension host', { settings: { 'remote.extensionKind': { [EXTENSION_ID]: ['web'] } } }, (s) => {
  const text = () => fs.readFileSync(path.join(s.ws, FILE), 'utf8');

  s.step('a .service file opens in the systemd language, served from the web worker', async () => {
    await s.wb.openFile(FILE);
    const name = languageName('systemd-unit');
    assert.equal(await s.wb.languageMode(name), name);
  });

  s.step('completion after Type= lists the service types', async () => {
    const line = lineOf(text(), /^Type=simple/);
    await s.wb.goTo(line, 6);
    await s.wb.page.keyboard.press('Shift+End');
    await s.wb.page.keyboard.press('Delete');
    await s.wb.waitForLine(/^Type=$/);
    await s.wb.suggest('notify');
    const labels = await s.wb.suggestLabels();
    for (const v of ['simple', 'exec', 'forking', 'oneshot', 'notify']) assert.ok(labels.includes(v), `completion offers ${v}: ${labels.join(', ')}`);
    await s.shot('web-completion');
    await s.wb.acceptSuggestion('notify');
    await s.wb.waitForLine(/^Type=notify$/);
  });

  s.step('no Node language server runs: the one answering is the web worker', async () => {
    const nodeServers = processesOf(s.server).filter((args) => /daemon-config[^ ]*\/dist\/(server|serverMain)\.js/.test(args));
    assert.deepEqual(nodeServers, []);
  });

  s.step('hovering KillMode shows its values', async () => {
    await s.wb.page.keyboard.press('End');
    await s.wb.page.keyboard.press('Enter');
    await s.wb.type('KillMode=mixed');
    await s.wb.waitForLine(/^KillMode=mixed$/);
    const hover = await s.wb.hover('KillMode', 'control-group');
    const cells = await hover.innerText();
    for (const v of ['control-group', 'mixed', 'process', 'none']) assert.ok(cells.includes(v), `hover lists ${v}: ${cells}`);
    await s.wb.dismissHover();
  });

  s.step('Restrat=always is an error in Problems; the quick fix changes it to Restart', async () => {
    const line = lineOf(text(), /^Restart=/) + 1; // one line was added above it
    await s.wb.goTo(line, 1);
    await s.wb.page.keyboard.press('Shift+End');
    await s.wb.type('Restrat=always');
    await s.wb.waitForLine(/^Restrat=always$/);
    const rows = await s.wb.problems('Restrat');
    assert.match(rows.find((r) => r.includes('Restrat')) ?? '', /Restart/, `the problem suggests Restart: ${rows.join(' | ')}`);
    await s.wb.goTo(line, 3);
    await s.wb.openQuickFix('Change to Restart');
    await s.wb.applyCodeAction('Change to Restart');
    await s.wb.waitForLine(/^Restart=always$/);
    await s.wb.problemGone('Restrat');
  });

  s.step('the systemctl commands are not offered in the palette', async () => {
    await s.wb.openFile(FILE);
    await s.wb.page.keyboard.press('F1');
    const qi = s.wb.page.locator('.quick-input-widget');
    await qi.locator('input').waitFor({ state: 'visible' });
    // On the desktop this finds "systemd: Restart Unit"; here only similar commands show: VS Code's
    // own, or the one systemd command of the web, which needs no systemctl.
    await s.wb.page.keyboard.type('systemd: Restart Unit');
    await qi.locator('.monaco-list-row', { hasText: /Restart|similar commands/ }).first().waitFor();
    const rows = (await qi.locator('.monaco-list-row').allInnerTexts()).map((r) => r.replace(/\s+/g, ' ').trim());
    await s.wb.page.keyboard.press('Escape');
    assert.deepEqual(rows.filter((r) => /^systemd: /.test(r) && !r.startsWith(WEB_COMMAND)), [], `palette rows: ${rows.join(' | ')}`);
  });

  s.step('Show Effective Unit (merged from files) works without systemctl', async () => {
    await s.wb.openFile(FILE);
    await s.wb.runCommand(WEB_COMMAND);
    // The view opens beside the file, under the same name; its lines say where each comes from.
    await s.wb.waitForLine(/^# from .*\/frpc\.service:\d+$/);
  });
});
