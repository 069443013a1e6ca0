// tbl tables (`.TS` ... `.TE`) as rows of cells: the options line (`allbox tab(:);`), format
// lines up to the one ending in `.` (again after each `.T&`), and data rows whose cells may be
// `T{` ... `T}` text blocks spanning lines.
import type { Block } from './roffBlocks';
import { lexLine, type Font, type Run } from './roffInline';

/** Reads the lines between `.TS` and `.TE`. */
export function readTable(lines: string[]): Block {
  let i = 0;
  let tab = '\t';
  if (lines[0] !== undefined && /;\s*$/.test(lines[0])) {
    const option = /tab\s*\((.)\)/.exec(lines[0]);
    if (option) tab = option[1];
    i++;
  }
  const formats: string[] = [];
  const readFormats = () => {
    while (i < lines.length) {
      const line = lines[i++];
      formats.push(line);
      if (/\.\s*$/.test(line)) break;
    }
  };
  readFormats();
  // A bold first format line (`lB lB`) marks the first row as the header.
  const header = /B/.test(formats[0] ?? '');
  const rows: Run[][][] = [];
  let row: Run[][] = [];
  let cell: string[] = [];
  let inBlock = false;
  const endCell = () => {
    const state = { font: 'R' as Font, previous: 'R' as Font };
    const runs: Run[] = [];
    for (const text of cell) {
      if (text.startsWith('.') || text.startsWith("'")) continue;
      if (runs.length) runs.push({ text: ' ', font: 'R' });
      runs.push(...lexLine(text, state).runs);
    }
    row.push(runs);
    cell = [];
  };
  const endRow = () => {
    if (row.length) rows.push(row);
    row = [];
  };
  for (; i < lines.length; i++) {
    let line = lines[i];
    if (line.startsWith('.T&')) { readFormatsAfter(); continue; }
    if (inBlock) {
      if (!line.startsWith('T}')) { cell.push(line); continue; }
      inBlock = false;
      endCell();
      line = line.slice(2);
      if (line === '') { endRow(); continue; }
      if (line.startsWith(tab)) line = line.slice(tab.length);
      if (line === '') { row.push([]); endRow(); continue; }
    } else if (/^[_=]$/.test(line.trim())) {
      continue;
    }
    // The rest of a row: plain cells, and maybe a text block opening at the end.
    const cells = line.split(tab);
    for (let c = 0; c < cells.length; c++) {
      if (c === cells.length - 1 && cells[c] === 'T{') { inBlock = true; break; }
      cell = [cells[c]];
      endCell();
    }
    if (!inBlock) endRow();
  }
  if (inBlock) endCell();
  endRow();
  const width = Math.max(0, ...rows.map((r) => r.length));
  for (const r of rows) while (r.length < width) r.push([]);
  return { kind: 'table', header, rows };

  function readFormatsAfter() {
    i++;
    readFormats();
    i--;
  }
}
