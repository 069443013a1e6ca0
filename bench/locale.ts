// What writing in Simplified Chinese costs: hover on KillMode= (summary and value table) and the
// diagnostics after an edit of a typical unit with three mistakes, on a server started with
// `locale: "zh-cn"` beside one in English, against the floor. Rounds interleave the three servers.
import { startSession, type Session } from './client';
import { EditedDocument, hoverParams, timeRequest } from './latency';
import { typicalUnit, type Fixture } from './fixtures';
import { median, percentile } from './stats';
import { ms, ratio, type Row } from './table';

/** The typical unit with an invalid value, an unknown directive and a misspelt enum word, so diagnostics have text to translate. */
function mistakenUnit(): Fixture {
  const base = typicalUnit();
  const lines = base.text.replace('[Service]\n', '[Service]\nType=simpel\nRestrat=always\nKillMode=bogus\n').split('\n');
  const killMode = lines.findIndex((l) => l.startsWith('KillMode='));
  return { ...base, name: 'typical unit with 3 mistakes', uri: base.uri.replace('typical', 'mistaken'), text: lines.join('\n'),
    hoverAt: { line: killMode, character: 2 }, editLine: lines.findIndex((l) => l.startsWith('Description=')) };
}

export async function localeLatency(rows: Row[], results: Record<string, unknown>, paths: { server: string; floor: string }, rounds: number, requests: number,
  progress: (message: string) => void): Promise<void> {
  const floor = startSession(paths.floor);
  const english = startSession(paths.server);
  const chinese = startSession(paths.server);
  try {
    await Promise.all([floor.initialize(), english.initialize({}, 'en'), chinese.initialize({}, 'zh-cn')]);
    await Promise.all([floor.settled(), english.settled(), chinese.settled()]);
    const f = mistakenUnit();
    const docs = new Map<Session, EditedDocument>([[english, new EditedDocument(english, f)], [chinese, new EditedDocument(chinese, f)]]);
    for (const doc of docs.values()) await doc.open();
    const floorHover = () => timeRequest(floor, 'textDocument/hover', hoverParams('file:///floor.service', { line: 0, character: 0 }), requests);
    const hover = (s: Session) => timeRequest(s, 'textDocument/hover', hoverParams(f.uri, f.hoverAt), requests);
    const diagnostics = (s: Session) => docs.get(s)!.timeDiagnostics(Math.ceil(requests / 4));
    await floorHover();
    for (const s of [english, chinese]) { await hover(s); await diagnostics(s); }
    const samples = { floor: [] as number[][], enHover: [] as number[][], zhHover: [] as number[][], enDiagnostics: [] as number[][], zhDiagnostics: [] as number[][] };
    for (let round = 0; round < rounds; round++) {
      progress(`locale round ${round + 1}/${rounds}`);
      samples.floor.push(await floorHover());
      samples.enHover.push(await hover(english));
      samples.zhHover.push(await hover(chinese));
      samples.enDiagnostics.push(await diagnostics(english));
      samples.zhDiagnostics.push(await diagnostics(chinese));
    }
    const p50 = (r: number[][]) => median(r.map((s) => median(s)));
    const p99 = (r: number[][]) => median(r.map((s) => percentile(s, 99)));
    const floorP50 = p50(samples.floor);
    rows.push({ metric: 'LSP round-trip floor (minimal server, hover), locale rows', value: `p50 ${ms(floorP50)}`, ratio: '1.00x' });
    for (const [label, key] of [['hover on KillMode=, en', 'enHover'], ['hover on KillMode=, zh-cn', 'zhHover'],
      ['diagnostics after an edit, en', 'enDiagnostics'], ['diagnostics after an edit, zh-cn', 'zhDiagnostics']] as const) {
      const row: Row = { metric: `${f.name}: ${label}`, value: `p50 ${ms(p50(samples[key]))}, p99 ${ms(p99(samples[key]))}`, ratio: ratio(p50(samples[key]) / floorP50) };
      // Chinese costs a catalog lookup per text (cached): it should stay within a fifth of English.
      const en = key === 'zhHover' ? samples.enHover : key === 'zhDiagnostics' ? samples.enDiagnostics : undefined;
      if (en) Object.assign(row, { target: 'p50 <= 1.2x en', holds: p50(samples[key]) / p50(en) <= 1.2 });
      rows.push(row);
    }
    results.locale = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, { p50: p50(v), p99: p99(v) }]));
  } finally {
    await Promise.all([floor.shutdown(), english.shutdown(), chinese.shutdown()]);
  }
}
