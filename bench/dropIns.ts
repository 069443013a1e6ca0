// Drop-ins merged with their unit, on a large workspace: 1,000 generated units (a drop-in each tenth)
// and one unit with 20 drop-ins across its own, prefix and type folders, asked over stdio of the
// built server. Reports daemonConfig/effectiveUnit (first and later) and the time from an edit of
// a drop-in to its diagnostics, which are made with the unit and the other drop-ins, against the
// same edit in a unit without drop-ins. Not a test: it asserts nothing.
// Run: npm run build && node --import tsx bench/dropIns.ts
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer } from '../test/helpers/lspClient';
import { median, msSince, percentile } from './stats';

const UNITS = Number(process.env.BENCH_UNITS ?? 1000);
const ROUNDS = 50;

function generate(root: string): void {
  const write = (rel: string, text: string) => {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  };
  for (let i = 0; i < UNITS; i++) {
    const name = `app-${String(i).padStart(4, '0')}.service`;
    write(`units/${name}`, `[Unit]\nDescription=generated ${i}\n\n[Service]\nExecStart=/usr/bin/app ${i}\nRestart=on-failure\n`);
    if (i % 10 === 0) write(`units/${name}.d/override.conf`, '[Service]\nEnvironment=N=1\n');
  }
  write('units/web-api-v2.service', '[Unit]\nDescription=the api\n\n[Service]\nType=notify\nExecStart=/usr/bin/api\nEnvironment=A=1\n');
  const folders = ['web-api-v2.service.d', 'web-api-.service.d', 'web-.service.d', 'service.d'];
  for (let i = 0; i < 20; i++) write(`units/${folders[i % 4]}/${String(i).padStart(2, '0')}-part.conf`, `[Service]\nEnvironment=PART${i}=${i}\nRestartSec=${i}\n`);
  write('units/plain.service', '[Service]\nExecStart=/usr/bin/plain\n');
}

async function main() {
  const root = mkdtempSync(join(tmpdir(), 'dc-bench-'));
  try {
    generate(root);
    const server = await startServer(undefined, {}, { rootUri: pathToFileURL(root).href });
    const unit = pathToFileURL(join(root, 'units/web-api-v2.service')).href;
    const ask = async () => {
      const start = process.hrtime.bigint();
      const answer = await server.request<{ files: unknown[] } | null>('daemonConfig/effectiveUnit', { textDocument: { uri: unit } });
      return { ms: msSince(start), files: answer?.files.length ?? 0 };
    };
    const first = await ask();
    const warm: number[] = [];
    for (let i = 0; i < ROUNDS; i++) warm.push((await ask()).ms);
    // Edit → diagnostics, for an open drop-in (merged with the unit and 19 others) and a plain unit.
    const roundTrip = async (rel: string, text: (i: number) => string) => {
      const uri = pathToFileURL(join(root, rel)).href;
      const opened = server.diagnostics(uri);
      server.open(uri, text(0));
      await opened;
      const times: number[] = [];
      for (let i = 1; i <= ROUNDS; i++) {
        const published = server.diagnostics(uri, i + 1);
        const start = process.hrtime.bigint();
        server.change(uri, i + 1, [{ text: text(i) }]);
        await published;
        times.push(msSince(start));
      }
      return times;
    };
    // An unknown key named after the round: the diagnostics differ every time (unchanged ones are not sent).
    const dropIn = await roundTrip('units/web-api-v2.service.d/00-part.conf', (i) => `[Service]\nEnvironment=PART0=${i}\nRestartSec=${i}\nNoSuchKey${i}=1\n`);
    const plain = await roundTrip('units/plain.service', (i) => `[Service]\nExecStart=/usr/bin/plain ${i}\nNoSuchKey${i}=1\n`);
    await server.close();
    const f = (n: number) => `${n.toFixed(1)} ms`;
    console.log(`workspace: ${UNITS + 3} units, ${Math.ceil(UNITS / 10) + 20} drop-ins (plus this host's unit folders)`);
    console.log(`daemonConfig/effectiveUnit of web-api-v2.service (${first.files} files merged):`);
    console.log(`  first request (folder scans, files read): ${f(first.ms)}`);
    console.log(`  later requests: p50 ${f(median(warm))}, p99 ${f(percentile(warm, 99))} (${ROUNDS} requests)`);
    console.log(`edit to diagnostics (diagnosticsDelay 0), p50 / p99 over ${ROUNDS} edits:`);
    console.log(`  a drop-in checked with its unit and 19 other drop-ins: ${f(median(dropIn))} / ${f(percentile(dropIn, 99))}`);
    console.log(`  a unit without drop-ins: ${f(median(plain))} / ${f(percentile(plain, 99))}`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

void main();
