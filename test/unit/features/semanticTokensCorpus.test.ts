// Properties of semantic tokens over every unit and supervisor config we have: the examples, the
// test fixtures, the supervisor agreement corpus (with its mutants), mutants of the units, and this
// host's own units when it has them. Tokens lie inside their line, come in order without
// overlapping, survive encoding one for one, a range answer is the full answer cut to its lines,
// and a delta turns the previous answer into the next.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../../server/src/analysis';
import { tokenEdits } from '../../../server/src/features/semanticTokenDeltas';
import { encodeTokens, semanticTokenList } from '../../../server/src/features/semanticTokens';
import { buildCorpus } from '../../agreement/supervisor/corpus';
import { mutate, seeded } from '../../agreement/systemd/mutants';

const ROOT = resolve(__dirname, '../../..');
const HOST_FOLDERS = ['/usr/lib/systemd/system', '/etc/systemd/system', '/usr/lib/systemd/user'];
const UNIT = /\.(service|socket|timer|path|mount|automount|swap|slice|scope|target|device)$/;

function filesUnder(folder: string, keep: (path: string) => boolean, limit = Infinity): string[] {
  if (!existsSync(folder)) return [];
  const found: string[] = [];
  for (const name of readdirSync(folder).sort()) {
    if (found.length >= limit) break;
    const path = join(folder, name);
    let stat;
    try {
      stat = statSync(path);
    } catch {
      continue; // a dangling link
    }
    if (stat.isDirectory()) found.push(...filesUnder(path, keep, limit - found.length));
    else if (stat.isFile() && keep(path)) found.push(path);
  }
  return found;
}

interface Sample { uri: string; text: string }

function corpus(): Sample[] {
  const samples: Sample[] = [];
  const ours = ['examples', 'test/fixtures', 'test/neovim/fixtures', 'test/grammar']
    .flatMap((folder) => filesUnder(join(ROOT, folder), (path) => !path.endsWith('.md') && !path.endsWith('.log')));
  const host = HOST_FOLDERS.flatMap((folder) => filesUnder(folder, (path) => UNIT.test(path), 300));
  for (const path of [...ours, ...host]) samples.push({ uri: pathToFileURL(path).href, text: readFileSync(path, 'utf8') });
  // The agreement corpus has thousands of systematic mutants (45 MB): its bases, its curated
  // defects and every 25th of the rest are enough here.
  for (const config of buildCorpus().filter((c, i) => c.kind !== 'systematic' || i % 25 === 0)) {
    for (const [name, text] of Object.entries(config.files)) samples.push({ uri: pathToFileURL(join('/corpus', config.name, name)).href, text });
  }
  const random = seeded(13);
  for (const sample of samples.filter((s) => UNIT.test(s.uri))) {
    for (let i = 0; i < 3; i++) {
      const mutant = mutate(sample.text, random);
      if (mutant) samples.push({ uri: sample.uri, text: mutant.text });
    }
  }
  return samples;
}

describe('semantic tokens over the corpus', () => {
  const samples = corpus();

  it('has a corpus of both dialects to check', () => {
    const dialects = new Set(samples.map((s) => analyze(s.uri, 1, s.text)?.kind.dialect));
    assert.ok(samples.length > 100 && dialects.has('systemd') && dialects.has('supervisor'), `${samples.length} samples`);
  });

  it('gives in-line, ordered, non-overlapping tokens that encode one for one, and range answers that agree', () => {
    let previous: number[] = [];
    let checked = 0;
    for (const { uri, text } of samples) {
      const analyzed = analyze(uri, 1, text);
      if (!analyzed) continue;
      const where = relative(ROOT, uri);
      const document = TextDocument.create(uri, 'text', 1, text);
      const lineLength = (line: number) => {
        const start = document.offsetAt({ line, character: 0 });
        const end = line + 1 < document.lineCount ? document.offsetAt({ line: line + 1, character: 0 }) : text.length;
        return text.slice(start, end).replace(/\r?\n$|\r$/, '').length;
      };
      const tokens = semanticTokenList(analyzed);
      let end = { line: 0, character: 0 };
      for (const t of tokens) {
        assert.ok(t.length > 0, `${where}: empty token at ${t.line}:${t.character}`);
        assert.ok(t.line < document.lineCount && t.character + t.length <= lineLength(t.line),
          `${where}: token ${JSON.stringify(t)} runs past its line`);
        assert.ok(t.line > end.line || (t.line === end.line && t.character >= end.character),
          `${where}: token ${JSON.stringify(t)} starts before the previous one ends`);
        end = { line: t.line, character: t.character + t.length };
      }
      const data = encodeTokens(tokens);
      assert.equal(data.length, tokens.length * 5, `${where}: a token was dropped in encoding`);

      const middle = Math.floor(document.lineCount / 2);
      const range = { start: { line: middle, character: 0 }, end: { line: middle + 3, character: 0 } };
      assert.deepEqual(semanticTokenList(analyzed, range), tokens.filter((t) => t.line >= middle && t.line <= middle + 3), `${where}: range answer`);

      const [edit] = tokenEdits(previous, data);
      const patched = edit ? [...previous.slice(0, edit.start), ...(edit.data ?? []), ...previous.slice(edit.start + edit.deleteCount)] : previous;
      assert.deepEqual(patched, data, `${where}: the delta from the previous file does not rebuild this one`);
      previous = data;
      checked++;
    }
    assert.ok(checked > 100, `only ${checked} files analysed`);
  });
});
