// The roff reader and the manual part of hover, on pages written for these tests in the dialect of
// systemd's generated pages (test/fixtures/man): no sentence of systemd's manual is in the repository.
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import type { MarkupContent } from 'vscode-languageserver-types';
import { hover } from '../../../server/src/features/hover';
import { ManualLibrary, type ManualSource } from '../../../server/src/features/manual/library';
import { findEntry } from '../../../server/src/features/manual/manualEntry';
import { withManual } from '../../../server/src/features/manual/manualHover';
import { onlinePageUrl, releaseManualUrl, versionNotes } from '../../../server/src/features/manual/manualMarkdown';
import { parseRoff } from '../../../server/src/features/manual/roffParse';
import { renderBlocks } from '../../../server/src/features/manual/roffMarkdown';
import { localeFolders, manFolders, manPageSource } from '../../../server/src/host/manPages';
import { findDirective } from '../../../server/src/schema/lookup';
import { systemdSchema } from '../../../server/src/schema/systemd';
import { analyzeMarked } from '../../helpers/analyzeText';

const FIXTURES = join(__dirname, '../../fixtures/man');
const page = (name: string) => readFileSync(join(FIXTURES, 'man5', `${name}.5`), 'utf8');
const ctx = { footnotes: new Map<number, string>(), manPageUrl: (name: string, section: string) => `https://man.test/${name}.${section}` };

interface Token { type: string; content: string; children: Token[] | null; tag: string }
const MarkdownIt = createRequire(__filename)('markdown-it') as new () => { parse(text: string, env: object): Token[] };
const md = new MarkdownIt();
/** The text a reader sees, and the block tokens the Markdown makes. */
function read(markdown: string): { text: string; blocks: string[] } {
  const tokens = md.parse(markdown, {});
  const text = tokens.filter((t) => t.type === 'inline' || t.type === 'fence')
    .map((t) => (t.type === 'fence' ? t.content : (t.children ?? []).map((c) => (c.type === 'softbreak' ? ' ' : c.content)).join(''))).join('\n');
  return { text, blocks: tokens.map((t) => t.type) };
}

describe('roff reader', () => {
  const exec = parseRoff(page('systemd.exec'));

  it('reads .TH and the sections, and the NOTES footnotes', () => {
    assert.equal(exec.title, 'SYSTEMD.EXEC');
    assert.equal(exec.source, 'systemd 250');
    assert.deepEqual(exec.sections.map((s) => s.name).filter(Boolean), ['NAME', 'SANDBOXING', 'NOTES']);
    assert.equal(exec.footnotes.get(1), 'https://example.org/notes');
  });

  it('finds an entry by name and renders paragraphs, a bullet list, an example and links', () => {
    const entry = findEntry(exec, 'ProtectSystem');
    assert.ok(entry);
    const markdown = renderBlocks(entry.body, { ...ctx, footnotes: exec.footnotes });
    const { text, blocks } = read(markdown);
    assert.match(text, /Fixture sentence one: the reader's view of \/usr\/ turns read-only when this is yes\. See systemd\.unit\(5\) and mount\(8\) for more — or less\./);
    assert.ok(blocks.includes('bullet_list_open'), markdown);
    assert.match(text, /yes keeps the vendor tree safe/);
    assert.ok(blocks.includes('fence'), markdown);
    assert.match(text, /ExecStart=\/usr\/bin\/tool --flag \*glob\*/);
    assert.match(markdown, /\[systemd\.unit\(5\)\]\(https:\/\/man\.test\/systemd\.unit\.5\)/);
    assert.match(markdown, /\[fixture notes\]\(https:\/\/example\.org\/notes\)/);
    // Markdown characters in the page's text stay literal.
    assert.match(text, /Stars \*stay\* literal, and so do <angle> brackets & \[square\] ones\./);
    assert.ok(!/\\f[BIRP]|\\\(|^\.[A-Z]/m.test(markdown), `no roff left:\n${markdown}`);
  });

  it('finds each name of a shared entry, and renders its table with the header and pipes kept in cells', () => {
    const entry = findEntry(exec, 'ReadOnlyPaths');
    assert.equal(entry, findEntry(exec, 'ReadWritePaths'));
    const markdown = renderBlocks(entry!.body, ctx);
    const table = markdown.split('\n').filter((l) => l.startsWith('|'));
    assert.deepEqual(table.slice(0, 2), ['| Mark | Effect |', '| --- | --- |']);
    assert.equal(table.length, 4, markdown);
    assert.ok(read(markdown).text.includes('a missing path is fine, pipes | stay in the cell'), markdown);
  });

  it('reads .TP tags and .UR links, numbered lists, and does not take a value for a name', () => {
    const root = exec.sections.find((s) => s.name === 'SANDBOXING')!;
    const markdown = renderBlocks(root.blocks, ctx);
    assert.match(markdown, /- \*\*first\*\*\n\n {2}A tagged paragraph made with \.TP\./, 'a .TP tag and its text');
    assert.match(markdown, /\[the fixture site\]\(https:\/\/example\.org\/fixture\)/);
    assert.equal(findEntry(exec, 'Protect'), undefined);
    const service = parseRoff(page('systemd.service'));
    const restart = renderBlocks(findEntry(service, 'Restart')!.body, ctx);
    assert.ok(read(restart).blocks.includes('ordered_list_open'), restart);
    assert.match(restart, /1\. first step\n2\. second step/);
  });

  it('never throws and keeps its footing on broken or random input', () => {
    const text = page('systemd.exec');
    let seed = 7;
    const random = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
    for (let i = 0; i < 300; i++) {
      const cut = text.slice(0, Math.floor(random() * text.length));
      const noise = Array.from({ length: 200 }, () => '\\.\'"{}()[]fBIRP-&TSE \n:T'[Math.floor(random() * 26)]).join('');
      const parsed = parseRoff(cut + noise);
      for (const s of parsed.sections) renderBlocks(s.blocks, ctx);
    }
    assert.equal(parseRoff('').sections.length, 1);
  });
});

describe('manual part of hover', () => {
  const fixtureSource = (reads: string[] = []): ManualSource => ({
    read: (name, section) => {
      reads.push(`${name}.${section}`);
      try { return Promise.resolve({ text: page(name), path: name }); } catch { return Promise.resolve(undefined); }
    },
  });

  it('answers at once without the page, starts reading it, and shows it when read; each page is read once', async () => {
    const reads: string[] = [];
    const library = new ManualLibrary(fixtureSource(reads));
    const { analyzed, marked } = analyzeMarked('file:///x.service', '[Service]\nProtect$0System=strict\n');
    const loading: Promise<unknown>[] = [];
    const first = (hover(analyzed, marked.cursor, 252, { library, loading })?.contents as MarkupContent).value;
    assert.ok(!first.includes('Fixture sentence one'), 'the first answer does not wait');
    assert.equal(loading.length, 1);
    await Promise.all(loading);
    for (let i = 0; i < 3; i++) {
      const again = (hover(analyzed, marked.cursor, 252, { library, loading: [] })?.contents as MarkupContent).value;
      assert.match(again, /Fixture sentence one/);
      assert.match(again, /\*From the systemd 250 manual on this machine: \[systemd\.exec\(5\)\]\(https:\/\/www\.freedesktop\.org\/software\/systemd\/man\/250\/systemd\.exec\.html#ProtectSystem=\)\*/);
      assert.match(again, /Your units target systemd 252\*\* \(`daemonConfig\.systemd\.version`\), this manual describes 250/);
    }
    assert.deepEqual(reads, ['systemd.exec.5']);
  });

  it('waits briefly for the page in the server path, so a first hover usually has it', async () => {
    const library = new ManualLibrary(fixtureSource());
    const { analyzed, marked } = analyzeMarked('file:///x.service', '[Service]\nReadOnly$0Paths=/a\n');
    const result = await withManual(library, (m) => hover(analyzed, marked.cursor, 250, m), 10_000);
    const value = (result?.contents as MarkupContent).value;
    assert.match(value, /Fixture sentence about two settings/);
    assert.match(value, /`ReadWritePaths=`, `ReadOnlyPaths=`/, 'the shared entry names both');
    assert.ok(!value.includes('Your units target'), 'same release: no note');
  });

  it('falls back to our text and the target release\'s online page when the host has no manual', async () => {
    const library = new ManualLibrary({ read: () => Promise.resolve(undefined) });
    const { analyzed, marked } = analyzeMarked('file:///x.service', '[Service]\nKill$0Mode=mixed\n');
    const value = ((await withManual(library, (m) => hover(analyzed, marked.cursor, 252, m), 10_000))?.contents as MarkupContent).value;
    assert.ok(!value.includes('manual on this machine'));
    assert.match(value, /\[Manual\]\(https:\/\/www\.freedesktop\.org\/software\/systemd\/man\/252\/systemd\.kill\.html#KillMode=\)/);
  });

  it('version notes: values the target lacks, and values newer than the manual', () => {
    const protect = findDirective(systemdSchema, 'ProtectSystem', 'Service')!;
    assert.deepEqual(versionNotes(protect, 'Service', 231, 252), ['Values systemd 231 does not accept yet: `strict` (since 232).']);
    const type = findDirective(systemdSchema, 'Type', 'Service')!;
    assert.ok(versionNotes(type, 'Service', 255, 252).some((n) => n.includes('`notify-reload` (253)')), 'added after the manual');
    assert.deepEqual(versionNotes(protect, 'Service', 252, 252), []);
  });

  it('links the target release\'s pages from 247 on, and the latest before', () => {
    assert.equal(onlinePageUrl('systemd.exec', 252, 'ProtectSystem='), 'https://www.freedesktop.org/software/systemd/man/252/systemd.exec.html#ProtectSystem=');
    assert.equal(releaseManualUrl('https://www.freedesktop.org/software/systemd/man/latest/systemd.kill.html#KillMode=', 240),
      'https://www.freedesktop.org/software/systemd/man/latest/systemd.kill.html#KillMode=');
  });
});

describe('man pages on disk', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dc-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('searches MANPATH as man does: an empty part stands for the default folders; the setting comes first', () => {
    assert.deepEqual(manFolders('', undefined), ['/usr/share/man', '/usr/local/share/man']);
    assert.deepEqual(manFolders('', '/opt/man'), ['/opt/man']);
    assert.deepEqual(manFolders('', '/opt/man:'), ['/opt/man', '/usr/share/man', '/usr/local/share/man']);
    assert.deepEqual(manFolders('/mine', '/opt/man'), ['/mine']);
    assert.deepEqual(localeFolders('zh-cn'), ['zh_CN', 'zh']);
    assert.deepEqual(localeFolders('de'), ['de']);
    assert.deepEqual(localeFolders('en-us'), []);
  });

  it('reads a gzipped page, the user\'s language first, and follows a .so alias', async () => {
    mkdirSync(join(dir, 'man5'), { recursive: true });
    mkdirSync(join(dir, 'de', 'man5'), { recursive: true });
    writeFileSync(join(dir, 'man5', 'systemd.exec.5.gz'), gzipSync(page('systemd.exec')));
    writeFileSync(join(dir, 'de', 'man5', 'systemd.exec.5'), readFileSync(join(FIXTURES, 'de', 'man5', 'systemd.exec.5')));
    writeFileSync(join(dir, 'man5', 'systemd.service.5'), page('systemd.service'));
    writeFileSync(join(dir, 'man5', 'systemd.alias.5'), page('systemd.alias'));
    const english = await manPageSource([dir], 'en').read('systemd.exec', '5');
    assert.match(english!.text, /Fixture sentence one/);
    const german = await manPageSource([dir], 'de-DE').read('systemd.exec', '5');
    assert.equal(german!.locale, 'de');
    assert.match(renderBlocks(findEntry(parseRoff(german!.text), 'ProtectSystem')!.body, ctx), /Lokalisierter Testsatz für den Leser/);
    assert.match((await manPageSource([dir], undefined).read('systemd.alias', '5'))!.text, /Fixture text for the restart setting/);
    assert.equal(await manPageSource([dir], undefined).read('systemd.timer', '5'), undefined);
    assert.equal(await manPageSource([dir], undefined).read('../man5/systemd.exec', '5'), undefined, 'no paths in names');
  });
});
