// Cases the fuzzer (test/fuzz) found, kept small so they run with the unit tests.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Position, Range, TextEdit } from 'vscode-languageserver-types';
import { analyze } from '../../../server/src/analysis';
import { complete } from '../../../server/src/features/completion';
import { segmentPattern } from '../../../server/src/host/fsWorkspace';
import { diagnose } from '../../helpers/analyzeText';

function editRanges(uri: string, text: string, position: Position): Range[] {
  const analyzed = analyze(uri, 1, text);
  assert.ok(analyzed);
  return complete(analyzed, position, { version: 252 }).map((item) => (item.textEdit as TextEdit).range);
}

function covers(range: Range, position: Position): boolean {
  return range.start.line === position.line && range.end.line === position.line &&
    range.start.character <= position.character && position.character <= range.end.character;
}

describe('fuzz regressions', () => {
  it('offers no header edit starting at column -1 when the cursor is before the bracket', () => {
    for (const range of editRanges('file:///x.service', '[Unit]\nDescription=x\n', { line: 0, character: 0 })) {
      assert.ok(range.start.character >= 0, JSON.stringify(range));
    }
  });

  it('covers the cursor with header edits when it stands after the closing bracket', () => {
    const position = { line: 0, character: 8 };
    const ranges = editRanges('file:///x.service', '[Unit]  \n', position);
    assert.ok(ranges.length > 0);
    for (const range of ranges) assert.ok(covers(range, position), JSON.stringify(range));
  });

  it('keeps completion edits inside the text for positions past the end of a line or of the document', () => {
    const text = '[Unit]\nAf\n';
    for (const position of [{ line: 1, character: 9 }, { line: 7, character: 0 }]) {
      for (const range of editRanges('file:///x.service', text, position)) {
        assert.ok(range.end.line <= 2 && range.end.character <= (range.end.line === 1 ? 2 : 0), JSON.stringify(range));
      }
    }
  });

  it('offers no specifier edit spanning lines from a trailing empty continuation line', () => {
    const position = { line: 2, character: 0 };
    for (const range of editRanges('file:///x.service', '[Service]\nExecStart=/bin/a %\\\n', position)) {
      assert.ok(covers(range, position), JSON.stringify(range));
    }
  });

  it('reads a reversed glob range as matching nothing instead of throwing', () => {
    assert.equal(segmentPattern('[z-a].conf').test('b.conf'), false);
    assert.equal(segmentPattern('[a-cz-a]').test('b'), true);
    const diagnostics = diagnose('file:///etc/supervisor/supervisord.conf', '[supervisord]\n[include]\nfiles = conf.d/[z-a].conf\n');
    assert.ok(Array.isArray(diagnostics));
  });

  it('reads brackets and carets inside a set as fnmatch does (figures from Python fnmatch.fnmatchcase)', () => {
    const expected: [string, string, boolean][] = [
      ['[]]', ']', true], ['[]]', 'a', false], ['[!]]', ']', false], ['[!]]', 'a', true],
      ['[^a]', '^', true], ['[^a]', 'b', false], ['[[]', '[', true], ['[\\]', '\\', true],
      ['[!]a]', 'b', true], ['[!]a]', 'a', false], ['a[]b]c', 'a]c', true], ['[]-a]', '^', true],
    ];
    for (const [pattern, name, matches] of expected) assert.equal(segmentPattern(pattern).test(name), matches, `${pattern} ~ ${name}`);
  });
});
