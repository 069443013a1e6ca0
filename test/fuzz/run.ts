// The long fuzz run: `npm run fuzz [-- --cases N --seed S]`. Prints progress and cases/s; each new
// kind of failure is shrunk and saved under test-results/fuzz/ for `--replay FILE`.
// Also: `--case-seed S` regenerates and checks one case; `--sample` samples positions on small documents too
// (by default hover and definition run at every position of documents up to 1,500 characters).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkCase, createSandbox, type Failure } from './check';
import { generateCase, loadCorpus, type FuzzCase } from './generate';
import { caseSeed } from './prng';
import { minimize, saveReproducer, signature, type Reproducer } from './reproduce';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '100000' },
    seed: { type: 'string' },
    start: { type: 'string', default: '0' },
    'case-seed': { type: 'string' },
    replay: { type: 'string' },
    'max-failures': { type: 'string', default: '10' },
    sample: { type: 'boolean', default: false },
  },
});

const sandbox = createSandbox();
const options = { exhaustive: !values.sample };
process.on('exit', () => sandbox.dispose());
process.on('SIGINT', () => process.exit(130));

function report(c: FuzzCase, failure: Failure): void {
  console.log(`  case seed ${c.seed} (${c.dialect}, ${c.name}, ${c.text.length} chars; ${c.recipe.join(' ')})`);
  console.log(`  ${failure.property}: ${failure.message.split('\n').slice(0, 6).join('\n    ')}`);
}

function single(c: FuzzCase): void {
  const failure = checkCase(c, sandbox, options);
  if (!failure) {
    console.log(`case seed ${c.seed}: passes`);
    return;
  }
  console.log(`case seed ${c.seed}: FAILS`);
  report(c, failure);
  process.exitCode = 1;
}

if (values.replay) {
  const saved = JSON.parse(readFileSync(values.replay, 'utf8')) as Reproducer;
  console.log(`replaying ${values.replay} (run seed ${saved.runSeed}, case ${saved.index})`);
  single(saved.case);
} else if (values['case-seed']) {
  single(generateCase(Number(values['case-seed'])));
} else {
  const seed = values.seed !== undefined ? Number(values.seed) : Math.floor(Math.random() * 2 ** 31);
  const count = Number(values.cases);
  const start = Number(values.start);
  const maxFailures = Number(values['max-failures']);
  console.log(`fuzz: ${count} cases from seed ${seed} (corpus of ${loadCorpus().length} real files)`);
  const began = Date.now();
  let lastReport = began;
  let failures = 0;
  const seen = new Set<string>();
  let done = 0;
  for (let i = start; i < start + count; i++) {
    const c = generateCase(caseSeed(seed, i));
    const failure = checkCase(c, sandbox, options);
    done++;
    if (failure) {
      failures++;
      const kind = signature(failure);
      if (!seen.has(kind)) {
        seen.add(kind);
        console.log(`FAILURE at case ${i} of seed ${seed}:`);
        report(c, failure);
        const small = minimize(c, failure, sandbox, options);
        const path = saveReproducer({ runSeed: seed, index: i, failure: checkCase(small, sandbox, options) ?? failure, case: small, original: c });
        console.log(`  minimised to ${small.text.length} chars: ${JSON.stringify(small.text.slice(0, 200))}`);
        console.log(`  saved ${path}`);
      }
      if (failures >= maxFailures) {
        console.log(`stopping after ${failures} failures`);
        break;
      }
    }
    const now = Date.now();
    if (now - lastReport >= 10_000) {
      lastReport = now;
      console.log(`  ${done} cases, ${(done / ((now - began) / 1000)).toFixed(0)} cases/s, ${failures} failures`);
    }
  }
  const seconds = (Date.now() - began) / 1000;
  console.log(`fuzz: ${done} cases in ${seconds.toFixed(1)} s (${(done / seconds).toFixed(0)} cases/s), seed ${seed}, ${failures} failures`);
  if (failures > 0) process.exitCode = 1;
}
