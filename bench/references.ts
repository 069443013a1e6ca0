// References on a large workspace: 1,000 generated units (and a drop-in and a .wants/ link each
// tenth), asked over stdio of the built server. Reports the first request (folder scans, every file
// read and parsed), later ones (stamps only), one after a file changed on disk, and workspace/symbol.
// Not a test: it asserts nothing. Run: npm run build && node --import tsx bench/references.ts
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer } from '../test/helpers/lspClient';
import { median, msSince, percentile } from './stats';

const UNITS = Number(process.env.BENCH_UNITS ?? 1000);
const ROUNDS = 50;

function generate(root: string): void {
  mkdirSync(join(root, 'units'));
  writeFileSync(join(root, 'units/db.service'), '[Unit]\nDescription=the database\n\n[Service]\nExecStart=/usr/bin/db\n');
  for (let i = 0; i < UNITS; i++) {
    const name = `app-${String(i).padStart(4, '0')}.service`;
    const after = i % 3 === 0 ? 'network-online.target db.service' : `app-${String(Math.max(i - 1, 0)).padStart(4, '0')}.service`;
    writeFileSync(join(root, 'units', name), `[Unit]\nDescription=generated ${i}\nAfter=${after}\nWants=${after}\n\n[Service]\nExecStart=/usr/bin/app ${i}\nRestart=on-failure\n\n[Install]\nWantedBy=multi-user.target\n`);
    if (i % 10 === 0) {
      mkdirSync(join(root, 'units', `${name}.d`));
      writeFileSync(join(root, 'units', `${name}.d`, 'override.conf'), '[Unit]\nBindsTo=db.service\n');
    }
  }
  mkdirSync(join(root, 'units/app.target.wants'));
  symlinkSync('../db.service', join(root, 'units/app.target.wants/db.service'));
}

async function main() {
  const root = mkdtempSync(join(tmpdir(), 'dc-bench-'));
  try {
    generate(root);
    const server = await startServer(undefined, {}, { rootUri: pathToFileURL(root).href });
    const uri = pathToFileURL(join(root, 'units/db.service')).href;
    server.open(uri, '[Unit]\nDescription=the database\n\n[Service]\nExecStart=/usr/bin/db\n');
    const ask = async () => {
      const start = process.hrtime.bigint();
      const found = await server.request<unknown[]>('textDocument/references', { textDocument: { uri }, position: { line: 0, character: 2 }, context: { includeDeclaration: true } });
      return { ms: msSince(start), count: found.length };
    };
    const first = await ask();
    const warm: number[] = [];
    for (let i = 0; i < ROUNDS; i++) warm.push((await ask()).ms);
    const touched = new Date(Date.now() + 60_000);
    utimesSync(join(root, 'units/app-0003.service'), touched, touched);
    // What an editor that watches files sends: the scans and that file's facts are forgotten.
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(join(root, 'units/app-0003.service')).href, type: 2 }] });
    const afterChange = await ask();
    const symbols: number[] = [];
    let symbolCount = 0;
    for (let i = 0; i < 10; i++) {
      const start = process.hrtime.bigint();
      symbolCount = (await server.request<unknown[]>('workspace/symbol', { query: 'app' })).length;
      symbols.push(msSince(start));
    }
    await server.close();
    const f = (n: number) => `${n.toFixed(1)} ms`;
    console.log(`workspace: ${UNITS + 1} units, ${Math.ceil(UNITS / 10)} drop-ins, 1 .wants/ link (plus this host's unit folders)`);
    console.log(`references to db.service: ${first.count} locations`);
    console.log(`  first request (scan, read, parse): ${f(first.ms)}`);
    console.log(`  later requests: p50 ${f(median(warm))}, p99 ${f(percentile(warm, 99))} (${ROUNDS} requests)`);
    console.log(`  after didChangeWatchedFiles for one file (scans redone, that file read again): ${f(afterChange.ms)}`);
    console.log(`workspace/symbol 'app' (${symbolCount} symbols): p50 ${f(median(symbols))}`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

void main();
