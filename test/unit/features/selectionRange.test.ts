import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SelectionRange } from 'vscode-languageserver-types';
import { selectionRange } from '../../../server/src/features/selectionRange';
import { parse } from '../../../server/src/parse';

/** The text each range of the chain covers, narrowest first. */
function texts(text: string, chain: SelectionRange | undefined): string[] {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  const out: string[] = [];
  for (let s = chain; s; s = s.parent) out.push(text.slice(offset(s.range.start), offset(s.range.end)));
  return out;
}

describe('selection ranges', () => {
  const text = '[Unit]\nDescription=web\n\n[Service]\nExecStart=/usr/bin/web \\\n  --port 8080\nRestart=always\n';
  it('widens word, value, entry with its continuation, section, file', () => {
    const got = texts(text, selectionRange(parse(text, 'systemd'), { line: 5, character: 4 }));
    assert.deepEqual(got.slice(0, 4), ['--port', '/usr/bin/web \\\n  --port 8080', 'ExecStart=/usr/bin/web \\\n  --port 8080',
      '[Service]\nExecStart=/usr/bin/web \\\n  --port 8080\nRestart=always']);
    assert.equal(got[4], text);
  });
  it('on a key starts at the entry', () => {
    const got = texts(text, selectionRange(parse(text, 'systemd'), { line: 6, character: 2 }));
    assert.equal(got[0], 'Restart=always');
  });
});
