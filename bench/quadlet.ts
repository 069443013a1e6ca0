// The cost of checking a Quadlet file: every file of Podman's quadlet tests (the agreement corpus)
// analysed and checked by the whole pipeline (syntax, generic and quadlet rules), as p50, p99 and the
// slowest per file. `node --import tsx bench/quadlet.ts` prints them; not part of the table.
import { analyze } from '../server/src/analysis';
import { computeDiagnostics } from '../server/src/features/diagnostics';
import { NEWEST_PODMAN } from '../server/src/schema/quadlet';
import { NEWEST_KNOWN_SYSTEMD } from '../server/src/settings';
import { loadCorpus } from '../test/agreement/quadlet/evaluate';
import { percentile } from './stats';

const ROUNDS = 20;

function main(): void {
  const corpus = loadCorpus();
  const files = Object.entries(corpus.files);
  const settings = { systemdVersion: NEWEST_KNOWN_SYSTEMD, podmanVersion: NEWEST_PODMAN };
  const check = ([name, text]: [string, string], version: number) => {
    const analyzed = analyze(`file:///etc/containers/systemd/${name}`, version, text);
    if (analyzed) computeDiagnostics(analyzed, settings);
  };
  // A warm-up pass, so that the figures do not measure compilation.
  files.forEach((f) => check(f, 0));
  const times: number[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    for (const file of files) {
      const start = process.hrtime.bigint();
      check(file, round);
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  const sorted = times.sort((a, b) => a - b);
  console.log(`${files.length} Quadlet files x ${ROUNDS}: analyse + diagnostics p50 ${percentile(sorted, 50).toFixed(3)} ms  p99 ${percentile(sorted, 99).toFixed(3)} ms  max ${sorted[sorted.length - 1].toFixed(2)} ms`);
}

main();
