// Inlay hints over stdio on files full of what they spell out: a 10,000-line unit whose every line
// holds time spans or specifiers, and a supervisord.conf of 2,000 programs using `%(name)s`. Each
// is asked for the whole file (capped answer) and for one screen in the middle, as editors ask.
// `node --import tsx bench/inlayHints.ts` prints them alone; `npm run bench -- --only=inlay` puts them in the table.
import { resolve } from 'node:path';
import { startSession } from './client';
import { median, msSince, percentile } from './stats';

export interface InlayHintFigures { file: string; lines: number; part: string; hints: number; p50: number; p99: number }

function specifierUnit(): string[] {
  const lines = ['[Unit]', 'Description=Worker %i of %N', '[Service]'];
  for (let i = 0; lines.length < 10_000; i++) {
    lines.push(i % 2 ? `ExecStartPre=/usr/bin/test -d %t/%N/${i} --unit %n` : `RestartSec=${i % 300}`);
  }
  return lines;
}

function expansionConfig(): string[] {
  const lines = ['[supervisord]', 'logfile=/var/log/supervisord.log', ''];
  for (let i = 0; i < 2000; i++) {
    lines.push(`[program:app${i}]`, 'command=/srv/%(program_name)s/bin/run --id %(process_num)02d', 'process_name=%(program_name)s_%(process_num)02d',
      'numprocs=2', 'directory=%(here)s', '');
  }
  return lines;
}

export async function inlayHintFigures(server: string, requests: number): Promise<InlayHintFigures[]> {
  const session = startSession(server);
  const figures: InlayHintFigures[] = [];
  try {
    await session.initialize();
    await session.settled();
    const files = [
      { file: 'unit with specifiers and time spans', uri: 'file:///bench/worker@blue.service', languageId: 'systemd-unit', lines: specifierUnit() },
      { file: 'supervisord.conf with expansions', uri: 'file:///bench/supervisord.conf', languageId: 'supervisor-conf', lines: expansionConfig() },
    ];
    for (const f of files) {
      const published = session.diagnostics(f.uri, 1);
      session.open(f.uri, f.lines.join('\n'), f.languageId, 1);
      await published;
      const middle = Math.floor(f.lines.length / 2);
      const parts = [
        { part: 'whole file', range: { start: { line: 0, character: 0 }, end: { line: f.lines.length, character: 0 } } },
        { part: 'one screen (60 lines)', range: { start: { line: middle, character: 0 }, end: { line: middle + 60, character: 0 } } },
      ];
      for (const { part, range } of parts) {
        const ask = () => session.request<unknown[]>('textDocument/inlayHint', { textDocument: { uri: f.uri }, range });
        for (let i = 0; i < 20; i++) await ask(); // warm the JIT
        const times: number[] = [];
        let hints = 0;
        for (let i = 0; i < requests; i++) {
          const start = process.hrtime.bigint();
          hints = (await ask()).length;
          times.push(msSince(start));
        }
        figures.push({ file: f.file, lines: f.lines.length, part, hints, p50: median(times), p99: percentile(times, 99) });
      }
    }
  } finally {
    await session.shutdown();
  }
  return figures;
}

if (require.main === module) {
  void inlayHintFigures(resolve(__dirname, '../dist/server.js'), 100).then((figures) => {
    for (const f of figures) console.log(`${f.file} (${f.lines} lines), ${f.part}: ${f.hints} hints, p50 ${f.p50.toFixed(2)} ms, p99 ${f.p99.toFixed(2)} ms`);
  });
}
