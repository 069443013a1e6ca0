// locate() finds the entry under the cursor by binary search over the section's entries; on
// generated and mutated documents it must find the same entry a scan from the top finds.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { locate } from '../../../server/src/features/cursor';
import { parse } from '../../../server/src/parse';
import { generateCase } from '../../fuzz/generate';

describe('the entry under the cursor', () => {
  it('is the one a scan finds, on every line of 200 generated documents', () => {
    let checked = 0;
    for (let seed = 1; seed <= 200; seed++) {
      const fuzz = generateCase(seed, { hostFiles: false });
      const doc = parse(fuzz.text, fuzz.dialect);
      for (let line = 0; line < doc.lines.length; line++) {
        const { section, entry, part } = locate(doc, { line, character: 0 });
        // Comment and header lines are answered before any entry is looked for.
        if (doc.lines[line].kind === 'comment' || section?.headerRange.start.line === line) continue;
        const entries = section ? section.entries : doc.orphanEntries;
        const scanned = entries.find((e) => e.range.start.line <= line && e.range.end.line >= line);
        // Left of an indented key the cursor is on a blank, before the entry: no entry then.
        if (entry || part !== 'blank') assert.equal(entry, scanned, `seed ${seed}, line ${line}`);
        else assert.ok(scanned === undefined || scanned.keyRange.start.character > 0, `seed ${seed}, line ${line}`);
        checked += scanned ? 1 : 0;
      }
    }
    assert.ok(checked > 1000, `${checked} lines inside an entry`);
  });
});
