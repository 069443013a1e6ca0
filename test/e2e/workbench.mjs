/* global document */
// Playwright helpers for the VS Code workbench (selectors checked against VS Code 1.100.3 as
// served by code-server 4.100.3). Each helper does what a user does (keyboard, mouse) and waits
// for the UI state it needs.
import path from 'node:path';
import { CHROMIUM, playwright } from './harness.mjs';

const QUICK_INPUT = '.quick-input-widget';
const SUGGEST = '.editor-widget.suggest-widget.visible';

export class Workbench {
  /** @param {import('playwright-core').Browser} browser @param {import('playwright-core').Page} page */
  constructor(browser, page, server) {
    this.browser = browser;
    this.page = page;
    this.server = server;
    this.pageErrors = [];
  }

  /** Opens the workspace of a started code-server in a fresh headless chromium. */
  static async open(server, { width = 1280, height = 800 } = {}) {
    const browser = await playwright().chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
    });
    const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    const wb = new Workbench(browser, page, server);
    page.on('pageerror', (e) => wb.pageErrors.push(e.message));
    try {
      await page.goto(server.url, { waitUntil: 'domcontentloaded', timeout: 120_000 }); // slow on a busy machine
      await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
      // The explorer lists the folder once the remote file system is connected.
      await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
    } catch (err) {
      await browser.close().catch(() => {}); // a browser left running would keep the test process alive
      throw err;
    }
    return wb;
  }

  async close() {
    await this.browser.close().catch(() => {});
  }

  get editor() {
    return this.page.locator('.editor-group-container.active .monaco-editor').first();
  }

  async quickInput(trigger, text, rowText = text) {
    await this.page.keyboard.press(trigger);
    const qi = this.page.locator(QUICK_INPUT);
    await qi.locator('input').waitFor({ state: 'visible' });
    await this.page.keyboard.type(text);
    // the row Enter takes is the focused one; while results still arrive it may be another
    await qi.locator('.monaco-list-row.focused', { hasText: rowText }).first().waitFor();
    await this.page.keyboard.press('Enter');
    await qi.waitFor({ state: 'hidden' });
  }

  /** Quick Open (Ctrl+P) a workspace file by its relative path. */
  async openFile(rel) {
    const base = path.basename(rel);
    await this.quickInput('Control+P', rel, base);
    await this.page.locator('.tabs-container .tab.active', { hasText: base }).waitFor();
    await this.editor.locator('.view-lines').waitFor();
    await this.editor.locator('.view-lines').click();
  }

  /**
   * Waits until a CodeLens with `text` is on screen. VS Code hides a lens whose line is
   * scrolled out of the viewport (a lens that arrives after the first render can push it
   * there); a user would scroll up, so go to the top of the file and look again.
   */
  async codeLens(text) {
    const lens = this.editor.locator('.codelens-decoration', { hasText: text }).filter({ visible: true }).first();
    for (let attempt = 1; ; attempt++) {
      try {
        await lens.waitFor({ timeout: attempt < 3 ? 10_000 : undefined });
        return lens;
      } catch (error) {
        if (attempt >= 3) throw error;
        await this.editor.locator('.view-lines').click();
        await this.page.keyboard.press('Control+Home');
      }
    }
  }

  /** Runs a command from the palette (F1) by its label. */
  async runCommand(label) {
    await this.quickInput('F1', label);
  }

  /** The language mode shown in the status bar (waits until it equals `expected` when given). */
  async languageMode(expected) {
    const item = this.page.locator('#status\\.editor\\.mode');
    if (expected !== undefined) await item.filter({ hasText: expected }).waitFor();
    return (await item.innerText()).trim();
  }

  /** Moves the cursor with Go to Line/Column (Ctrl+G), 1-based. */
  async goTo(line, column = 1) {
    await this.page.keyboard.press('Control+G');
    await this.page.locator(`${QUICK_INPUT} input`).waitFor({ state: 'visible' });
    await this.page.keyboard.type(`${line}:${column}`);
    await this.page.keyboard.press('Enter');
    await this.page.locator(QUICK_INPUT).waitFor({ state: 'hidden' });
    await this.page.locator('#status\\.editor\\.selection', { hasText: `Ln ${line}, Col ${column}` }).waitFor();
  }

  /** Goes to the end of the file and starts a new line. */
  async newLineAtEnd() {
    await this.page.keyboard.press('Control+End');
    await this.page.keyboard.press('End');
    await this.page.keyboard.press('Enter');
    await this.page.keyboard.press('Home');
  }

  async type(text) {
    await this.page.keyboard.type(text);
  }

  /** The rendered text of the editor's lines, in order (the whole file when it fits the view). */
  async lines() {
    return this.editor.locator('.view-lines').evaluate((el) =>
      [...el.querySelectorAll('.view-line')]
        .map((l) => ({ top: parseFloat(l.style.top || '0'), text: (l.textContent || '').replace(/\u00a0/g, ' ') }))
        .sort((a, b) => a.top - b.top)
        .map((l) => l.text));
  }

  async waitForLine(match) {
    await this.page.waitForFunction(
      ([sel, src, flags]) => {
        const re = new RegExp(src, flags);
        return [...document.querySelectorAll(sel)].some((l) => re.test((l.textContent || '').replace(/\u00a0/g, ' ')));
      },
      [".editor-group-container.active .monaco-editor .view-line", ...regexParts(match)],
    );
  }

  async waitForNoLine(match) {
    await this.page.waitForFunction(
      ([sel, src, flags]) => {
        const re = new RegExp(src, flags);
        return ![...document.querySelectorAll(sel)].some((l) => re.test((l.textContent || '').replace(/\u00a0/g, ' ')));
      },
      [".editor-group-container.active .monaco-editor .view-line", ...regexParts(match)],
    );
  }

  /** Opens completion (Ctrl+Space) and waits until a row matching `expect` is shown. */
  async suggest(expect) {
    await this.page.keyboard.press('Control+Space');
    const widget = this.page.locator(SUGGEST);
    await widget.waitFor();
    await widget.locator('.monaco-list-row', { hasText: expect }).first().waitFor();
    return widget;
  }

  async suggestLabels() {
    return (await this.page.locator(`${SUGGEST} .monaco-list-row .label-name`).allInnerTexts()).map((s) => s.trim());
  }

  /** Selects the completion row with this label (arrow keys, as a user would) and accepts it. */
  async acceptSuggestion(label) {
    const widget = this.page.locator(SUGGEST);
    for (let i = 0; i < 50; i++) {
      const focused = (await widget.locator('.monaco-list-row.focused .label-name').innerText()).trim();
      if (focused === label) break;
      await this.page.keyboard.press('ArrowDown');
      await widget.locator('.monaco-list-row.focused .label-name', { hasNotText: focused }).first().waitFor();
    }
    await this.page.keyboard.press('Enter');
    await widget.waitFor({ state: 'hidden' });
  }

  /**
   * Hovers the first rendered token whose text starts with `word`; returns the hover locator.
   * A CodeLens that refreshes after an edit can move the lines under a resting mouse, so the
   * hover may open on the line above; like a user, move away and point again.
   */
  async hover(word, expect) {
    const token = this.editor.locator('.view-line span span', { hasText: word }).first();
    const hover = this.page.locator('.monaco-hover:not(.hidden)', { hasText: expect ?? word }).first();
    for (let attempt = 1; ; attempt++) {
      await token.hover({ position: { x: 4, y: 4 } });
      try {
        await hover.waitFor({ state: 'visible', timeout: attempt < 4 ? 7500 : undefined });
        return hover;
      } catch (error) {
        if (attempt >= 4) throw error;
        await this.dismissHover();
      }
    }
  }

  async dismissHover() {
    await this.page.mouse.move(1, 1);
    await this.page.keyboard.press('Escape');
    await this.page.locator('.monaco-hover:not(.hidden)').first().waitFor({ state: 'hidden' }).catch(() => {});
  }

  /** Opens the Problems panel and waits until a row contains `text`; returns all rows' text. */
  async problems(text) {
    const panel = this.page.locator('.markers-panel');
    if (!(await panel.isVisible())) await this.runCommand('View: Focus Problems');
    await panel.waitFor({ state: 'visible' });
    if (text !== undefined) await panel.locator('.monaco-list-row', { hasText: text }).first().waitFor();
    return (await panel.locator('.monaco-list-row').allInnerTexts()).map((s) => s.replace(/\s+/g, ' ').trim());
  }

  /** Waits until the Problems panel says the workspace has none. */
  async noProblems() {
    await this.page.locator('.markers-panel', { hasText: 'No problems have been detected' }).waitFor();
  }

  /** Waits until no Problems row contains `text`. */
  async problemGone(text) {
    await this.page.locator('.markers-panel .monaco-list-row', { hasText: text }).first().waitFor({ state: 'detached' });
  }

  /** Opens Quick Fix (Ctrl+.) at the cursor and waits for the action titled `title`; returns its row. */
  async openQuickFix(title) {
    await this.page.keyboard.press('Control+.');
    const row = this.page.locator('.action-widget .monaco-list-row.action', { hasText: title }).first();
    await row.waitFor();
    return row;
  }

  /** In an open Quick Fix menu, moves the focus to the action titled `title` (keyboard) and applies it. */
  async applyCodeAction(title) {
    const widget = this.page.locator('.action-widget');
    for (let i = 0; i < 30; i++) {
      const focused = await widget.locator('.monaco-list-row.action.focused').getAttribute('aria-label');
      if (focused === title) break;
      await this.page.keyboard.press('ArrowDown');
      await widget.locator('.monaco-list-row.action.focused').and(this.page.locator(`:not([aria-label="${focused}"])`)).waitFor();
    }
    await this.page.keyboard.press('Enter');
    await widget.first().waitFor({ state: 'hidden' });
  }

  /** Puts the cursor on `line:column`, opens Quick Fix and applies the action titled `title`. */
  async quickFix(line, column, title) {
    await this.goTo(line, column);
    await this.openQuickFix(title);
    await this.applyCodeAction(title);
  }

  /** Outline view: the labels of its rows (expanded). */
  async outline(expect) {
    await this.runCommand('Explorer: Focus on Outline View');
    const pane = this.page.locator('.pane-body.outline-pane, .outline-pane').first();
    await pane.waitFor({ state: 'visible' });
    if (expect) await pane.locator('.monaco-list-row', { hasText: expect }).first().waitFor();
    return (await pane.locator('.monaco-list-row .label-name').allInnerTexts()).map((s) => s.trim());
  }

  /** "Developer: Inspect Editor Tokens and Scopes" at line:column; returns the widget's text. */
  async inspectTokens(line, column) {
    await this.goTo(line, column);
    await this.runCommand('Developer: Inspect Editor Tokens and Scopes');
    const widget = this.page.locator('.token-inspect-widget');
    await widget.waitFor({ state: 'visible' });
    // The widget shows "Loading..." until the grammar has tokenized the line; read it after.
    await this.page.waitForFunction(
      (el) => el && !/Loading/.test(el.innerText) && /textmate scopes/i.test(el.innerText),
      await widget.elementHandle(),
      { timeout: 30_000 },
    );
    const text = await widget.innerText();
    await this.page.keyboard.press('Escape');
    await widget.waitFor({ state: 'hidden' });
    return text;
  }

  /** The status bar item whose text matches, once visible. */
  async statusBar(text) {
    const item = this.page.locator('.statusbar-item', { hasText: text }).first();
    await item.waitFor({ state: 'visible' });
    return (await item.innerText()).trim();
  }

  async save() {
    await this.page.keyboard.press('Control+S');
    await this.page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'detached' });
  }

  async screenshot(file, locator) {
    if (locator) await locator.screenshot({ path: file });
    else await this.page.screenshot({ path: file });
    return file;
  }
}

function regexParts(match) {
  return match instanceof RegExp ? [match.source, match.flags] : [match.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), ''];
}
