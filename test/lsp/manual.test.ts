// Hover with the manual of this machine, over stdio: the entry's own paragraphs when systemd's man
// pages are installed (checked against the page itself, read here with a separate, minimal
// extraction), our text and the target release's online page when they are hidden, and pages from
// the folders of `daemonConfig.hover.manualPath` in the user's language.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import type { Hover, MarkupContent } from 'vscode-languageserver-types';
import { startServer, type LspSession } from '../helpers/lspClient';
import { mark } from '../helpers/markers';

const FIXTURES = join(__dirname, '../fixtures/man');
const CASES = [
  { name: 'ProtectSystem', page: 'systemd.exec', file: 'a.service', text: '[Service]\nProtect$0System=strict\n' },
  { name: 'ExecStart', page: 'systemd.service', file: 'b.service', text: '[Service]\nExec$0Start=/bin/true\n' },
  { name: 'KillMode', page: 'systemd.kill', file: 'c.service', text: '[Service]\nKill$0Mode=mixed\n' },
  { name: 'OnCalendar', page: 'systemd.timer', file: 'd.timer', text: '[Timer]\nOn$0Calendar=daily\n' },
  { name: 'Restart', page: 'systemd.service', file: 'e.service', text: '[Service]\nRes$0tart=always\n' },
];

/** The installed page, from the folders man searches by default. */
function installedPage(page: string): string | undefined {
  for (const root of ['/usr/share/man', '/usr/local/share/man']) {
    const gz = join(root, 'man5', `${page}.5.gz`);
    if (existsSync(gz)) return gunzipSync(readFileSync(gz)).toString('utf8');
    const plain = join(root, 'man5', `${page}.5`);
    if (existsSync(plain)) return readFileSync(plain, 'utf8');
  }
  return undefined;
}

/**
 * A few sentences of the entry for `name=`, by the simplest reading that works for these pages:
 * the lines between the `.RS` after its term line and the matching `.RE`, text lines only, tables
 * and footnote marks left out, escapes dropped.
 */
function entrySentences(roff: string, name: string): string[] {
  const lines = roff.split('\n');
  const start = lines.findIndex((line, i) => lines[i - 1] === '.PP' && line.split(', ').includes(`\\fI${name}=\\fR`) && lines[i + 1]?.startsWith('.RS'));
  assert.ok(start > 0, `no entry for ${name}= in the page`);
  const text: string[] = [];
  let depth = 0;
  let table = false;
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith('.RS')) depth++;
    else if (line.startsWith('.RE') && --depth === 0) break;
    else if (line.startsWith('.TS')) { table = true; text.push('\n'); }
    else if (line.startsWith('.TE')) table = false;
    else if (line.startsWith('.sp') || line.startsWith('.PP') || line.startsWith('.IP')) text.push('\n');
    else if (!table && !line.startsWith('.') && !line.startsWith('\\h') && !line.startsWith("'")) text.push(line);
  }
  const plain = text.join(' ')
    .replace(/\\m\[[a-z]*\]|\\s[-+]?\d|\\u\[\d+\]\\d|\\f[BIRP]|\\&|\\%/g, '')
    .replace(/\\-/g, '-').replace(/\\\*\(Aq/g, "'").replace(/\\\(em/g, '\u2014').replace(/\\\(aq/g, "'").replace(/\\e/g, '\\')
    .replace(/[ \t]+/g, ' ');
  const sentences = plain.split(/ ?\n ?|(?<=\.) (?=[A-Z])/).map((s) => s.trim()).filter((s) => s.length > 30 && !s.includes('\\'));
  assert.ok(sentences.length > 0, `no sentence read for ${name}=`);
  return [sentences[0], sentences[Math.floor(sentences.length / 2)], sentences[sentences.length - 1]];
}

/** What a reader sees of hover Markdown, roughly: no escapes, emphasis, code marks or link targets. */
function visible(markdown: string): string {
  return bare(markdown.replace(/\]\([^)]*\)/g, ']').replace(/\\(.)/g, '$1'));
}

/** Text without the characters Markdown marks up with, for comparing what is shown. */
const bare = (text: string) => text.replace(/[*`[\]]/g, '').replace(/\s+/g, ' ');

async function hoverText(server: LspSession, uri: string, source: string, until?: RegExp): Promise<string> {
  const { text, cursor } = mark(source);
  server.open(uri, text);
  let value = '';
  // A first hover may answer before the page is read (it waits a moment, never long): ask again.
  for (let attempt = 0; attempt < 20; attempt++) {
    const result = await server.request<Hover>('textDocument/hover', { textDocument: { uri }, position: cursor });
    value = (result.contents as MarkupContent).value;
    if (!until || until.test(value)) break;
  }
  return value;
}

describe('hover with the manual of this machine', () => {
  const pages = new Map(CASES.map((c) => [c.page, installedPage(c.page)]));
  const missing = [...pages].filter(([, text]) => text === undefined).map(([page]) => page);
  const skip = missing.length > 0 && process.env.CI !== 'true'
    ? `systemd's man pages are not installed here (${missing.join(', ')}): install the systemd package with /usr/share/man kept (see README, Hover)` : false;

  it('shows the manual\'s own paragraphs for ProtectSystem=, ExecStart=, KillMode=, OnCalendar= and Restart=', { skip }, async () => {
    assert.deepEqual(missing, [], 'CI=true: the man pages must be installed');
    const server = await startServer();
    try {
      for (const c of CASES) {
        const value = await hoverText(server, `file:///w/${c.file}`, c.text, /manual on this machine/);
        assert.match(value, new RegExp(`\\*From the systemd \\d+ manual on this machine: \\[${c.page.replace('.', '\\.')}\\(5\\)\\]`), `${c.name}: ${value}`);
        const shown = visible(value);
        for (const sentence of entrySentences(pages.get(c.page)!, c.name)) {
          assert.ok(shown.includes(bare(sentence)), `${c.name}= hover lacks the manual's sentence:\n${sentence}\n--- hover:\n${value}`);
        }
      }
    } finally {
      await server.close();
    }
  });

  it('shows our text and the online page of the target release when the pages are hidden', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'dc-'));
    // A MANPATH without an empty part replaces man's default folders, as for man(1).
    const server = await startServer(undefined, {}, { env: { ...process.env, MANPATH: empty } });
    try {
      for (const c of CASES) {
        const value = await hoverText(server, `file:///w/${c.file}`, c.text);
        assert.ok(!value.includes('manual on this machine'), `${c.name}: ${value}`);
        assert.match(value, new RegExp(`^\\*\\*${c.name}=\\*\\*\\n\\n\\S`), `${c.name}: our own summary first`);
        assert.ok(value.includes(`[Manual](https://www.freedesktop.org/software/systemd/man/252/${c.page}.html#${c.name}=)`), `${c.name}: ${value}`);
      }
    } finally {
      await server.close();
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('reads the folders of daemonConfig.hover.manualPath, in the client\'s language first', async () => {
    const settings = { systemd: { version: 252 }, diagnosticsDelay: 0, hover: { manualPath: FIXTURES } };
    const english = await startServer({ settings });
    const german = await startServer({ settings }, {}, { locale: 'de' });
    after(async () => { await english.close(); await german.close(); });
    const value = await hoverText(english, 'file:///w/f.service', CASES[0].text, /manual on this machine/);
    assert.match(value, /\*From the systemd 250 manual on this machine: \[systemd\.exec\(5\)\]\(https:\/\/www\.freedesktop\.org\/software\/systemd\/man\/250\/systemd\.exec\.html#ProtectSystem=\)\*/);
    assert.match(value, /Fixture sentence one/);
    assert.match(value, /\*\*Your units target systemd 252\*\*/);
    const localized = await hoverText(german, 'file:///w/f.service', CASES[0].text, /manual on this machine/);
    assert.match(localized, /manual on this machine \(de\)/);
    assert.match(localized, /Lokalisierter Testsatz für den Leser/);
  });
});
