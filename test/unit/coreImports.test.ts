// The core (server/src minus the Node and browser entries and host/) must run anywhere: it may not
// load Node, VS Code or the Node flavour of the LSP library, not even through a file it imports.
import assert from 'node:assert/strict';
import { builtinModules } from 'node:module';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { describe, it } from 'node:test';
import * as esbuild from 'esbuild';
import ts from 'typescript';

const ROOT = resolve(__dirname, '../..');
const SRC = join(ROOT, 'server/src');
/** Entries and adapters that may use the host: everything else under server/src is the core. */
const NOT_CORE = ['host/', 'cli/', 'cli.ts', 'cliLaunch.ts', 'main.ts', 'launch.ts', 'nodeFlags.ts', 'browserMain.ts'];
const NODE_BUILTINS = new Set(builtinModules);
/** Globals a browser worker does not have; `globalThis.x` and `typeof x` stay allowed (feature checks). */
const NODE_GLOBALS = new Set(['process', 'Buffer', '__dirname', '__filename', 'require', 'global', 'setImmediate', 'module', 'exports']);

export function isCore(file: string): boolean {
  const rel = relative(SRC, file).split('\\').join('/');
  return !rel.startsWith('..') && !NOT_CORE.some((p) => (p.endsWith('/') ? rel.startsWith(p) : rel === p));
}

/** Why a module specifier is off limits for the core, or undefined when it is fine. */
export function bannedBecause(specifier: string): string | undefined {
  if (specifier.startsWith('node:')) return 'a Node built-in';
  if (NODE_BUILTINS.has(specifier) || NODE_BUILTINS.has(specifier.split('/')[0])) return 'a Node built-in';
  if (specifier === 'vscode') return 'the VS Code extension API';
  if (/^vscode-(languageserver|languageclient|languageserver-protocol|jsonrpc)\/node(\/|$)/.test(specifier)) return 'the Node flavour of the LSP library';
  return undefined;
}

interface Use { specifier: string; line: number; typeOnly: boolean }

/** Module specifiers a file loads (static, re-export, dynamic import, require) and Node globals it reads. */
function scan(file: string): { uses: Use[]; globals: { name: string; line: number }[] } {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const uses: Use[] = [];
  const globals: { name: string; line: number }[] = [];
  const lineOf = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const named = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements : undefined;
      // Erased when compiled: `import type`, or only `type` names and nothing else.
      const typeOnly = Boolean(clause && (clause.isTypeOnly
        || (!clause.name && named !== undefined && named.length > 0 && named.every((e) => e.isTypeOnly))));
      uses.push({ specifier: node.moduleSpecifier.text, line: lineOf(node), typeOnly });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      uses.push({ specifier: node.moduleSpecifier.text, line: lineOf(node), typeOnly: node.isTypeOnly });
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference) && ts.isStringLiteral(node.moduleReference.expression)) {
      uses.push({ specifier: node.moduleReference.expression.text, line: lineOf(node), typeOnly: node.isTypeOnly });
    } else if (ts.isCallExpression(node) && node.arguments.length > 0 && ts.isStringLiteralLike(node.arguments[0])
      && (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require'))) {
      uses.push({ specifier: node.arguments[0].text, line: lineOf(node), typeOnly: false });
    } else if (ts.isImportTypeNode(node)) {
      // `import('x').T` in a type position is erased.
      return;
    } else if (ts.isIdentifier(node) && NODE_GLOBALS.has(node.text) && readsGlobal(node)) {
      globals.push({ name: node.text, line: lineOf(node) });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { uses, globals };
}

/** The identifier is a value read of a free name: not a property, a declaration, a type or a typeof operand. */
function readsGlobal(node: ts.Identifier): boolean {
  const parent = node.parent;
  if ((ts.isPropertyAccessExpression(parent) && parent.name === node) || ts.isTypeOfExpression(parent)) return false;
  if ((ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent) || ts.isPropertyDeclaration(parent)
    || ts.isMethodDeclaration(parent) || ts.isParameter(parent) || ts.isVariableDeclaration(parent) || ts.isBindingElement(parent)
    || ts.isImportSpecifier(parent) || ts.isTypeReferenceNode(parent) || ts.isQualifiedName(parent))) return false;
  for (let n: ts.Node = node; n.parent; n = n.parent) if (ts.isTypeNode(n)) return false;
  return true;
}

function resolveRelative(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? tsFiles(path) : e.name.endsWith('.ts') ? [path] : [];
  });
}

/** Every forbidden load reachable from the core, with the chain of files that leads to it. */
export function coreViolations(files: string[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const walk = (file: string, chain: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    const { uses, globals } = scan(file);
    const where = (line: number) => [...chain, `${relative(ROOT, file)}:${line}`].join(' -> ');
    for (const use of uses) {
      if (use.typeOnly) continue;
      const banned = bannedBecause(use.specifier);
      if (banned) problems.push(`${where(use.line)} imports '${use.specifier}' (${banned})`);
      else if (use.specifier.startsWith('.')) {
        const target = resolveRelative(file, use.specifier);
        if (!target) problems.push(`${where(use.line)} imports '${use.specifier}', which does not resolve`);
        else walk(target, [...chain, `${relative(ROOT, file)}:${use.line}`]);
      }
    }
    for (const g of globals) problems.push(`${where(g.line)} reads the Node global '${g.name}'`);
  };
  for (const file of files) walk(file, []);
  return problems;
}

const CORE = tsFiles(SRC).filter(isCore);

describe('the core is host-free', () => {
  it('finds the core modules (server.ts, the rules, the parsers) and leaves out the Node entries', () => {
    const names = CORE.map((f) => relative(SRC, f));
    for (const name of ['server.ts', 'hostInterface.ts', 'rules/supervisor/configSet.ts', 'parse/systemd.ts', 'util/posixPath.ts']) assert.ok(names.includes(name), name);
    for (const name of ['main.ts', 'cli.ts', 'cliLaunch.ts', 'launch.ts', 'host/fsWorkspace.ts', 'host/nodeHost.ts']) assert.ok(!names.includes(name), name);
  });

  it('no core module loads Node, VS Code or vscode-languageserver/node, directly or through relative imports', () => {
    assert.deepEqual(coreViolations(CORE), []);
  });

  it('the walk catches a forbidden import two relative imports away, and a Node global', () => {
    // Host modules stand in for bad core code: cli.ts reaches node:fs through host/ and reads process.
    const found = coreViolations([join(SRC, 'cli.ts')]);
    assert.ok(found.some((p) => /cli\.ts:\d+ -> server\/src\/host\/\w+\.ts:\d+.* imports 'node:fs'/.test(p)), found.join('\n'));
    assert.ok(found.some((p) => p.includes("reads the Node global 'process'")), found.join('\n'));
    assert.equal(bannedBecause('vscode-languageserver/node'), 'the Node flavour of the LSP library');
    assert.equal(bannedBecause('fs/promises'), 'a Node built-in');
    assert.equal(bannedBecause('vscode-languageserver'), undefined);
  });

  it('every core module bundles for the browser, packages included, without a Node built-in or a host file', async () => {
    const result = await esbuild.build({
      entryPoints: CORE, bundle: true, write: false, outdir: join(ROOT, '.core-check'), platform: 'browser',
      format: 'esm', metafile: true, logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    assert.deepEqual(inputs.filter((i) => i.startsWith('server/src/host/') || i.startsWith('node:') || !i.includes('/')), []);
  });
});
