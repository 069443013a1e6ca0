// Agreement with supervisor itself: every config of the corpus goes through supervisord's and
// supervisorctl's own config processing (Debian's supervisor package, run by /usr/bin/python3)
// and through our checker. Every config supervisor rejects must get an error from us where the
// message points; no config it accepts may get an error (warnings are fine).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { buildCorpus } from './corpus';
import { evaluate, figures, PYTHON, type Verdict } from './evaluate';

function supervisorAvailable(): boolean {
  try {
    execFileSync(PYTHON, ['-c', 'import supervisor.options'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function describeVerdict(v: Verdict): string {
  const ours = v.errors.map((e) => `${String(e.diagnostic.code)}@${e.diagnostic.range.start.line + 1}`).join(', ') || 'none';
  return `${v.config.name} / ${v.config.mutation ?? 'as is'}: supervisor says ${v.rejection ?? 'OK'}; our errors: ${ours}`;
}

// Under CI=true a missing oracle is a failure, not a skip.
const missing = !supervisorAvailable();
if (missing && process.env.CI === 'true') throw new Error(`${PYTHON} cannot import supervisor.options: install Debian's supervisor package`);

describe('supervisor agreement', { skip: missing && 'Debian\'s supervisor package is not installed' }, () => {
  const verdicts = evaluate(buildCorpus());
  const table = figures(verdicts);
  console.log(`\nsupervisor agreement (oracle: supervisor.options via ${PYTHON})\n${table}\n`);

  it('has a corpus with real configs, curated defects and systematic mutants', () => {
    assert.ok(verdicts.some((v) => v.config.origin === 'real' && v.config.kind === 'base'));
    assert.ok(verdicts.filter((v) => v.config.kind === 'curated').length >= 40);
    assert.ok(verdicts.filter((v) => v.rejection).length > 100);
    assert.ok(verdicts.filter((v) => !v.rejection).length > 100);
  });

  it('accepts every base config supervisor accepts', () => {
    const bases = verdicts.filter((v) => v.config.kind === 'base');
    assert.deepEqual(bases.filter((v) => v.rejection).map(describeVerdict), [], 'a base config is itself rejected: fix the corpus');
  });

  it('reports no error on any config supervisor accepts', () => {
    assert.deepEqual(verdicts.filter((v) => v.outcome === 'false-error').map(describeVerdict), []);
  });

  it('warns where supervisor points about what this machine lacks (folders, accounts)', () => {
    const machine = verdicts.filter((v) => v.config.kind === 'machine');
    assert.ok(machine.length > 0 && machine.every((v) => v.rejection), 'each machine-dependent mutant is refused here');
    assert.deepEqual(machine.filter((v) => v.outcome !== 'machine-warned').map(describeVerdict), []);
  });

  it('reports an error on every config supervisor rejects, where supervisor points', () => {
    assert.deepEqual(verdicts.filter((v) => v.outcome === 'missed' || v.outcome === 'elsewhere').map(describeVerdict), []);
  });
});
