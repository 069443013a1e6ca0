// Agreement of our exposure score with systemd-analyze security --offline=yes: every service of the
// agreement corpus (test/agreement/systemd/corpus.ts) and seeded mutants that add or take out
// hardening directives, in the unit or in a drop-in. Same exposure to 0.1 and the same verdict on
// every check. Skipped where systemd-analyze is not installed.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { formatExposure } from '../../../server/src/security';
import { buildCorpus } from '../systemd/corpus';
import { seeded } from '../systemd/mutants';
import { securityMutant } from './mutants';
import { runSecurityOracle, type OracleUnit } from './oracle';
import { ourReports } from './ours';

const ROOT = resolve(__dirname, '../../..');
const CACHE = join(ROOT, '.cache/agreement/systemd');
const MUTANT_DIR = join(ROOT, '.cache/agreement/security/mutants');
const SEED = Number(process.env.AGREEMENT_SEED ?? 252);
const MUTANTS = Number(process.env.SECURITY_MUTANTS ?? 1000);

function hasAnalyze(): boolean {
  try {
    execFileSync('systemd-analyze', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

interface Tally { scored: number; agree: number; disagreements: string[] }

function compare(oracle: OracleUnit[], files: string[], together: boolean): Tally {
  const ours = ourReports(files, together);
  const tally: Tally = { scored: oracle.length, agree: 0, disagreements: [] };
  for (const unit of oracle) {
    const report = ours.get(unit.file);
    if (!report) {
      tally.disagreements.push(`${unit.file}: systemd scored ${unit.unit}, we did not`);
      continue;
    }
    const checks = unit.checks.flatMap((c) => {
      const mine = report.checks.find((r) => r.assessor.id === c.name);
      return mine?.badness === c.badness ? [] : [`${c.name} systemd ${String(c.badness)} ours ${String(mine?.badness)}`];
    });
    if (unit.checks.length !== report.checks.length) checks.push(`${unit.checks.length} checks, ours ${report.checks.length}`);
    if (report.exposure === unit.exposure && checks.length === 0) tally.agree++;
    else tally.disagreements.push(`${unit.file}: systemd ${formatExposure(unit.exposure)}, ours ${formatExposure(report.exposure)}; ${checks.join('; ')}`);
  }
  return tally;
}

function print(title: string, t: Tally): void {
  console.log(`SECURITY AGREEMENT ${title}: scored ${t.scored}, agree ${t.agree}`);
  for (const d of t.disagreements.slice(0, 15)) console.log(`  ${d}`);
}

describe('agreement with systemd-analyze security --offline=yes', { skip: !hasAnalyze() && 'systemd-analyze is not installed' }, () => {
  it('scores the services of the corpus and their hardening mutants as systemd does', { timeout: 1_800_000 }, async () => {
    const corpus = await buildCorpus(CACHE, (line) => console.log(line));
    const services = corpus.map((u) => u.path).filter((f) => f.endsWith('.service'));
    const real = compare(await runSecurityOracle(services), services, true);
    print('real services', real);

    rmSync(MUTANT_DIR, { recursive: true, force: true });
    const random = seeded(SEED);
    const mutants: string[] = [];
    for (let i = 0; i < MUTANTS && services.length > 0; i++) {
      const source = services[Math.floor(random() * services.length)] ?? '';
      const mutant = securityMutant(readFileSync(source, 'utf8'), random);
      const dir = join(MUTANT_DIR, String(i));
      const file = join(dir, basename(source));
      mkdirSync(dir, { recursive: true });
      writeFileSync(file, mutant.unit);
      if (mutant.dropIn) {
        mkdirSync(`${file}.d`, { recursive: true });
        writeFileSync(join(`${file}.d`, 'harden.conf'), mutant.dropIn);
      }
      mutants.push(file);
    }
    // Mutants of one unit share its name: each is merged with its own drop-in only.
    const mutated = compare(await runSecurityOracle(mutants), mutants, false);
    print(`mutants (seed ${SEED}, ${mutants.length} written)`, mutated);

    assert.ok(real.scored >= services.length * 0.9, `systemd scored only ${real.scored} of ${services.length} services`);
    assert.deepEqual(real.disagreements, [], 'real services where our score differs');
    assert.ok(mutated.scored >= mutants.length * 0.5, `systemd scored only ${mutated.scored} of ${mutants.length} mutants`);
    assert.deepEqual(mutated.disagreements, [], 'mutants where our score differs');
    rmSync(MUTANT_DIR, { recursive: true, force: true });
  });
});
