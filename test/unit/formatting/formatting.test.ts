// Formatting: each cases/NAME.before.EXT formats to cases/NAME.after.EXT (a `<<`…`>>` range in a
// before file means range formatting of that range), plus the FormattingOptions and the edits' shape.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { applyEdits, formatDocument, formatRange, formatText } from '../../../server/src/features/formatting';
import type { Dialect } from '../../../server/src/parse/model';
import { parse } from '../../../server/src/parse';
import { mark } from '../../helpers/markers';

const CASES = join(__dirname, 'cases');
const dialectOf = (name: string): Dialect => (name.endsWith('.conf') ? 'supervisor' : 'systemd');

describe('formatting: before/after cases', () => {
  for (const name of readdirSync(CASES).filter((n) => n.includes('.before.')).sort()) {
    it(name.replace('.before', ''), () => {
      const { text, ranges } = mark(readFileSync(join(CASES, name), 'utf8'));
      const expected = readFileSync(join(CASES, name.replace('.before.', '.after.')), 'utf8');
      const dialect = dialectOf(name);
      const doc = parse(text, dialect);
      const result = ranges.length ? formatRange(doc, ranges[0], {}) : formatDocument(doc, {});
      assert.equal(result.refused, undefined);
      assert.equal(applyEdits(doc, result.edits), expected);
      if (!ranges.length) assert.equal(formatText(expected, dialect), expected, 'the formatted text is formatted already');
    });
  }
});

describe('formatting: options and edits', () => {
  const messy = '[Unit]\nDescription = x   \n\n\n';

  it('keeps trailing blanks when trimTrailingWhitespace is false', () => {
    assert.equal(formatText(messy, 'systemd', { trimTrailingWhitespace: false }), '[Unit]\nDescription=x   \n');
  });

  it('keeps the final blank lines when trimFinalNewlines is false, and adds no final newline when insertFinalNewline is false', () => {
    assert.equal(formatText(messy, 'systemd', { trimFinalNewlines: false }), '[Unit]\nDescription=x\n\n\n');
    assert.equal(formatText('[Unit]\nDescription = x', 'systemd', { insertFinalNewline: false }), '[Unit]\nDescription=x');
    assert.equal(formatText('[Unit]\nDescription = x', 'systemd'), '[Unit]\nDescription=x\n');
  });

  it('edits only the lines that change', () => {
    const doc = parse('[Unit]\nDescription=fine\nAfter = a.target\nWants=b.target\n\n\n[Install]\nWantedBy=x\n', 'systemd');
    const { edits } = formatDocument(doc, {});
    assert.deepEqual(edits, [
      { range: { start: { line: 2, character: 0 }, end: { line: 3, character: 0 } }, newText: 'After=a.target\n' },
      { range: { start: { line: 5, character: 0 }, end: { line: 6, character: 0 } }, newText: '' },
    ]);
  });

  it('answers no edits for a formatted file', () => {
    assert.deepEqual(formatDocument(parse('[Unit]\nDescription=x\n\n[Service]\nExecStart=/bin/x\n', 'systemd'), {}).edits, []);
  });

  it('keeps CRLF line breaks and a byte-order mark, and uses CRLF for the lines it adds', () => {
    assert.equal(formatText('\uFEFF[Unit]\r\nA = 1\r\n[Service]\r\nB = 2', 'systemd'), '\uFEFF[Unit]\r\nA=1\r\n\r\n[Service]\r\nB=2\r\n');
  });

  it('writes supervisor options spaced or compact when the setting asks', () => {
    const text = '[program:a]\ncommand=/bin/a\nuser = x\nautostart:true\n';
    assert.equal(formatText(text, 'supervisor', {}, 'spaced'), '[program:a]\ncommand = /bin/a\nuser = x\nautostart: true\n');
    assert.equal(formatText(text, 'supervisor', {}, 'compact'), '[program:a]\ncommand=/bin/a\nuser=x\nautostart:true\n');
  });

  it('leaves a file of nothing but blank lines empty', () => {
    assert.equal(formatText('\n  \n\n', 'systemd'), '');
  });

  it('formats the lines of a range that ends at the start of a line, without that line', () => {
    const doc = parse('[Unit]\nA = 1\nB = 2\n', 'systemd');
    const { edits } = formatRange(doc, { start: { line: 1, character: 3 }, end: { line: 2, character: 0 } }, {});
    assert.equal(applyEdits(doc, edits), '[Unit]\nA=1\nB = 2\n');
  });
});
