// In-process profile of the diagnostics path on the stress fixtures: parse time, then each rule's
// time, so a hot rule shows without the LSP round trip. Run: node --import tsx bench/profileDiagnostics.ts [N]
import { analyze } from '../server/src/analysis';
import { computeDiagnostics } from '../server/src/features/diagnostics';
import { commonRules } from '../server/src/rules/common';
import { fileSystemWorkspace } from '../server/src/host/fsWorkspace';
import { DEFAULT_SETTINGS } from '../server/src/settings';
import { stressSupervisor, stressUnit } from './fixtures';

const runs = Number(process.argv[2] ?? 30);
const commonTimes = new Map<string, number>();
// The common rules are shared objects: wrap their checks in place, once.
for (const rule of commonRules) {
  const check = rule.check.bind(rule);
  (rule as { check: typeof check }).check = (c) => {
    const s = performance.now();
    try { return check(c); } finally { commonTimes.set(rule.code, (commonTimes.get(rule.code) ?? 0) + performance.now() - s); }
  };
}
for (const fixture of [stressUnit(), stressSupervisor()]) {
  const perRule = new Map<string, number>();
  commonTimes.clear();
  let parse = 0;
  let total = 0;
  let count = 0;
  for (let i = 0; i < runs; i++) {
    // Edit the end of the bench's line each run, as a user typing would, so nothing is reused by accident.
    const lines = fixture.text.split('\n');
    lines[fixture.editLine] += 'abcdefghij'.slice(0, i % 10 + 1);
    const text = lines.join('\n');
    const t0 = performance.now();
    const analyzed = analyze(fixture.uri, i, text, fixture.languageId);
    if (!analyzed) throw new Error('not analysed');
    const t1 = performance.now();
    // Time each rule by wrapping it for this run only.
    const rules = analyzed.support.rules.map((rule) => ({ ...rule, check: (c: Parameters<typeof rule.check>[0]) => {
      const s = performance.now();
      try { return rule.check(c); } finally { perRule.set(rule.code, (perRule.get(rule.code) ?? 0) + performance.now() - s); }
    } }));
    const timed = { ...analyzed, support: { ...analyzed.support, rules } };
    count = computeDiagnostics(timed, DEFAULT_SETTINGS, fileSystemWorkspace()).length; // as the server does
    const t2 = performance.now();
    parse += t1 - t0;
    total += t2 - t0;
  }
  console.log(`${fixture.name}: total ${(total / runs).toFixed(2)} ms, parse ${(parse / runs).toFixed(2)} ms, ${count} diagnostics`);
  const common = total / runs - parse / runs - [...perRule.values()].reduce((a, b) => a + b, 0) / runs;
  console.log(`  common rules + sort etc: ${common.toFixed(2)} ms`);
  for (const [code, ms] of [...commonTimes]) console.log(`  common ${code}: ${(ms / runs).toFixed(2)} ms`);
  for (const [code, ms] of [...perRule].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`  ${code}: ${(ms / runs).toFixed(2)} ms`);
}
