// `npm run bench`: builds the package, measures the language server, the checker and the
// package sizes, and prints one table. Every figure is the median of several rounds; ratios
// compare figures taken in the same run. Not a test: it asserts nothing, it reports.
import { existsSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { shebangFlags, startSession, type Session } from './client';
import { corpusCheck } from './checker';
import { completionSizes } from './completionSize';
import { incrementalFigures } from './incrementalEdit';
import { lineBreaksOverLsp } from './lineBreakOverLsp';
import { DEFAULTS_CAPABILITIES, smallAnswers } from './smallAnswers';
import { semanticTokenFigures } from './semanticTokens';
import { inlayHintFigures } from './inlayHints';
import { stressSupervisor, stressUnit, typicalSupervisor, typicalUnit, type Fixture } from './fixtures';
import { EditedDocument, hoverParams, timeRequest, timeTyping } from './latency';
import { largeFileRun } from './largeFiles';
import { manualHover } from './manualHover';
import { localeLatency } from './locale';
import { MAX_ANALYZED_CHARS } from '../server/src/limits';
import { memoryRun } from './memory';
import { workspaceScaleRun } from './workspaceScale';
import { coldStart, nodeNoop } from './process';
import { median, percentile } from './stats';
import { kb, mb, ms, ratio, renderTable, type Row } from './table';

const ROOT = resolve(__dirname, '..');
const SERVER = join(ROOT, 'dist/server.js');
const FLOOR = join(__dirname, 'floorServer.cjs');
const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? (quick ? 3 : 5));
const REQUESTS = quick ? 50 : 200;
const DIAGNOSTICS = { typical: quick ? 20 : 100, stress: quick ? 5 : 20 };
const TYPING_EDITS = 1000;
const MEMORY_FILES = 1000;

const progress = (message: string) => process.stderr.write(`bench: ${message}\n`);
const npm = (script: string) => execFileSync('npm', ['run', '--silent', script], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });

interface Spread { p50: number; p99: number }
/** Per-round p50 and p99, reduced to their medians over the rounds. */
function spread(rounds: number[][]): Spread {
  return { p50: median(rounds.map((r) => median(r))), p99: median(rounds.map((r) => percentile(r, 99))) };
}

async function latencies(rows: Row[], results: Record<string, unknown>) {
  const floor = startSession(FLOOR);
  const server = startSession(SERVER);
  // Both announce VS Code's completion capabilities (item defaults, detail on resolve); the floor ignores them.
  await Promise.all([floor.initialize(DEFAULTS_CAPABILITIES), server.initialize(DEFAULTS_CAPABILITIES)]);
  await Promise.all([floor.settled(), server.settled()]);
  const fixtures = [typicalUnit(), typicalSupervisor(), stressUnit(), stressSupervisor()];
  const docs = fixtures.map((f) => new EditedDocument(server, f));
  for (const doc of docs) await doc.open();
  const floorHover = () => timeRequest(floor, 'textDocument/hover', hoverParams('file:///floor.service', { line: 0, character: 0 }), REQUESTS);
  const measure = async (s: Session, f: Fixture, doc: EditedDocument, n: number) => ({
    completion: await timeRequest(s, 'textDocument/completion', hoverParams(f.uri, f.completeAt), n),
    hover: await timeRequest(s, 'textDocument/hover', hoverParams(f.uri, f.hoverAt), n),
    diagnostics: await doc.timeDiagnostics(f.name.startsWith('stress') ? Math.ceil(n / 10) : n),
  });
  // Warm the JIT on both sides before anything counts.
  progress('warming up');
  await floorHover();
  for (const [i, f] of fixtures.entries()) await measure(server, f, docs[i], 30);

  const floorRounds: number[][] = [];
  const perFixture = fixtures.map(() => ({ completion: [] as number[][], hover: [] as number[][], diagnostics: [] as number[][] }));
  for (let round = 0; round < ROUNDS; round++) {
    progress(`latency round ${round + 1}/${ROUNDS}`);
    // Interleaved, so noise on this shared machine lands on the floor and the server alike.
    floorRounds.push(await floorHover());
    for (const [i, f] of fixtures.entries()) {
      const completion = await timeRequest(server, 'textDocument/completion', hoverParams(f.uri, f.completeAt), REQUESTS);
      const hover = await timeRequest(server, 'textDocument/hover', hoverParams(f.uri, f.hoverAt), REQUESTS);
      const diagnostics = await docs[i].timeDiagnostics(f.name.startsWith('stress') ? DIAGNOSTICS.stress : DIAGNOSTICS.typical);
      perFixture[i].completion.push(completion);
      perFixture[i].hover.push(hover);
      perFixture[i].diagnostics.push(diagnostics);
    }
  }
  const floorP50 = median(floorRounds.map((r) => median(r)));
  rows.push({ metric: 'LSP round-trip floor (minimal server, hover)', value: `p50 ${ms(floorP50)}`, ratio: '1.00x' });
  results.floorMs = floorP50;

  const typing: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    progress(`typing round ${round + 1}/${ROUNDS}`);
    const base = typicalUnit();
    typing.push(await timeTyping(server, { ...base, uri: base.uri.replace('typical', `typing-${round}`) }, TYPING_EDITS));
  }

  for (const [i, f] of fixtures.entries()) {
    const stress = f.name.startsWith('stress');
    for (const kind of ['completion', 'hover', 'diagnostics'] as const) {
      const s = spread(perFixture[i][kind]);
      const row: Row = { metric: `${f.name}: ${kind}`, value: `p50 ${ms(s.p50)}, p99 ${ms(s.p99)}`, ratio: ratio(s.p50 / floorP50) };
      if (!stress && kind !== 'diagnostics') Object.assign(row, { target: 'p50 <= 1.5x floor', holds: s.p50 / floorP50 <= 1.5 });
      if (stress && kind === 'diagnostics') Object.assign(row, { target: 'p50 < 20 ms', holds: s.p50 < 20 });
      if (stress && kind === 'completion') Object.assign(row, { target: 'p99 < 5 ms', holds: s.p99 < 5 });
      rows.push(row);
      results[`${f.name}: ${kind}`] = { ...s, ratio: s.p50 / floorP50 };
    }
  }
  const typingMs = median(typing);
  rows.push({ metric: `typing: ${TYPING_EDITS} edits to last diagnostics (typical unit)`, value: ms(typingMs), ratio: `${ms(typingMs / TYPING_EDITS)}/edit` });
  results.typingMs = typingMs;
  await Promise.all([floor.shutdown(), server.shutdown()]);
}

async function startup(rows: Row[], results: Record<string, unknown>) {
  const cold: number[] = [];
  const noop: number[] = [];
  for (let round = 0; round < ROUNDS + 2; round++) {
    progress(`cold start round ${round + 1}/${ROUNDS + 2}`);
    noop.push(await nodeNoop());
    cold.push(await coldStart(SERVER));
  }
  const c = median(cold);
  const n = median(noop);
  rows.push({ metric: '`node -e 0`', value: ms(n), ratio: '1.00x' });
  rows.push({ metric: 'cold start: spawn to first publishDiagnostics', value: ms(c), ratio: ratio(c / n), target: '<= 3x node -e 0', holds: c / n <= 3 });
  Object.assign(results, { coldStartMs: c, nodeNoopMs: n });
}

/** Issue 18, point 4: RSS at rest and after 1,000 files opened and closed, for each way of starting the server. */
async function memory(rows: Row[], results: Record<string, unknown>) {
  // The server gives memory back 1 s after the last close (server/src/host/memoryRelease.ts): settle longer than that.
  const settleMs = Number(process.env.BENCH_MEMORY_SETTLE_MS ?? (quick ? 2000 : 3000));
  const rounds = async (label: string, flags?: string[]) => {
    const runs = [];
    for (let round = 0; round < 3; round++) {
      progress(`memory ${label}, round ${round + 1}/3`);
      runs.push(await memoryRun(SERVER, MEMORY_FILES, settleMs, flags));
    }
    return runs;
  };
  const backToRest = (how: string, runs: Awaited<ReturnType<typeof rounds>>) => {
    const baseline = median(runs.map((r) => r.baseline));
    const closed = median(runs.map((r) => r.closed));
    const grown = median(runs.map((r) => r.closed - r.baseline));
    rows.push({ metric: `${how}: RSS at rest / after ${MEMORY_FILES} files opened and closed (${settleMs / 1000} s later), difference`,
      value: `${mb(baseline)} / ${mb(closed)}, +${mb(grown)}`, target: '<= rest + 10 MB', holds: grown <= 10 * 1024 * 1024 });
    return { baseline, closed, grown };
  };
  // Started like the installed bin and the VS Code client (whose IPC start passes the same flags as execArgv): with the V8 flags of its shebang.
  const runs = await rounds('with the shebang flags');
  const flags = shebangFlags(SERVER).join(' ');
  const baseline = median(runs.map((r) => r.baseline));
  const open = median(runs.map((r) => r.open));
  rows.push({ metric: `server RSS at rest (node ${flags || 'without flags'})`, value: mb(baseline) });
  results.serverNodeFlags = flags;
  rows.push({ metric: `server RSS, ${MEMORY_FILES} files open`, value: mb(open), ratio: ratio(open / baseline), target: '< 100 MB', holds: open < 100 * 1024 * 1024 });
  const flagged = backToRest(`node ${flags} dist/server.js --stdio (the bin; VS Code's IPC start has the same flags)`, runs);
  Object.assign(results, { rssBaseline: baseline, rssOpen: open, rssClosed: flagged.closed, rssGrownAfterClose: flagged.grown });
  // `node dist/server.js --stdio` (no flags, as other editors are told): the launcher starts the
  // server in a second node with the flags. Summed RSS counts the pages both nodes share (node's own
  // code) twice; the server's RSS plus the launcher's private pages is what the pair costs.
  const bare = await rounds('without node flags', []);
  const serving = median(bare.map((r) => r.serverOpen));
  const launcher = median(bare.map((r) => r.launcherPrivate));
  const summed = median(bare.map((r) => r.open));
  const processes = Math.max(...bare.map((r) => r.processes));
  rows.push({ metric: `\`node dist/server.js --stdio\` (no flags), ${MEMORY_FILES} files open: server RSS + launcher's private memory`,
    value: `${mb(serving)} + ${mb(launcher)} (${processes} processes; RSS summed ${mb(summed)})`, target: '< 100 MB', holds: serving + launcher < 100 * 1024 * 1024 });
  const unflagged = backToRest('`node dist/server.js --stdio` (no flags; both processes summed)', bare);
  Object.assign(results, { bareServerRssOpen: serving, bareLauncherPrivate: launcher, bareRssSummed: summed, bareProcesses: processes,
    bareRssBaseline: unflagged.baseline, bareRssClosed: unflagged.closed, bareRssGrownAfterClose: unflagged.grown });
}

/** Issue 18, point 3: a workspace of 10,000 units and 2,000 supervisor configs. */
async function scale(rows: Row[], results: Record<string, unknown>) {
  progress('workspace of 10,000 units and 2,000 supervisor configs');
  const f = await workspaceScaleRun(SERVER);
  const what = `${f.units.toLocaleString('en')} units + ${f.configs.toLocaleString('en')} supervisor configs`;
  rows.push({ metric: `${what}: background index after initialized (${f.indexedFiles} files)`, value: ms(f.indexMs), target: '< 3 s', holds: f.indexMs < 3000 });
  rows.push({ metric: `${what}: the server's first hover / completion (cold: manual page read, code compiled)`, value: `${ms(f.coldMs[0])} / ${ms(f.coldMs[1])}` });
  rows.push({ metric: `${what}: hover/completion on an open file while indexing, p50 / p99 (${f.duringRequests} requests)`,
    value: `${ms(f.duringP50Ms)} / ${ms(f.duringP99Ms)}`, target: '< 5 ms', holds: f.duringP99Ms < 5 });
  rows.push({ metric: `${what}: the same requests once indexed, p50 / p99 (baseline of this run)`, value: `${ms(f.indexedP50Ms)} / ${ms(f.indexedP99Ms)}` });
  rows.push({ metric: `${what}: requests over 5 ms while indexing / of them with a server garbage collection inside`, value: `${f.slowRequests} / ${f.slowWithCollection}` });
  rows.push({ metric: `${what}: server garbage collections while indexing: count / total / longest`,
    value: `${f.collections.count} / ${ms(f.collections.totalMs)} / ${ms(f.collections.longestMs)}` });
  rows.push({ metric: `${what}: references once indexed, p50 / p99 (${f.referenceCount} locations)`, value: `${ms(f.referencesP50Ms)} / ${ms(f.referencesP99Ms)}`,
    target: '< 20 ms', holds: f.referencesP99Ms < 20 });
  rows.push({ metric: `${what}: references to db.service once indexed, p50 (${f.manyReferenceCount} locations)`, value: ms(f.manyReferencesP50Ms) });
  rows.push({ metric: `${what}: server RSS once indexed`, value: mb(f.rssBytes), target: '< 200 MB', holds: f.rssBytes < 200 * 1024 * 1024 });
  results.workspaceScale = f;
}

async function payload(rows: Row[], results: Record<string, unknown>) {
  progress('completion size');
  const sizes = await completionSizes(SERVER);
  const row = (who: string, s: { items: number; bytes: number }) =>
    rows.push({ metric: `completion on a blank line in [Service], ${who}`, value: `${s.items} items, ${kb(s.bytes)}` });
  row('VS Code\'s client (item defaults, detail on resolve)', sizes.withDefaults);
  row('client with neither', sizes.withoutDefaults);
  results.completionSize = sizes;
}

/** Issue 18's targets: a keystroke in a 10,000-line file, and small answers against the floor. */
async function invisible(rows: Row[], results: Record<string, unknown>) {
  progress('incremental analysis (in process)');
  const edits = incrementalFigures(quick ? 100 : 400);
  for (const f of edits) {
    rows.push({ metric: `${f.fixture}: one character typed, to fresh diagnostics (server time, in process)`,
      value: `p50 ${ms(f.typeP50)}, p99 ${ms(f.typeP99)}`, ratio: `${ratio(f.typeP50 / f.fullP50)} of a full analysis (${ms(f.fullP50)})`,
      target: 'p50 < 5 ms', holds: f.typeP50 < 5 });
    const lineEdit = (what: string, p50: number, extra = '') =>
      rows.push({ metric: `${f.fixture}: ${what}, to fresh diagnostics (server time, in process)`, value: `p50 ${ms(p50)}${extra}`,
        ratio: ratio(p50 / f.fullP50), target: 'p50 < 5 ms', holds: p50 < 5 });
    lineEdit('a line break typed at the edit line (every line below moves)', f.newlineP50, `, p99 ${ms(f.newlineP99)}`);
    lineEdit('a line break typed in the middle of the file', f.middleNewlineP50);
    lineEdit('the edit line deleted, then typed back', f.lineDeletedP50);
    lineEdit('three lines pasted, then removed', f.pasteP50);
  }
  results.incremental = edits;
  progress('line breaks through the server');
  const overLsp = await lineBreaksOverLsp(SERVER, quick ? 40 : 200);
  for (const f of overLsp) {
    rows.push({ metric: `${f.fixture}: a line break typed, didChange to publishDiagnostics (through the server, stdio)`,
      value: `p50 ${ms(f.p50)}, p99 ${ms(f.p99)}`, target: 'p50 < 5 ms', holds: f.p50 < 5 });
  }
  results.lineBreaksOverLsp = overLsp;
  progress('small answers against the floor');
  const answers = await smallAnswers(SERVER, FLOOR, ROUNDS, REQUESTS);
  for (const a of answers) {
    rows.push({ metric: `${a.name} (${kb(a.bytes)}), against the floor`, value: `p50 ${ms(a.serverMs)} (floor ${ms(a.floorMs)})`,
      ratio: ratio(a.ratio), target: '<= 1.2x floor', holds: a.ratio <= 1.2 });
  }
  results.smallAnswers = answers;
}

async function semantic(rows: Row[], results: Record<string, unknown>) {
  progress('semantic tokens');
  const figures = await semanticTokenFigures(SERVER, REQUESTS, quick ? 5 : 20);
  for (const f of figures) {
    rows.push({ metric: `${f.fixture}: semantic tokens (${f.tokens} tokens), full / delta after an edit`,
      value: `p50 ${ms(f.fullP50)} (p99 ${ms(f.fullP99)}), ${kb(f.fullBytes)} / p50 ${ms(f.deltaP50)}, ${f.deltaBytes} B` });
  }
  results.semanticTokens = figures;
}

async function inlay(rows: Row[], results: Record<string, unknown>) {
  progress('inlay hints');
  const figures = await inlayHintFigures(SERVER, REQUESTS);
  for (const f of figures) {
    rows.push({ metric: `${f.file} (${f.lines} lines): inlay hints, ${f.part} (${f.hints} hints)`, value: `p50 ${ms(f.p50)} (p99 ${ms(f.p99)})` });
  }
  results.inlayHints = figures;
}

/** BENCH_LARGE_MB=1,5 picks other sizes; 0 stands for the largest file the server analyses. */
const LARGE_FILE_MB = (process.env.BENCH_LARGE_MB ?? '0,1,5,50').split(',').map(Number);

async function largeFiles(rows: Row[], results: Record<string, unknown>) {
  const figures = [];
  for (const size of LARGE_FILE_MB) {
    const atLimit = size === 0;
    progress(`large file ${atLimit ? 'at the limit' : `${size} MB`}`);
    // One round each: the 50 MB file is the point, and before the size limit it took minutes.
    const f = await largeFileRun(SERVER, atLimit ? MAX_ANALYZED_CHARS : size * 1024 * 1024, atLimit, quick ? 500 : 2000);
    const grown = f.rssAfter - f.rssBefore;
    const name = atLimit ? `unit of ${kb(f.bytes)} (the most analysed)` : `unit of ${size} MB`;
    rows.push({ metric: `${name}: didOpen to diagnostics`, value: ms(f.openMs) });
    rows.push({ metric: `${name}: outline, folding, links`, value: ms(f.listsMs) });
    rows.push({ metric: `${name}: edit in it, then hover on another file`, value: ms(f.editThenHoverMs) });
    rows.push({
      metric: `${name}: RSS before, after (peak)`,
      value: `${mb(f.rssBefore)}, ${mb(f.rssAfter)} (${mb(f.rssPeak)})`,
      ratio: `${(grown / f.bytes).toFixed(2)} B/B (peak ${((f.rssPeak - f.rssBefore) / f.bytes).toFixed(2)} B/B)`,
    });
    figures.push(f);
  }
  results.largeFiles = figures;
}

async function checker(rows: Row[], results: Record<string, unknown>) {
  progress('checker');
  const c = await corpusCheck(join(ROOT, 'dist/cli.js'), ROUNDS, 3);
  const perFile = (all: number, one: number) => (all - one) / (c.files - 1);
  rows.push({ metric: `checker: ${c.files} real units (this host's system and user units)`, value: `${c.checkerFilesPerSecond.toFixed(0)} files/s (${ms(c.checkerMs)})` });
  // dist/cli.js keeps V8's code cache: the first round above wrote it, so this is a user's second run on.
  const startRatio = c.checkerOneMs / c.nodeMs;
  rows.push({ metric: 'checker: one of them alone (start-up)', value: ms(c.checkerOneMs), ratio: `${ratio(startRatio)} node -e 0 (${ms(c.nodeMs)})`, target: '< 2x node -e 0', holds: startRatio < 2 });
  if (c.verifyMs !== undefined && c.verifyOneMs !== undefined) {
    const speedup = c.verifyMs / c.checkerMs;
    rows.push({ metric: 'systemd-analyze verify, same files', value: `${(c.files / (c.verifyMs / 1000)).toFixed(1)} files/s (${ms(c.verifyMs)})`, ratio: `checker ${ratio(speedup)} faster`, target: '>= 100x', holds: speedup >= 100 });
    rows.push({ metric: 'systemd-analyze verify, one file alone', value: ms(c.verifyOneMs) });
    // No checker on Node can beat Node starting and reading the files: verify's time over that is the most any could reach.
    rows.push({ metric: 'floor: node starting and reading the same files', value: ms(c.readFloorMs), ratio: `verify ${ratio(c.verifyMs / c.readFloorMs)} slower (the most any Node checker could reach)` });
    const ours = perFile(c.checkerMs, c.checkerOneMs);
    const theirs = perFile(c.verifyMs, c.verifyOneMs);
    rows.push({ metric: 'per further file once started: checker vs verify', value: `${ms(ours)} vs ${ms(theirs)}`, ratio: `checker ${ratio(theirs / ours)} faster` });
  } else {
    rows.push({ metric: 'systemd-analyze verify, same files', value: 'not installed' });
  }
  results.checker = c;
}

function sizes(rows: Row[], results: Record<string, unknown>) {
  const vsix = join(ROOT, 'daemon-config.vsix');
  if (existsSync(vsix)) rows.push({ metric: '.vsix size', value: kb(statSync(vsix).size) });
  for (const name of ['server.js', 'cli.js', 'extension.js']) {
    const size = statSync(join(ROOT, 'dist', name)).size;
    rows.push({ metric: `dist/${name} (minified)`, value: kb(size) });
    results[`dist/${name}`] = size;
  }
}

async function main() {
  const packaged = !args.has('--no-package');
  const vsixBefore = existsSync(join(ROOT, 'daemon-config.vsix'));
  if (packaged) {
    // The production build (minified, no source maps) is what ships, so it is what is measured.
    progress('building the package (npm run package)');
    npm('package');
  } else if (!existsSync(SERVER)) {
    npm('build');
  }
  const rows: Row[] = [];
  const results: Record<string, unknown> = { date: new Date().toISOString(), node: process.version, rounds: ROUNDS };
  // --only=latency,memory,scale,large runs a subset while working on one figure.
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
  const wanted = (part: string) => !only || only.includes(part);
  try {
    if (wanted('latency')) await latencies(rows, results);
    if (wanted('invisible')) await invisible(rows, results);
    if (wanted('manual')) await manualHover(rows, results, { server: SERVER, floor: FLOOR }, ROUNDS, REQUESTS, progress);
    if (wanted('locale')) await localeLatency(rows, results, { server: SERVER, floor: FLOOR }, ROUNDS, REQUESTS, progress);
    if (wanted('startup')) await startup(rows, results);
    if (wanted('memory')) await memory(rows, results);
    if (wanted('scale')) await scale(rows, results);
    if (wanted('payload')) await payload(rows, results);
    if (wanted('large')) await largeFiles(rows, results);
    if (wanted('checker')) await checker(rows, results);
    if (wanted('semantic')) await semantic(rows, results);
    if (wanted('inlay')) await inlay(rows, results);
    if (packaged) sizes(rows, results);
  } finally {
    // Leave dist/ as `npm run build` makes it (with source maps) for the tests and the debugger.
    if (packaged) {
      // Someone else's .vsix stays; the one made here only for its size goes.
      if (!vsixBefore) rmSync(join(ROOT, 'daemon-config.vsix'), { force: true });
      npm('build');
    }
  }
  console.log(renderTable(rows));
  writeFileSync(join(__dirname, 'results.json'), JSON.stringify({ ...results, rows }, null, 2) + '\n');
}

main().catch((error: unknown) => {
  console.error(error);
  // Exit outright: the spawned servers would otherwise keep the event loop alive.
  process.exit(1);
});
