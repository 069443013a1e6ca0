// Agreement with quadlet itself, through the verdicts written in Podman's own quadlet tests (Debian 12's
// podman 4.3.1 predates Quadlet, so the tool cannot run here): every file quadlet refuses must get an
// error from us, and no file it converts may get one (warnings are fine).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { parse } from '../../../server/src/parse';
import { figures, judge, loadCorpus, type Verdict } from './evaluate';

const listed = (found: Diagnostic[]) => found.map((e) => `${String(e.code)}@${e.range.start.line + 1} ${String(e.message)}`).join(' | ') || 'none';
const describeVerdict = (v: Verdict) => `${v.case.file}: quadlet ${v.case.expect === 'fail' ? `refuses it ("${v.case.message}")` : 'converts it'}; our errors: ${listed(v.errors)}`;
/** The sections quadlet copies to the generated service for systemd to read. */
const SERVICE_SECTIONS = new Set(['Unit', 'Service', 'Install']);

describe('quadlet agreement', () => {
  const corpus = loadCorpus();
  const verdicts = corpus.cases.map((c) => judge(corpus, c));
  const result = figures(verdicts);
  const failing = verdicts.filter((v) => v.case.expect === 'fail').length;
  const serviceFlagged = verdicts.filter((v) => v.case.expect === 'ok' && v.serviceErrors.length > 0);
  console.log(`\nquadlet agreement (Podman ${corpus.pin.tag}, ${corpus.pin.commit.slice(0, 12)}): ${verdicts.length} cases, ${failing} refused by quadlet`
    + `\n  recall ${result.recall.toFixed(3)} (${result.truePositives}/${failing}), precision ${result.precision.toFixed(3)}`
    + `${[...result.falseNegatives, ...result.falsePositives].map((v) => `\n  ${describeVerdict(v)}`).join('')}`
    + `\n  besides, errors about the generated service (systemd's verdict, not quadlet's) on ${serviceFlagged.length} files quadlet converts:`
    + `${serviceFlagged.map((v) => `\n    ${v.case.file}: ${listed(v.serviceErrors)}`).join('')}\n`);

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

  it('counts apart only errors about the generated service, in the sections systemd reads', () => {
    const elsewhere = verdicts.flatMap((v) => v.serviceErrors.map((d) => ({ v, d })))
      .filter(({ v, d }) => !SERVICE_SECTIONS.has(sectionAt(corpus.files[v.case.file], d.range.start.line)) || !String(d.code).startsWith('systemd/'));
    assert.deepEqual(elsewhere.map(({ v, d }) => `${v.case.file}: ${String(d.code)} ${String(d.message)}`), []);
  });
});

/** The section a line of the text is in. */
function sectionAt(text: string, line: number): string {
  return parse(text, 'systemd').sections.filter((s) => s.headerRange.start.line <= line).at(-1)?.name ?? '';
}
