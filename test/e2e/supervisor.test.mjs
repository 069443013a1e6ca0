// supervisord.conf and an included program file (conf.d/*.conf) in a real VS Code with the
// packaged extension: for each, language mode, highlighting, outline, completion, hover, and a
// misspelt option reported in Problems and fixed by the quick fix.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { e2eSuite } from './suite.mjs';
import { grammarScope, lineOf, tokenClasses } from './expect.mjs';
import { languageName } from './harness.mjs';

const FILES = [
  {
    file: 'supervisor/supervisord.conf',
    header: '[supervisord]',
    coloured: ['[supervisord]', 'loglevel=info'],
    sections: ['[unix_http_server]', '[supervisord]', '[rpcinterface:supervisor]', '[supervisorctl]', '[include]'],
    complete: { line: /^loglevel=info$/, key: 'loglevel', offers: ['critical', 'error', 'warn', 'info', 'debug'], accept: 'debug' },
    hover: { key: 'loglevel', values: ['critical', 'info', 'debug', 'blather'] },
    typo: { line: /^nodaemon=false$/, wrong: 'nodaemom=false', fixed: /^nodaemon=false$/, fix: 'Change to nodaemon' },
  },
  {
    file: 'supervisor/conf.d/web.conf',
    header: '[program:web]',
    coloured: ['[program:web]', 'autorestart=true'],
    sections: ['[program:web]'],
    complete: { line: /^autorestart=true$/, key: 'autorestart', offers: ['true', 'false', 'unexpected'], accept: 'unexpected' },
    hover: { key: 'autorestart', values: ['unexpected', 'true', 'false'] },
    typo: { line: /^autostart=true$/, wrong: 'autostrat=true', fixed: /^autostart=true$/, fix: 'Change to autostart' },
  },
];

e2eSuite('supervisor config', {}, (s) => {
  for (const f of FILES) {
    const text = () => fs.readFileSync(path.join(s.ws, f.file), 'utf8');

    s.step(`${f.file}: opens in the supervisor language`, async () => {
      await s.wb.openFile(f.file);
      const name = languageName('supervisor-conf');
      assert.equal(await s.wb.languageMode(name), name);
    });

    s.step(`${f.file}: highlighting applies the grammar`, async () => {
      const scopes = await s.wb.inspectTokens(lineOf(text(), (l) => l.startsWith(f.header)), 3);
      assert.ok(scopes.includes(grammarScope('supervisor-conf')), `token scopes name our grammar: ${scopes}`);
      const classes = await tokenClasses(s.wb, f.coloured);
      assert.ok(classes.size >= 3, `header, key and value are coloured differently: ${[...classes].join(' ')}`);
    });

    s.step(`${f.file}: the outline lists the sections`, async () => {
      const rows = await s.wb.outline(f.sections.at(-1));
      for (const section of f.sections) assert.ok(rows.includes(section), `outline has ${section}: ${rows.join(', ')}`);
    });

    s.step(`${f.file}: completion after ${f.complete.key}= lists its values; accepting one inserts it`, async () => {
      await s.wb.openFile(f.file);
      await s.wb.goTo(lineOf(text(), f.complete.line), f.complete.key.length + 2);
      await s.wb.page.keyboard.press('Shift+End');
      await s.wb.page.keyboard.press('Delete');
      await s.wb.waitForLine(new RegExp(`^${f.complete.key}=$`));
      await s.wb.suggest(f.complete.accept);
      const labels = await s.wb.suggestLabels();
      for (const v of f.complete.offers) assert.ok(labels.includes(v), `completion offers ${v}: ${labels.join(', ')}`);
      await s.wb.acceptSuggestion(f.complete.accept);
      await s.wb.waitForLine(new RegExp(`^${f.complete.key}=${f.complete.accept}$`));
    });

    s.step(`${f.file}: hovering ${f.hover.key} shows its values in a table`, async () => {
      const hover = await s.wb.hover(f.hover.key, f.hover.values[0]);
      const table = hover.locator('table');
      await table.waitFor();
      const cells = await table.innerText();
      for (const v of f.hover.values) assert.ok(cells.includes(v), `hover table has ${v}: ${cells}`);
      await s.wb.dismissHover();
    });

    s.step(`${f.file}: a misspelt option is reported in Problems; the quick fix corrects it`, async () => {
      const line = lineOf(text(), f.typo.line);
      const wrongKey = f.typo.wrong.split('=')[0];
      await s.wb.goTo(line, 1);
      await s.wb.page.keyboard.press('Shift+End');
      await s.wb.type(f.typo.wrong);
      await s.wb.waitForLine(f.typo.wrong);
      const rows = await s.wb.problems(wrongKey);
      assert.ok(rows.some((r) => r.includes(wrongKey) && r.includes(f.typo.fix.replace('Change to ', ''))), `the problem names the fix: ${rows.join(' | ')}`);
      await s.wb.goTo(line, 3);
      await s.wb.openQuickFix(f.typo.fix);
      await s.wb.applyCodeAction(f.typo.fix);
      await s.wb.waitForLine(f.typo.fixed);
      await s.wb.problemGone(wrongKey);
    });
  }
});
