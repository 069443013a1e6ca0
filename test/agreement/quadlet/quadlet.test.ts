// Agreement with quadlet itself, through the verdicts written in Podman's own quadlet tests (Debian 12's
// podman 4.3.1 predates Quadlet, so the tool cannot run here): every file quadlet refuses must get an
// error from us, and no file it converts may get one (warnings are fine).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { figures, judge, loadCorpus, type Verdict } from './evaluate';

const describeVerdict = (v: Verdict) => `${v.case.file}: quadlet ${v.case.expect === 'fail' ? `refuses it ("${v.case.message}")` : 'converts it'}; our errors: ${
  v.errors.map((e) => `${String(e.code)}@${e.range.start.line + 1} ${e.message}`).join(' | ') || 'none'}`;

describe('quadlet agreement', () => {
  const corpus = loadCorpus();
  const verdicts = corpus.cases.map((c) => judge(corpus, c));
  const result = figures(verdicts);
  const failing = verdicts.filter((v) => v.case.expect === 'fail').length;
  console.log(`\nquadlet agreement (Podman ${corpus.pin.tag}, ${corpus.pin.commit.slice(0, 12)}): ${verdicts.length} cases, ${failing} refused by quadlet`
    + `\n  recall ${result.recall.toFixed(3)} (${result.truePositives}/${failing}), precision ${result.precision.toFixed(3)}`
    + `${[...result.falseNegatives, ...result.falsePositives].map((v) => `\n  ${describeVerdict(v)}`).join('')}\n`);

  it('has the corpus of Podman\'s tests, both verdicts', () => {
    assert.ok(verdicts.length > 250);
    assert.ok(failing >= 20);
  });

  it('reports an error on at least 98% of the files quadlet refuses', () => {
    assert.ok(result.recall >= 0.98, result.falseNegatives.map(describeVerdict).join('\n'));
  });

  it('reports errors that are right at least 99% of the time', () => {
    assert.ok(result.precision >= 0.99, result.falsePositives.map(describeVerdict).join('\n'));
  });
});
