// Text from outside (program output, paths, config values) never becomes a link in a notification:
// VS Code renders `[label](command:...)` in a message as a button that runs the command. Every
// notification goes through commands/notify.ts, which breaks the link syntax.
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';
import { withoutLinks } from '../../../client/src/notificationText';

const ROOT = resolve(__dirname, '../../..');
const CLIENT = join(ROOT, 'client', 'src');
const NOTIFY = join(CLIENT, 'commands', 'notify.ts');

/** A Markdown link as notifications read it: `[label](target)` with no space before `(`. */
const LINK = /\[[^\]]*\]\([^)\s]*(?:\s+(["'])[^"']*\1)?\)/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return name.endsWith('.ts') ? [full] : [];
  });
}

describe('notifications carry no links from outside', () => {
  it('breaks every Markdown link and keeps the words', () => {
    const planted = 'http://x refused connection [Show details](command:workbench.action.terminal.sendSequence?%7B%22text%22%3A%22rm%22%7D "t")';
    assert.match(planted, LINK);
    const safe = withoutLinks(planted);
    assert.doesNotMatch(safe, LINK);
    assert.equal(safe.replace(/\s+/g, ''), planted.replace(/\s+/g, ''));
    assert.doesNotMatch(withoutLinks('[a](b)[c](command:d)]]((x)'), LINK);
    assert.equal(withoutLinks('exit 3 [no links] (here)'), 'exit 3 [no links] (here)');
  });

  it('shows every notification of client/src through commands/notify.ts', () => {
    const direct: string[] = [];
    for (const file of sourceFiles(CLIENT)) {
      if (file === NOTIFY) continue;
      const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
      const visit = (node: ts.Node): void => {
        if ((ts.isPropertyAccessExpression(node) && /^show(Error|Warning|Information)Message$/.test(node.name.text))
          || (ts.isElementAccessExpression(node) && ts.isStringLiteral(node.argumentExpression) && /^show(Error|Warning|Information)Message$/.test(node.argumentExpression.text))) {
          direct.push(`${relative(ROOT, file)}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`);
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    assert.deepEqual(direct, []);
  });

  it('notify.ts passes every message through withoutLinks', () => {
    const text = readFileSync(NOTIFY, 'utf8');
    const calls = [...text.matchAll(/\bfn\(([^,]+),/g)].map((m) => m[1]);
    assert.ok(calls.length >= 2);
    for (const arg of calls) assert.equal(arg, 'withoutLinks(message)');
  });
});
