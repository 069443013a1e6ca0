// The fuzz properties, checked in-process the way server.ts calls the features:
// nothing throws, every range handed out lies inside the document, and the parser loses no text.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Position, Range } from 'vscode-languageserver-types';
import { analyze, type AnalyzedDocument } from '../../server/src/analysis';
import { quickFixes } from '../../server/src/features/codeActions';
import { complete } from '../../server/src/features/completion';
import { computeDiagnostics } from '../../server/src/features/diagnostics';
import { foldingRanges } from '../../server/src/features/folding';
import { hover } from '../../server/src/features/hover';
import { encodeTokens, semanticTokenList } from '../../server/src/features/semanticTokens';
import { documentSymbols } from '../../server/src/features/symbols';
import { unitDefinition, unitLinks } from '../../server/src/features/unitLinks';
import { fileSystemWorkspace } from '../../server/src/host/fsWorkspace';
import { createUnitCatalog, type UnitCatalog } from '../../server/src/host/unitCatalog';
import { parse } from '../../server/src/parse';
import type { Entry, ParsedDocument } from '../../server/src/parse/model';
import { DEFAULT_SETTINGS } from '../../server/src/settings';
import type { WorkspaceView } from '../../server/src/rules/types';
import type { Version } from '../../server/src/schema/types';
import type { FuzzCase } from './generate';
import { Rng } from './prng';

export interface Failure {
  /** Which property broke: `throws`, `range`, `lossless`, ... Reproducers are minimised keeping it. */
  property: string;
  message: string;
}

class PropertyError extends Error {
  constructor(readonly property: string, message: string) {
    super(message);
  }
}

/** A scratch folder the fuzzed documents "live" in, with a few files for includes and unit links to find. */
export interface Sandbox {
  root: string;
  workspace: WorkspaceView;
  units: UnitCatalog;
  dispose(): void;
}

export interface SandboxOptions {
  /** Use this (empty or already filled) folder instead of making one; `dispose` leaves it to its owner. */
  root?: string;
  /** Also a FIFO, a link to /dev/zero and directory link loops for includes and unit scans to meet. */
  hostile?: boolean;
}

/** Files with names that trip quoting, globbing and URI encoding, for includes and unit links to find. */
const SANDBOX_FILES: Record<string, string> = {
  'supervisor/conf.d/web.conf': '[program:web]\ncommand=/bin/true\n',
  'supervisor/conf.d/x.ini': '[group:g]\nprograms=web\n',
  'supervisor/conf.d/sp ace.conf': '[program:space]\ncommand=/bin/true\n',
  'supervisor/conf.d/[br]acket.conf': '[program:bracket]\ncommand=/bin/true\n',
  'supervisor/conf.d/st*r?.conf': '[program:star]\ncommand=/bin/true\n',
  'supervisor/conf.d/new\nline.conf': '[program:newline]\ncommand=/bin/true\n',
  'supervisor/conf.d/%(here)s.conf': '[program:percent]\ncommand=/bin/true\n',
  'supervisor/conf.d/ünï ✓.conf': '[program:unicode]\ncommand=/bin/true\n',
  'supervisor/conf.d/-rf.conf': '; a name that looks like an option\n',
  'units/foo.service': '[Service]\nExecStart=/bin/true\n',
  'units/a@b.service': '[Service]\nExecStart=/bin/true\n',
  'units/with space.service': '[Service]\nExecStart=/bin/true\n',
  'units/var-lib-docker\\x2dvolumes.mount': '[Mount]\nWhat=/dev/sda\nWhere=/var/lib/docker-volumes\n',
};

/** Links and special files that read as endless, blocking or looping (only with `hostile`). */
function addHostileEntries(root: string): void {
  mkdirSync(join(root, 'units/loops'), { recursive: true });
  symlinkSync('.', join(root, 'units/loops/self'));
  symlinkSync('..', join(root, 'units/loops/up'));
  symlinkSync('/dev/zero', join(root, 'supervisor/conf.d/zero.conf'));
  symlinkSync('/dev/zero', join(root, 'units/zero.timer'));
  symlinkSync('missing-target', join(root, 'supervisor/conf.d/dangling.conf'));
  try {
    execFileSync('mkfifo', [join(root, 'supervisor/conf.d/fifo.conf'), join(root, 'units/fifo.service')]);
  } catch {
    // no mkfifo: the other entries still count
  }
}

/** Fills `root` with the sandbox's files (the runner does this once, in the folder it cleans up). */
export function fillSandbox(root: string, hostile = false): void {
  for (const [name, text] of Object.entries(SANDBOX_FILES)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  if (hostile) addHostileEntries(root);
}

export function createSandbox(options: SandboxOptions = {}): Sandbox {
  const owned = options.root === undefined;
  const root = options.root ?? mkdtempSync(join(tmpdir(), 'dc-fuzz-'));
  if (owned) fillSandbox(root, options.hostile);
  return {
    root,
    workspace: fileSystemWorkspace(),
    units: createUnitCatalog(() => [root]),
    dispose: () => {
      if (owned) rmSync(root, { recursive: true, force: true });
    },
  };
}

function fail(property: string, message: string): never {
  throw new PropertyError(property, message);
}

function show(value: unknown): string {
  const text = JSON.stringify(value);
  return text.length > 300 ? text.slice(0, 300) + '…' : text;
}

/** Line lengths as the LSP document (and so the client) sees them. */
class Bounds {
  readonly lengths: number[];

  constructor(readonly document: TextDocument) {
    this.lengths = [];
    const text = document.getText();
    for (let line = 0; line < document.lineCount; line++) {
      const start = document.offsetAt({ line, character: 0 });
      const next = line + 1 < document.lineCount ? document.offsetAt({ line: line + 1, character: 0 }) : text.length;
      let end = next;
      if (end > start && text[end - 1] === '\n') end--;
      if (end > start && text[end - 1] === '\r') end--;
      this.lengths.push(end - start);
    }
  }

  position(p: Position, what: string): void {
    if (!p || !Number.isInteger(p.line) || !Number.isInteger(p.character) || p.line < 0 || p.character < 0 ||
        p.line >= this.lengths.length || p.character > this.lengths[p.line]) {
      fail('range', `${what}: position ${show(p)} is outside the document (${this.lengths.length} lines` +
        (p && p.line >= 0 && p.line < this.lengths.length ? `, line ${p.line} has ${this.lengths[p.line]} characters)` : ')'));
    }
  }

  range(r: Range, what: string): void {
    if (!r) fail('range', `${what}: missing range`);
    this.position(r.start, what);
    this.position(r.end, what);
    if (r.start.line > r.end.line || (r.start.line === r.end.line && r.start.character > r.end.character)) {
      fail('range', `${what}: range ${show(r)} ends before it starts`);
    }
  }
}

function within(inner: Range, outer: Range): boolean {
  const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(outer.start, inner.start) && before(inner.end, outer.end);
}

function checkParse(text: string, doc: ParsedDocument, bounds: Bounds, label: string): void {
  const joined = doc.lines.map((l) => l.text + l.eol).join('');
  if (joined !== text) {
    let i = 0;
    while (i < joined.length && joined[i] === text[i]) i++;
    fail('lossless', `${label} parser: joining its lines differs from the input at offset ${i} (${joined.length} vs ${text.length} characters)`);
  }
  if (doc.lines.length !== bounds.lengths.length) {
    fail('lines', `${label} parser: ${doc.lines.length} lines, the LSP document has ${bounds.lengths.length}`);
  }
  doc.lines.forEach((line, n) => {
    if (line.text.length !== bounds.lengths[n] || /[\r\n]/.test(line.text)) {
      fail('lines', `${label} parser: line ${n} is ${show(line.text.slice(0, 40))} (${line.text.length}), the LSP document's has ${bounds.lengths[n]} characters`);
    }
  });
  const entry = (e: Entry, what: string) => {
    bounds.range(e.range, `${what} range`);
    bounds.range(e.keyRange, `${what} keyRange`);
    bounds.range(e.valueRange, `${what} valueRange`);
    e.pieces.forEach((p, i) => {
      bounds.range(p.range, `${what} piece ${i}`);
      const source = doc.lines[p.range.start.line].text.slice(p.range.start.character, p.range.end.character);
      if (p.range.start.line !== p.range.end.line || source !== p.text) {
        fail('pieces', `${what} piece ${i} text ${show(p.text)} is not the document text ${show(source)} at ${show(p.range)}`);
      }
    });
    for (const x of e.expansions) {
      bounds.range(x.range, `${what} expansion`);
      bounds.range(x.nameRange, `${what} expansion name`);
    }
  };
  doc.sections.forEach((s, i) => {
    bounds.range(s.range, `${label} section ${i} range`);
    bounds.range(s.headerRange, `${label} section ${i} headerRange`);
    bounds.range(s.nameRange, `${label} section ${i} nameRange`);
    s.entries.forEach((e, j) => entry(e, `${label} section ${i} entry ${j}`));
  });
  doc.orphanEntries.forEach((e, j) => entry(e, `${label} orphan entry ${j}`));
  doc.comments.forEach((c, i) => bounds.range(c, `${label} comment ${i}`));
  doc.problems.forEach((p, i) => bounds.range(p.range, `${label} problem ${i} (${p.code})`));
}

/** Positions to query: every one on small documents, a sample per line on big ones, and some past the ends. */
function positions(rng: Rng, bounds: Bounds, text: string, exhaustive: boolean): Position[] {
  const out: Position[] = [];
  const lineCount = bounds.lengths.length;
  const every = exhaustive && text.length <= 1500;
  const lines = lineCount <= 300 ? [...Array(lineCount).keys()] : Array.from({ length: 300 }, () => rng.int(lineCount));
  for (const line of lines) {
    const length = bounds.lengths[line];
    if (every) {
      for (let c = 0; c <= length + 1; c++) out.push({ line, character: c });
      continue;
    }
    const picks = new Set([0, 1, length, length + 1, length + 7, rng.int(length + 1), rng.int(length + 1)]);
    if (length > 0) picks.add(length - 1);
    for (const c of picks) out.push({ line, character: c });
  }
  out.push({ line: lineCount, character: 0 }, { line: lineCount + 3, character: 2 }, { line: lineCount - 1, character: 1e6 });
  return out;
}

export interface CheckOptions {
  /** Query every position of small documents (the default) instead of a sample. */
  exhaustive?: boolean;
  /** About how many positions also get a completion request (24 unless told). */
  completions?: number;
  /**
   * CPU milliseconds a case may take (the fuzz runner's per-case budget); over it, the case fails
   * as `budget`. CPU time, not wall time, so a loaded machine does not fail a fast case.
   */
  budgetMs?: number;
}

/** CPU milliseconds this process has used (user + system). */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Runs every property on one case; returns the first failure, or undefined. */
export function checkCase(c: FuzzCase, sandbox: Sandbox, options: CheckOptions = {}): Failure | undefined {
  const step = { name: 'setup' };
  const began = cpuMs();
  try {
    run(c, sandbox, options, step);
    const spent = cpuMs() - began;
    if (options.budgetMs !== undefined && spent > options.budgetMs) {
      return { property: 'budget', message: `took ${spent.toFixed(0)} ms of CPU, over the per-case budget of ${options.budgetMs} ms (${c.text.length} characters)` };
    }
    return undefined;
  } catch (error) {
    if (error instanceof PropertyError) return { property: error.property, message: error.message };
    const detail = error instanceof Error ? `${error.stack ?? error.message}` : String(error);
    return { property: 'throws', message: `${step.name} threw: ${detail}` };
  }
}

function run(c: FuzzCase, sandbox: Sandbox, options: CheckOptions, step: { name: string }): void {
  const { text } = c;
  const rng = new Rng(c.seed ^ 0x5bd1e995);
  const uri = pathToFileURL(join(sandbox.root, c.name)).href;
  const bounds = new Bounds(TextDocument.create(uri, c.languageHint, 1, text));

  // Both parsers on every text, whatever the file is classified as.
  for (const dialect of ['systemd', 'supervisor'] as const) {
    step.name = `parse(${dialect})`;
    checkParse(text, parse(text, dialect), bounds, dialect);
  }
  step.name = 'analyze';
  const analyzed = analyze(uri, 1, text, c.languageHint);
  if (!analyzed) return;

  const systemdVersion = rng.weighted([[6, DEFAULT_SETTINGS.systemdVersion], [1, 219], [1, 252], [1, 999]] as const);
  const version = analyzed.kind.dialect === 'systemd' ? systemdVersion : analyzed.support.schema.latestVersion;
  step.name = 'computeDiagnostics';
  const diagnostics: Diagnostic[] = computeDiagnostics(analyzed, { systemdVersion }, sandbox.workspace, (code, error) => {
    fail('throws', `rule ${code} threw: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  });
  diagnostics.forEach((d, i) => bounds.range(d.range, `diagnostic ${i} (${String(d.code)})`));

  step.name = 'quickFixes';
  const actions = quickFixes(uri, diagnostics);
  actions.forEach((a, i) => {
    for (const edits of Object.values(a.edit?.changes ?? {})) {
      edits.forEach((e, j) => bounds.range(e.range, `quick fix ${i} "${a.title}" edit ${j}`));
      // Editors refuse a workspace edit whose edits overlap.
      const sorted = [...edits].sort((x, y) => bounds.document.offsetAt(x.range.start) - bounds.document.offsetAt(y.range.start));
      for (let j = 1; j < sorted.length; j++) {
        if (bounds.document.offsetAt(sorted[j].range.start) < bounds.document.offsetAt(sorted[j - 1].range.end)) {
          fail('quick-fix', `quick fix ${i} "${a.title}": edits ${show(sorted[j - 1].range)} and ${show(sorted[j].range)} overlap`);
        }
      }
    }
  });
  // A few fixes applied: the result must analyse without throwing either.
  for (const a of actions.slice(0, 3)) {
    const edits = a.edit?.changes?.[uri];
    if (!edits) continue;
    step.name = `after quick fix "${a.title}"`;
    const fixed = TextDocument.applyEdits(bounds.document, edits);
    const again = analyze(uri, 2, fixed, c.languageHint);
    if (again) {
      computeDiagnostics(again, { systemdVersion }, sandbox.workspace, (code, error) => {
        fail('throws', `after quick fix "${a.title}", rule ${code} threw: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
      });
    }
  }

  step.name = 'documentSymbols';
  documentSymbols(analyzed.doc).forEach((s, i) => {
    bounds.range(s.range, `symbol ${i} range`);
    bounds.range(s.selectionRange, `symbol ${i} selectionRange`);
    if (!within(s.selectionRange, s.range)) fail('symbols', `symbol ${i} ${s.name}: selectionRange ${show(s.selectionRange)} is not inside range ${show(s.range)}`);
    (s.children ?? []).forEach((child, j) => {
      bounds.range(child.range, `symbol ${i}.${j} range`);
      bounds.range(child.selectionRange, `symbol ${i}.${j} selectionRange`);
      if (!within(child.selectionRange, child.range)) {
        fail('symbols', `symbol ${i}.${j} ${child.name}: selectionRange ${show(child.selectionRange)} is not inside range ${show(child.range)}`);
      }
    });
  });

  step.name = 'foldingRanges';
  foldingRanges(analyzed.doc).forEach((f, i) => {
    if (!(f.startLine >= 0 && f.startLine <= f.endLine && f.endLine < bounds.lengths.length)) {
      fail('range', `folding range ${i} ${show(f)} is outside the document (${bounds.lengths.length} lines)`);
    }
  });

  step.name = 'unitLinks';
  unitLinks(analyzed, sandbox.units).forEach((l, i) => bounds.range(l.range, `document link ${i}`));

  step.name = 'semanticTokens';
  checkSemanticTokens(analyzed, bounds, new Rng(c.seed ^ 0x7e3a9b1));

  // Completion builds markdown for hundreds of directives, so it gets a sample of the positions
  // (always including those past the ends); hover and definition get them all.
  const all = positions(rng, bounds, text, options.exhaustive ?? true);
  const budget = options.completions ?? 24;
  const share = Math.min(1, budget / all.length);
  all.forEach((position, i) => {
    const pastEnd = i >= all.length - 3;
    checkPosition(analyzed, position, version, sandbox, bounds, step, pastEnd || rng.chance(share));
  });
}

/** Semantic tokens lie on one line inside the document, in order, without overlapping; a range answer is the full one cut to its lines. */
function checkSemanticTokens(analyzed: AnalyzedDocument, bounds: Bounds, rng: Rng): void {
  const tokens = semanticTokenList(analyzed);
  let previous = { line: 0, character: 0 };
  tokens.forEach((t, i) => {
    const range = { start: { line: t.line, character: t.character }, end: { line: t.line, character: t.character + t.length } };
    bounds.range(range, `semantic token ${i}`);
    if (t.length <= 0) fail('semantic-tokens', `semantic token ${i} ${show(t)} is empty`);
    if (t.line < previous.line || (t.line === previous.line && t.character < previous.character)) {
      fail('semantic-tokens', `semantic token ${i} ${show(t)} starts before the previous one ends (${show(previous)})`);
    }
    previous = range.end;
  });
  if (encodeTokens(tokens).length !== tokens.length * 5) fail('semantic-tokens', 'a semantic token was dropped in encoding');
  const first = rng.int(bounds.lengths.length + 1);
  const range = { start: { line: first, character: 0 }, end: { line: first + rng.int(5), character: 0 } };
  const cut = semanticTokenList(analyzed, range);
  const expected = tokens.filter((t) => t.line >= range.start.line && t.line <= range.end.line);
  if (JSON.stringify(cut) !== JSON.stringify(expected)) fail('semantic-tokens', `the range ${show(range)} answer differs from the full answer cut to it`);
}

function checkPosition(analyzed: AnalyzedDocument, position: Position, version: Version, sandbox: Sandbox, bounds: Bounds,
  step: { name: string }, withCompletion: boolean): void {
  const at = `${position.line}:${position.character}`;
  step.name = `hover at ${at}`;
  const h = hover(analyzed, position, version);
  if (h?.range) bounds.range(h.range, `hover at ${at}`);
  step.name = `unitDefinition at ${at}`;
  unitDefinition(analyzed, position, sandbox.units);
  if (!withCompletion) return;
  step.name = `complete at ${at}`;
  const items = complete(analyzed, position, { version, units: sandbox.units });
  const inside = position.line < bounds.lengths.length && position.character <= bounds.lengths[position.line];
  for (const item of items) {
    const edit = item.textEdit;
    if (!edit) continue;
    const range = 'range' in edit ? edit.range : edit.replace;
    bounds.range(range, `completion "${item.label}" at ${at}`);
    // LSP: a completion edit is on the cursor's line and covers the cursor.
    if (inside && (range.start.line !== position.line || range.end.line !== position.line ||
        range.start.character > position.character || range.end.character < position.character)) {
      fail('completion-range', `completion "${item.label}" at ${at}: edit range ${show(range)} does not cover the cursor on its line`);
    }
  }
}
