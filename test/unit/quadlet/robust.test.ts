// No text makes a Quadlet rule throw: every file of Podman's quadlet tests, cut and mangled in seeded
// ways, goes through the whole pipeline with a rule failure treated as a test failure.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../../server/src/analysis';
import { computeDiagnostics } from '../../../server/src/features/diagnostics';
import type { WorkspaceView } from '../../../server/src/rules/types';
import { loadCorpus } from '../../agreement/quadlet/evaluate';

/** A small seeded generator (mulberry32), so that a failure replays. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = ['=', '[', ']', '\\\n', '"', ':', ',', 'source=', '.container', '.pod', '%', '\u0000', ' ', '\n', 'x'.repeat(5000), '\r\n'];

function mangle(text: string, next: () => number): string {
  let out = text;
  for (let i = 0; i < 4; i++) {
    const at = Math.floor(next() * (out.length + 1));
    const cut = Math.floor(next() * 8);
    out = out.slice(0, at) + PIECES[Math.floor(next() * PIECES.length)] + out.slice(at + cut);
  }
  return out;
}

const everything: WorkspaceView = { readFile: () => undefined, glob: () => ['/etc/containers/systemd/a.container', '/x/b.pod'] };

describe('Quadlet on hostile text', () => {
  it('never throws, on every file of the corpus mangled five ways', () => {
    const corpus = loadCorpus();
    const next = random(15);
    let checked = 0;
    for (const [name, text] of Object.entries(corpus.files)) {
      for (let round = 0; round < 5; round++) {
        for (const version of ['5.8.2', '4.4.0']) {
          const analyzed = analyze(`file:///etc/containers/systemd/${name}`, 1, mangle(text, next));
          if (!analyzed) continue;
          computeDiagnostics(analyzed, { systemdVersion: 252, podmanVersion: version }, round % 2 ? everything : undefined, (code, error) => {
            assert.fail(`${code} threw on a mangled ${name}: ${String(error)}`);
          });
          checked++;
        }
      }
    }
    assert.ok(checked > 2000, `only ${checked} files checked`);
  });
});
