// The client's runtime strings and the Simplified Chinese bundle stay in step. The sources are
// read with the TypeScript parser: every `l10n.t(...)` call (vscode.l10n.t in the VS Code layer,
// client/src/l10n's in the pure-Node layers) must pass a plain string literal as its message, so
// the key in the bundle is exactly what runs, and no translated text is glued to other text.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';
import { formatMessage, l10n, setTranslator } from '../../client/src/l10n';

const ROOT = resolve(__dirname, '../..');
const CLIENT = join(ROOT, 'client', 'src');

interface Call {
  where: string;
  message: string | undefined;
  /** How many arguments follow the message; undefined when one is a spread. */
  argCount: number | undefined;
  problem: string | undefined;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return name.endsWith('.ts') ? [full] : [];
  });
}

/** `l10n.t` or `<anything>.l10n.t`. */
function isL10nT(callee: ts.Expression): boolean {
  if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== 't') return false;
  const owner = callee.expression;
  return (ts.isIdentifier(owner) && owner.text === 'l10n') || (ts.isPropertyAccessExpression(owner) && owner.name.text === 'l10n');
}

/** Inside `setTranslator(...)`: the one place that forwards runtime messages to vscode.l10n.t. */
function forwardsToVscode(node: ts.Node): boolean {
  for (let p = node.parent; p; p = p.parent) {
    if (ts.isCallExpression(p) && ts.isIdentifier(p.expression) && p.expression.text === 'setTranslator') return true;
  }
  return false;
}

function collectCalls(): Call[] {
  const calls: Call[] = [];
  for (const file of sourceFiles(CLIENT)) {
    const text = readFileSync(file, 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && isL10nT(node.expression) && !forwardsToVscode(node)) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
        const where = `${relative(ROOT, file)}:${line + 1}`;
        const [first, ...rest] = node.arguments;
        let message: string | undefined;
        let problem: string | undefined;
        if (first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first))) message = first.text;
        else problem = `the message is ${first ? ts.SyntaxKind[first.kind] : 'missing'}, not a string literal`;
        const parent = node.parent;
        if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.PlusToken) problem = 'a translated string is concatenated with +';
        if (ts.isTemplateSpan(parent)) problem = 'a translated string is pasted into a template literal';
        const argCount = rest.some((a) => ts.isSpreadElement(a)) ? undefined : rest.length;
        calls.push({ where, message, argCount, problem });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return calls;
}

function placeholders(text: string): number[] {
  return [...new Set([...text.matchAll(/\{(\d+)\}/g)].map((m) => Number(m[1])))].sort((a, b) => a - b);
}

const calls = collectCalls();
const bundle = JSON.parse(readFileSync(join(ROOT, 'l10n', 'bundle.l10n.zh-cn.json'), 'utf8')) as Record<string, string>;
const keyed = calls;
const keys = new Set(keyed.map((c) => c.message).filter((m): m is string => m !== undefined));

describe('runtime localisation of the client', () => {
  it('finds the calls', () => {
    assert.ok(keys.size > 100, `only ${keys.size} keys found`);
  });

  it('passes a plain string literal to every l10n.t and never glues translations together', () => {
    const bad = keyed.filter((c) => c.problem !== undefined).map((c) => `${c.where}: ${c.problem}`);
    assert.deepEqual(bad, []);
  });

  it('gives every call as many arguments as its placeholders need', () => {
    const bad = keyed.filter((c) => {
      if (c.message === undefined || c.argCount === undefined) return false;
      const used = placeholders(c.message);
      const needed = used.length === 0 ? 0 : Math.max(...used) + 1;
      return needed !== c.argCount || used.some((n, i) => n !== i);
    }).map((c) => `${c.where}: ${JSON.stringify(c.message)} with ${c.argCount} argument(s)`);
    assert.deepEqual(bad, []);
  });

  it('has a Simplified Chinese translation for every key', () => {
    const missing = [...keys].filter((k) => typeof bundle[k] !== 'string' || bundle[k].trim() === '');
    assert.deepEqual(missing, []);
  });

  it('has no stale keys in the bundle', () => {
    assert.deepEqual(Object.keys(bundle).filter((k) => !keys.has(k)), []);
  });

  it('keeps the placeholders of each key in its translation', () => {
    const bad = Object.entries(bundle).filter(([k, v]) => placeholders(k).join() !== placeholders(v).join()).map(([k]) => k);
    assert.deepEqual(bad, []);
  });

  it('translates, and actually into Chinese', () => {
    const untranslated = Object.entries(bundle).filter(([k, v]) => v === k && /[a-z]{3}/i.test(k)).map(([k]) => k);
    assert.deepEqual(untranslated, []);
  });

  it('formats English by default and uses an installed translator', () => {
    assert.equal(formatMessage('{0} is not a unit name: {1}', ['"x"', 'why']), '"x" is not a unit name: why');
    assert.equal(l10n.t('exit {0}', 3), 'exit 3');
    try {
      setTranslator((message, args) => formatMessage(bundle[message] ?? message, args));
      assert.equal(l10n.t('exit {0}', 3), formatMessage(bundle['exit {0}'] as string, [3]));
    } finally {
      setTranslator(undefined);
    }
    assert.equal(l10n.t('exit {0}', 3), 'exit 3');
  });
});
