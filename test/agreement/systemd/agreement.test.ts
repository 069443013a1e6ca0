// Agreement with systemd itself: lint real units and single-defect mutants with our checker and with
// `systemd-analyze verify`, then compare line by line. Needs systemd-analyze (skipped without it) and,
// the first time, apt access to Debian mirrors; everything fetched is cached under .cache/.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { buildCorpus } from './corpus';
import { compare, type Figures } from './compare';
import { mutate, seeded } from './mutants';
import { runOracle } from './oracle';
import { runOurs } from './ours';

const ROOT = resolve(__dirname, '../../..');
const CACHE = join(ROOT, '.cache/agreement/systemd');
const SEED = Number(process.env.AGREEMENT_SEED ?? 252);
const MUTANTS = Number(process.env.AGREEMENT_MUTANTS ?? 2000);

function hostVersion(): number | undefined {
  try {
    return Number(/systemd (\d+)/.exec(execFileSync('systemctl', ['--version'], { encoding: 'utf8' }))?.[1]);
  } catch {
    return undefined;
  }
}

function report(title: string, f: Figures): void {
  console.log(`${title}: oracle lines ${f.oracleLines}, matched ${f.matched}, recall ${f.recall.toFixed(4)} `
    + `(ignored/refused lines reported as errors: ${f.matchedAsError}/${f.rejects}; refused units flagged: ${f.refusedFlagged}/${f.refusedUnits}); `
    + `our errors ${f.ourErrors}, confirmed ${f.confirmedErrors}, precision ${f.precision.toFixed(4)}`);
  for (const m of f.missed.slice(0, 15)) console.log(`  missed      ${m.file}:${m.line}: ${m.text}`);
  for (const m of f.unconfirmed.slice(0, 15)) console.log(`  unconfirmed ${m.file}:${m.line}: ${m.text}`);
  for (const file of f.unflagged.slice(0, 15)) console.log(`  refused, not flagged ${file}`);
}

const version = hostVersion();

describe('agreement with systemd-analyze verify', { skip: version === undefined && 'systemd is not installed' }, () => {
  it('lints real units and mutants like systemd does', { timeout: 3_600_000 }, async () => {
    const target = version ?? 252;
    execFileSync('node', [join(ROOT, 'scripts/build.mjs')], { stdio: 'inherit' });
    const cli = join(ROOT, 'dist/cli.js');

    const corpus = await buildCorpus(CACHE, (line) => console.log(line));
    const realFiles = corpus.map((u) => u.path);
    const origins = new Set(corpus.map((u) => u.origin));
    console.log(`corpus: ${realFiles.length} real units from ${origins.size} sources (host and ${origins.size - 1} Debian packages)`);

    const realOracle = await runOracle(realFiles);
    const realOurs = await runOurs(cli, realFiles, target);
    const real = compare(realOracle, realOurs, realFiles);
    report('real units', real);

    const complained = new Set([...realOracle.lines.map((l) => l.file), ...realOracle.refused]);
    const clean = realFiles.filter((f) => !complained.has(f));
    const errorsOnClean = realOurs.filter((r) => clean.includes(r.file) && r.diagnostics.some((d) => (d.severity ?? 1) === 1));
    console.log(`real units systemd accepts without a message: ${clean.length}; with an error from us: ${errorsOnClean.length}`);
    for (const r of errorsOnClean.slice(0, 10)) {
      console.log(`  ${r.file}: ${r.diagnostics.filter((d) => d.severity === 1).map((d) => `${String(d.code)}@${d.range.start.line + 1}`).join(', ')}`);
    }

    const mutantDir = join(CACHE, 'mutants');
    rmSync(mutantDir, { recursive: true, force: true });
    const random = seeded(SEED);
    const mutantFiles: string[] = [];
    const kinds = new Map<string, number>();
    for (let i = 0; mutantFiles.length < MUTANTS && i < MUTANTS * 4; i++) {
      const source = clean[Math.floor(random() * clean.length)];
      if (!source) break;
      const mutant = mutate(readFileSync(source, 'utf8'), random);
      if (!mutant) continue;
      const dir = join(mutantDir, String(mutantFiles.length));
      mkdirSync(dir, { recursive: true });
      const file = join(dir, basename(source));
      writeFileSync(file, mutant.text);
      mutantFiles.push(file);
      kinds.set(mutant.kind, (kinds.get(mutant.kind) ?? 0) + 1);
    }
    console.log(`mutants (seed ${SEED}): ${mutantFiles.length}; ${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')}`);
    const mutants = compare(await runOracle(mutantFiles), await runOurs(cli, mutantFiles, target), mutantFiles);
    report('mutants', mutants);

    const all = {
      oracle: real.oracleLines + mutants.oracleLines, matched: real.matched + mutants.matched,
      errors: real.ourErrors + mutants.ourErrors, confirmed: real.confirmedErrors + mutants.confirmedErrors,
    };
    const recall = all.matched / all.oracle;
    const precision = all.errors ? all.confirmed / all.errors : 1;
    writeFileSync(join(CACHE, 'report.json'), JSON.stringify({ real, mutants, errorsOnClean }, null, 1));
    console.log(`AGREEMENT systemd ${target}: recall ${recall.toFixed(4)} (${all.matched}/${all.oracle}), `
      + `precision of errors ${precision.toFixed(4)} (${all.confirmed}/${all.errors}), `
      + `errors on clean real units ${errorsOnClean.length}/${clean.length}`);
    const refused = real.refusedUnits + mutants.refusedUnits;
    const refusedRecall = refused ? (real.refusedFlagged + mutants.refusedFlagged) / refused : 1;
    console.log(`AGREEMENT units refused by systemd's load-time checks: flagged ${real.refusedFlagged + mutants.refusedFlagged}/${refused}`);
    assert.ok(recall >= 0.98, `recall ${recall}`);
    assert.ok(refusedRecall >= 0.98, `refused-unit recall ${refusedRecall}`);
    assert.ok(precision >= 0.99, `precision ${precision}`);
    assert.equal(errorsOnClean.length, 0, 'no error on a real unit systemd accepts');
    // 2,000 one-file folders (16 MB on disk), made again each run: kept only when a check fails
    rmSync(mutantDir, { recursive: true, force: true });
  });
});
