// The one table `npm run bench` prints: metric | value | ratio | target | holds.

export interface Row {
  metric: string;
  value: string;
  ratio?: string;
  target?: string;
  /** undefined: no target for this figure. */
  holds?: boolean;
}

export function renderTable(rows: Row[]): string {
  const header = ['metric', 'value', 'ratio', 'target', 'holds?'];
  const cells = rows.map((r) => [r.metric, r.value, r.ratio ?? '', r.target ?? '', r.holds === undefined ? '' : r.holds ? 'yes' : 'NO']);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => '| ' + c.map((s, i) => s.padEnd(widths[i])).join(' | ') + ' |';
  return [line(header), '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|', ...cells.map(line)].join('\n');
}

export const ms = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(0)) + ' ms';
export const ratio = (value: number) => value.toFixed(2) + 'x';
export const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1) + ' MB';
export const kb = (bytes: number) => (bytes / 1024).toFixed(0) + ' KB';
