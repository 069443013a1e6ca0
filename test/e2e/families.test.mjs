// One file of each of systemd's other families in a real VS Code with the packaged extension: the
// family's own language (the status bar's language mode) and grammar apply, completion offers a key (or line type) of that family, hover
// on a key shows our summary of it, and a misspelt key gives one problem. The fixtures are in
// test/e2e/fixtures (copied into every suite's workspace), in the folders the tools read.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { e2eSuite } from './suite.mjs';
import { grammarScope, lineOf } from './expect.mjs';
import { languageName } from './harness.mjs';

// The summaries the hover must show, read from the sources the extension was packaged from.
const { familySummary } = await import('../../server/src/schema/families/summaries/index.ts');
const { keySummary } = await import('../../server/src/schema/quadlet/summaries.ts');
const { TYPE_BY_LETTER } = await import('../../server/src/lineFormats/tmpfiles/types.ts');
const { SYSUSERS_TYPE_BY_LETTER } = await import('../../server/src/lineFormats/sysusers/types.ts');

const family = (id, section, key) => familySummary(id, section, key, { kind: 'text' }, id);

/**
 * Per file: the key hovered (its line is also where the grammar is checked), the summary shown,
 * the prefix typed on a new line after it and the key completion must offer, and a misspelt line
 * with the word its one problem names.
 */
const INI_FILES = [
  { file: 'etc/containers/systemd/web.container', language: 'quadlet', key: 'Image', summary: () => keySummary('Container', 'Image'), prefix: 'Volu', offers: 'Volume', misspelt: 'Volumee=/srv/web:/usr/share/nginx/html', word: 'Volumee' },
  { file: 'etc/systemd/network/10-lan.network', language: 'systemd-networkd', key: 'DHCP', summary: () => family('network', 'Network', 'DHCP'), prefix: 'Addre', offers: 'Address', misspelt: 'Adress=10.0.0.2/24', word: 'Adress' },
  { file: 'etc/systemd/network/20-br0.netdev', language: 'systemd-networkd', key: 'Kind', summary: () => family('netdev', 'NetDev', 'Kind'), prefix: 'MTUB', offers: 'MTUBytes', misspelt: 'MTUByts=1500', word: 'MTUByts' },
  { file: 'etc/systemd/network/30-lan.link', language: 'systemd-networkd', key: 'OriginalName', summary: () => family('link', 'Match', 'OriginalName'), prefix: 'PermanentMAC', offers: 'PermanentMACAddress', misspelt: 'PermanentMACAdress=00:11:22:33:44:55', word: 'PermanentMACAdress' },
  { file: 'box.nspawn', language: 'systemd-nspawn', key: 'Boot', summary: () => family('nspawn', 'Exec', 'Boot'), prefix: 'Ephem', offers: 'Ephemeral', misspelt: 'Ephemerl=yes', word: 'Ephemerl' },
  { file: 'etc/systemd/journald.conf', language: 'systemd-conf', key: 'Storage', summary: () => family('journald', 'Journal', 'Storage'), prefix: 'Compr', offers: 'Compress', misspelt: 'Compres=yes', word: 'Compres' },
];

const LINE_FILES = [
  { file: 'tmpfiles.d/app-dirs.conf', language: 'systemd-tmpfiles', letter: 'd', summary: () => TYPE_BY_LETTER.get('d').summary, offers: ['d', 'f'], misspelt: 'j /run/other 0755 root root -', word: "'j'" },
  { file: 'sysusers.d/app-users.conf', language: 'systemd-sysusers', letter: 'u', summary: () => SYSUSERS_TYPE_BY_LETTER.get('u').summary, offers: ['u', 'g', 'm'], misspelt: 'x other', word: "'x'" },
];

/** The start of a summary, enough to find it in the hover (markdown keeps plain words as they are). */
const head = (text) => text.slice(0, 28);

e2eSuite('systemd families', {}, (s) => {
  const read = (rel) => fs.readFileSync(path.join(s.ws, rel), 'utf8');
  /** Opens the file and checks the language mode shown (the family's, e.g. "Podman Quadlet") and that its grammar scopes the line at `line`. */
  async function opensAs(rel, language, line) {
    await s.wb.openFile(rel);
    const name = languageName(language);
    assert.equal(await s.wb.languageMode(name), name, rel);
    const scopes = await s.wb.inspectTokens(line, 1);
    assert.ok(scopes.includes(grammarScope(language)), `${rel}: token scopes name the ${language} grammar: ${scopes}`);
  }

  /** Waits until exactly one Problems row names `word` (typing passes through other texts first). */
  async function oneProblem(rel, word) {
    let rows = await s.wb.problems(word);
    for (let i = 0; i < 50 && rows.filter((r) => r.includes(word)).length !== 1; i++) {
      await s.wb.page.waitForTimeout(200);
      rows = await s.wb.problems();
    }
    assert.equal(rows.filter((r) => r.includes(word)).length, 1, `${rel}: one problem names ${word}: ${rows.join(' | ')}`);
    // back to the file on disk: its problem goes, and the next file's is the only one in the panel
    await s.wb.openFile(rel);
    await s.wb.runCommand('File: Revert File');
    await s.wb.problemGone(word);
  }

  for (const f of INI_FILES) {
    s.step(`${path.basename(f.file)}: language, grammar, hover, completion and one problem for a misspelt key`, async () => {
      const line = lineOf(read(f.file), new RegExp(`^${f.key}=`));
      await opensAs(f.file, f.language, line);
      const summary = f.summary();
      assert.ok(summary && !/; see /.test(summary), `${f.key} has a summary of its own: ${summary}`);
      await s.wb.hover(f.key, head(summary));
      await s.wb.dismissHover();

      await s.wb.goTo(line, 1);
      await s.wb.page.keyboard.press('End');
      await s.wb.page.keyboard.press('Enter');
      await s.wb.type(f.prefix);
      await s.wb.suggest(f.offers);
      const labels = await s.wb.suggestLabels();
      assert.ok(labels.includes(f.offers), `${f.file}: completion offers ${f.offers}: ${labels.join(', ')}`);
      await s.wb.page.keyboard.press('Escape');

      await s.wb.page.keyboard.press('Home');
      await s.wb.page.keyboard.press('Shift+End');
      await s.wb.type(f.misspelt);
      await s.wb.waitForLine(new RegExp(`^${f.misspelt.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`));
      await oneProblem(f.file, f.word);
    });
  }

  for (const f of LINE_FILES) {
    s.step(`${path.basename(f.file)}: language, grammar, hover on the type letter, completion of letters and one problem for a wrong one`, async () => {
      await opensAs(f.file, f.language, lineOf(read(f.file), new RegExp(`^${f.letter} `)));
      await s.wb.hover(f.letter, head(f.summary()));
      await s.wb.dismissHover();

      await s.wb.newLineAtEnd();
      await s.wb.suggest(f.offers[0]);
      const labels = await s.wb.suggestLabels();
      for (const letter of f.offers) assert.ok(labels.includes(letter), `${f.file}: completion offers ${letter}: ${labels.join(', ')}`);
      await s.wb.page.keyboard.press('Escape');

      await s.wb.type(f.misspelt);
      await s.wb.waitForLine(new RegExp(`^${f.misspelt}$`));
      await oneProblem(f.file, f.word);
    });
  }
});
