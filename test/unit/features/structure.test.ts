import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { foldingRanges } from '../../../server/src/features/folding';
import { documentSymbols } from '../../../server/src/features/symbols';
import { parseSupervisor } from '../../../server/src/parse/supervisor';
import { parseSystemd } from '../../../server/src/parse/systemd';
import { mark } from '../../helpers/markers';

describe('outline and folding', () => {
  it('lists sections with their directives', () => {
    const { text, ranges } = mark('<<[Unit]\nDescription=x>>\n\n<<[Service]\nExecStart=/bin/a \\\n  --b>>\n');
    const symbols = documentSymbols(parseSystemd(text));
    assert.deepEqual(symbols.map((s) => s.name), ['[Unit]', '[Service]']);
    assert.deepEqual(symbols.map((s) => s.range), ranges);
    assert.deepEqual(symbols[1].children?.map((c) => [c.name, c.detail]), [['ExecStart', '/bin/a    --b']]);
  });

  it('folds sections, continued values and comment blocks', () => {
    const doc = parseSupervisor('; one\n; two\n[program:a]\ncommand=/bin/a\nenvironment=A="1",\n  B="2"\n');
    const folds = foldingRanges(doc).map((f) => [f.startLine, f.endLine, f.kind ?? '']);
    assert.deepEqual(folds.sort(), [[0, 1, 'comment'], [2, 5, ''], [4, 5, '']]);
  });
});
