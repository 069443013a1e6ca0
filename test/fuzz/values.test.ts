// The differential value fuzzer's seeded slice (the full sweep is `npm run fuzz:values`): values for
// every systemd parser, judged by the machine's `systemd-analyze verify` and by us, line by line. Every
// disagreement must be explained by test/fuzz/values/exceptions.ts; each exception's example must still
// show it; and the parser unit tests must agree with systemd. Needs systemd 252 (skipped otherwise:
// the tables and exceptions are that release's).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { directivesAt, type FuzzDirective } from './values/directives';
import { EXCEPTIONS, explain } from './values/exceptions';
import { judge } from './values/oracle';
import { ourVerdicts } from './values/ours';
import { sweep } from './values/sweep';

const VERSION = 252;
const SEED = Number(process.env.VALUES_SEED ?? 14);
const COUNT = Number(process.env.VALUES_COUNT ?? 20_000);

function hostVersion(): number | undefined {
  try {
    return Number(/systemd (\d+)/.exec(execFileSync('systemd-analyze', ['--version'], { encoding: 'utf8' }))?.[1]);
  } catch {
    return undefined;
  }
}

const host = hostVersion();
const skip = host === undefined ? 'systemd-analyze is not installed' : host !== VERSION ? `systemd ${host} here; the tables are for ${VERSION}` : false;

describe('systemd value parsers against systemd-analyze verify', { skip }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'dcv-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const directives = new Map(directivesAt(VERSION).map((d) => [d.name, d]));

  it('agrees on a seeded slice of values for every parser, each disagreement explained', { timeout: 300_000 }, async () => {
    const result = await sweep(VERSION, SEED, COUNT);
    const kinds = (k: string): number => result.disagreements.filter((d) => d.exception?.kind === k).length;
    console.log(`VALUES slice systemd ${VERSION} seed ${SEED}: ${result.judged}/${result.values} judged over ${result.parsers} parsers; `
      + `disagreements ${result.disagreements.length}: deliberate ${kinds('deliberate')}, known gaps ${kinds('gap')}, unexplained ${result.unexplained.length}`);
    assert.ok(result.parsers >= 130, `${result.parsers} parsers`);
    assert.ok(result.judged >= COUNT * 0.98, `${result.judged} judged`);
    assert.deepEqual(result.unexplained.slice(0, 10).map((d) => `${d.directive}=${d.value}: systemd ${d.oracle} [${d.systemd.join(' / ')}], us ${d.ours}`), []);
  });

  it('each exception still describes what systemd and we do with its example', { timeout: 120_000 }, async () => {
    const values = EXCEPTIONS.map((e) => ({ directive: directives.get(e.example.directive) as FuzzDirective, value: e.example.value }));
    assert.ok(values.every((v) => v.directive), 'every example names a directive of the release');
    const { judged } = await judge(mkdtempSync(join(dir, 'x')), values, { perFile: 1 });
    const ours = ourVerdicts(judged, VERSION);
    for (const e of EXCEPTIONS) {
      const i = judged.findIndex((j) => j.directive.name === e.example.directive && j.value === e.example.value);
      assert.ok(i >= 0, `${e.id}: example judged`);
      const seen = {
        parser: judged[i].directive.parser, value: judged[i].value, oracle: judged[i].oracle, ours: ours[i].verdict,
        systemd: judged[i].messages, ourMessages: ours[i].diagnostics.map((d) => (typeof d.message === 'string' ? d.message : d.message.value)),
      };
      assert.notEqual(seen.oracle, seen.ours, `${e.id}: systemd and we now agree on ${e.example.directive}=${e.example.value}; drop the exception`);
      assert.equal(explain(seen)?.id, e.id, `${e.id}: its example (${seen.oracle}/${seen.ours}) is explained by ${explain(seen)?.id ?? 'nothing'}`);
    }
  });

  it('the cases of the parser unit tests agree with systemd', { timeout: 120_000 }, async () => {
    const text = readFileSync(join(__dirname, '../unit/values-systemd/exact.test.ts'), 'utf8');
    const cases: { directive: FuzzDirective; value: string; want: string }[] = [];
    for (const m of text.matchAll(/(accepts|refuses|warns)\('\w+', '(\w+)', \[(.*?)\](?:, (\d+))?\);/g)) {
      if (m[4] && m[4] !== String(VERSION)) continue;
      const directive = directives.get(m[2]);
      if (!directive) continue;
      // The cases are string literals, template literals of repeats, and nothing else.
      const values = (new Function(`return [${m[3]}]`) as () => string[])();
      for (const value of values) cases.push({ directive, value, want: m[1] === 'accepts' ? 'ok' : m[1] === 'refuses' ? 'error' : 'warning' });
    }
    assert.ok(cases.length >= 150, `${cases.length} cases read`);
    const { judged } = await judge(mkdtempSync(join(dir, 'u')), cases, { perFile: 1 });
    const wrong = judged.filter((j) => cases.find((c) => c.directive === j.directive && c.value === j.value)?.want !== j.oracle)
      .map((j) => `${j.directive.name}=${j.value}: systemd ${j.oracle} [${j.messages.join(' / ')}]`);
    assert.deepEqual(wrong, []);
  });
});
