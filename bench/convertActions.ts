// The conversion code actions' cost per request (editors ask on every cursor move): on the
// examples' program file, main config and a unit, through the file-system workspace, as p50, p99
// and the slowest. `node --import tsx bench/convertActions.ts` prints them; not part of the table.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../server/src/analysis';
import { convertActions } from '../server/src/features/convertActions';
import { fileSystemWorkspace } from '../server/src/host/fsWorkspace';
import { percentile } from './stats';

const ROOT = join(__dirname, '..');
const REQUESTS = 500;
const CASES: [string, number][] = [['examples/supervisor/conf.d/worker.conf', 3], ['examples/supervisor/supervisord.conf', 10], ['examples/frpc.service', 5]];

const workspace = fileSystemWorkspace();
for (const [file, line] of CASES) {
  const path = join(ROOT, file);
  const a = analyze(`file://${path}`, 1, readFileSync(path, 'utf8'));
  if (!a) throw new Error(`${file} not analysed`);
  const range = { start: { line, character: 0 }, end: { line, character: 0 } };
  const context = { support: { createFiles: true, disabled: true }, workspace, openPaths: [path], inWorkspace: (p: string) => p.startsWith(`${ROOT}/`) };
  const times: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const start = process.hrtime.bigint();
    convertActions(a, range, context);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((x, y) => x - y);
  console.log(`${file.padEnd(40)} p50 ${percentile(times, 50).toFixed(3)} ms  p99 ${percentile(times, 99).toFixed(3)} ms  max ${times[times.length - 1].toFixed(2)} ms`);
}
