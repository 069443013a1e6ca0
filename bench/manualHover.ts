// Hover with the host's manual text against the floor: the first hover (the page read from disk,
// gunzipped and parsed), then the steady state once the page is cached, beside the same hover on
// a server whose man folder is empty (our own text only). Rounds interleave the three servers.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BENCH_SETTINGS, startSession, type Session } from './client';
import { hoverParams, timeRequest } from './latency';
import { median, percentile, msSince } from './stats';
import { ms, ratio, type Row } from './table';

const UNIT = '[Unit]\nDescription=manual hover\n\n[Service]\nExecStart=/usr/bin/true\nProtectSystem=strict\n';
const URI = 'file:///bench/manual.service';
const AT = { line: 4, character: 2 };

async function openUnit(session: Session): Promise<void> {
  const published = session.diagnostics(URI, 1);
  session.open(URI, UNIT, 'systemd-unit', 1);
  await published;
}

const hoverValue = async (session: Session): Promise<string> =>
  ((await session.request('textDocument/hover', hoverParams(URI, AT))) as { contents: { value: string } } | null)?.contents.value ?? '';

export async function manualHover(rows: Row[], results: Record<string, unknown>, paths: { server: string; floor: string }, rounds: number, requests: number,
  progress: (message: string) => void): Promise<void> {
  const empty = mkdtempSync(join(tmpdir(), 'dc-'));
  const floor = startSession(paths.floor);
  const withManual = startSession(paths.server);
  const withoutManual = startSession(paths.server, { settings: { ...BENCH_SETTINGS.settings, hover: { manualPath: empty } } });
  try {
    await Promise.all([floor.initialize(), withManual.initialize(), withoutManual.initialize()]);
    await Promise.all([floor.settled(), withManual.settled(), withoutManual.settled()]);
    await Promise.all([openUnit(withManual), openUnit(withoutManual)]);
    // The first hover reads and parses systemd.service(5); it may answer before that is done.
    const start = process.hrtime.bigint();
    await hoverValue(withManual);
    const firstMs = msSince(start);
    let shown = false;
    for (let i = 0; i < 50 && !shown; i++) shown = (await hoverValue(withManual)).includes('manual on this machine');
    const floorHover = () => timeRequest(floor, 'textDocument/hover', hoverParams('file:///floor.service', { line: 0, character: 0 }), requests);
    const hover = (s: Session) => timeRequest(s, 'textDocument/hover', hoverParams(URI, AT), requests);
    await floorHover(); await hover(withManual); await hover(withoutManual);
    const samples = { floor: [] as number[][], manual: [] as number[][], own: [] as number[][] };
    for (let round = 0; round < rounds; round++) {
      progress(`manual hover round ${round + 1}/${rounds}`);
      samples.floor.push(await floorHover());
      samples.manual.push(await hover(withManual));
      samples.own.push(await hover(withoutManual));
    }
    const p50 = (r: number[][]) => median(r.map((s) => median(s)));
    const p99 = (r: number[][]) => median(r.map((s) => percentile(s, 99)));
    const floorP50 = p50(samples.floor);
    const label = shown ? 'ExecStart=, with systemd.service(5) of this host' : 'ExecStart= (NO man pages on this host: our text only)';
    rows.push({ metric: 'LSP round-trip floor (minimal server, hover), manual rows', value: `p50 ${ms(floorP50)}`, ratio: '1.00x' });
    rows.push({ metric: `hover with manual text, first (page read and parsed; waits <= 200 ms): ${label}`, value: ms(firstMs) });
    rows.push({ metric: `hover with manual text, cached: ${label}`, value: `p50 ${ms(p50(samples.manual))}, p99 ${ms(p99(samples.manual))}`,
      ratio: ratio(p50(samples.manual) / floorP50), target: 'p50 <= 1.5x floor', holds: p50(samples.manual) / floorP50 <= 1.5 });
    rows.push({ metric: 'same hover, man folder empty (our text only)', value: `p50 ${ms(p50(samples.own))}, p99 ${ms(p99(samples.own))}`,
      ratio: ratio(p50(samples.own) / floorP50) });
    results.manualHover = { shown, firstMs, floorP50, manualP50: p50(samples.manual), manualP99: p99(samples.manual), ownP50: p50(samples.own) };
  } finally {
    await Promise.all([floor.shutdown(), withManual.shutdown(), withoutManual.shutdown()]);
    rmSync(empty, { recursive: true, force: true });
  }
}
