// The load-time refusals (rules/systemd loadRefusalRules) judged over a unit merged with its drop-ins,
// as systemd judges it: the files are joined into one text, in systemd's reading order, the rules run
// on that, and each verdict is carried back to the file that holds its line. A verdict on a line of
// the open file stays there; one caused in another file is said on the open file's section header,
// naming the other file, unless it is that file's own (its single-file check says it already). The
// ExecStart= verdicts are execStartChecks.ts's and stay out of this.
import type { Diagnostic, DiagnosticRelatedInformation, Range } from 'vscode-languageserver-types';
import type { SystemdFileKind, UnitType } from '../../classify/fileKind';
import { UNIT_TYPES } from '../../classify/fileKind';
import { parse } from '../../parse';
import type { ParsedDocument } from '../../parse/model';
import { loadRefusalRules } from '../../rules/systemd';
import { headerOf } from '../../rules/systemd/refusal';
import { MISSING_EXECSTART, SEVERAL_EXECSTART } from '../../rules/systemd/serviceChecks';
import type { AnalysisSettings, DiagnosticData, QuickFix, Rule, RuleContext } from '../../rules/types';
import type { DialectSchema } from '../../schema/types';
import { linkRuleDocs } from '../ruleDocs';
import { SOURCE } from '../diagnostics';
import { shortName } from './execStartChecks';
import type { SourceFile } from './merge';
import type { UnitMerge } from './unitMerge';

/** Between two files: a section no check reads, so that lines before a drop-in's first header stay out of the previous file's section. */
const BOUNDARY = '[X-DaemonConfig-File-Boundary]';
const MERGED_URI = 'daemon-config-merged:unit';

const RULES: Rule[] = loadRefusalRules.filter((r) => r.code !== SEVERAL_EXECSTART && r.code !== MISSING_EXECSTART);
const CODES = new Set(RULES.map((r) => r.code));

interface Origin { file: SourceFile; line: number }

interface Joined { doc: ParsedDocument; origins: (Origin | undefined)[] }

function join(files: SourceFile[]): Joined {
  const texts: string[] = [];
  const origins: (Origin | undefined)[] = [];
  files.forEach((file, i) => {
    if (i > 0) { texts.push(BOUNDARY); origins.push(undefined); }
    file.doc.lines.forEach((l, line) => { texts.push(l.text); origins.push({ file, line }); });
  });
  return { doc: parse(texts.join('\n'), 'systemd'), origins };
}

function unitTypeOf(name: string): UnitType | undefined {
  const suffix = name.slice(name.lastIndexOf('.') + 1);
  return (UNIT_TYPES as readonly string[]).includes(suffix) ? suffix as UnitType : undefined;
}

function run(doc: ParsedDocument, kind: SystemdFileKind, schema: DialectSchema, settings: AnalysisSettings, filePath: string, uri: string): Diagnostic[] {
  const context: RuleContext = { doc, kind, schema, settings, filePath, workspace: undefined, uri };
  return RULES.flatMap((rule) => {
    try {
      return rule.check(context).map((d) => ({ ...d, code: rule.code }));
    } catch {
      return [];
    }
  });
}

const shift = (r: Range, line: number): Range => ({ start: { line, character: r.start.character }, end: { line: line + r.end.line - r.start.line, character: r.end.character } });

function at(o: Origin): string {
  return `${shortName(o.file.path, o.file.role)}:${o.line + 1}`;
}

/** The fixes of a merged verdict, when every edit lands in the open file. */
function fixesIn(d: Diagnostic, joined: Joined, path: string): QuickFix[] | undefined {
  const fixes = (d.data as DiagnosticData | undefined)?.fixes;
  if (!fixes) return undefined;
  const mapped = fixes.map((f) => {
    const edits = f.edits.map((e) => {
      const o = joined.origins[e.range.start.line];
      return o?.file.path === path ? { ...e, range: shift(e.range, o.line) } : undefined;
    });
    return edits.every((e) => e !== undefined) ? { ...f, edits } : undefined;
  }).filter((f): f is QuickFix => f !== undefined);
  return mapped.length > 0 ? mapped : undefined;
}

export interface MergedRefusalInput {
  merge: UnitMerge;
  path: string;
  kind: SystemdFileKind;
  schema: DialectSchema;
  settings: AnalysisSettings;
  uriOf: (path: string) => string;
}

/** Whether the merge is one to judge: the unit file found (and not masked by being empty), with at least one drop-in. */
export function judgesMerge(merge: UnitMerge | undefined): merge is UnitMerge {
  const unitFile = merge?.files.find((f) => f.role === 'unit');
  return Boolean(merge && unitFile && merge.files.length >= 2 && (unitFile.doc.lines.length > 1 || unitFile.doc.lines[0]?.text !== ''));
}

/**
 * The document's diagnostics with the load-time refusals (ExecStart= ones apart) made over the merge:
 * the single-file ones are dropped, the merged ones mapped back. Unchanged when the merge is not judged.
 */
export function withMergedRefusals(base: Diagnostic[], input: MergedRefusalInput): Diagnostic[] {
  const { merge, path, schema, settings, uriOf } = input;
  if (!judgesMerge(merge)) return base;
  const unit = merge.sources.unit;
  const unitKind: SystemdFileKind = { dialect: 'systemd', unitType: unitTypeOf(unit), unitName: unit, dropIn: false,
    template: unit.includes('@.'), scope: input.kind.scope };
  const unitPath = merge.files.find((f) => f.role === 'unit')?.path ?? path;
  const joined = join(merge.files);
  const found = run(joined.doc, unitKind, schema, settings, unitPath, MERGED_URI);
  const own = new Map<string, Diagnostic[]>();
  const ownOf = (file: SourceFile) => {
    let list = own.get(file.path);
    if (!list) {
      const kind = file.role === 'unit' ? unitKind : { ...unitKind, dropIn: true };
      own.set(file.path, (list = run(file.doc, kind, schema, settings, file.path, uriOf(file.path))));
    }
    return list;
  };
  const view = merge.files.find((f) => f.path === path);
  if (!view) return base;
  const kept = base.filter((d) => !CODES.has(String(d.code)));
  const ours: Diagnostic[] = [];
  for (const d of found) {
    const o = joined.origins[d.range.start.line];
    if (!o) continue;
    const related = relatedOf(d, joined, uriOf);
    if (o.file.path === path) {
      const range = shift(d.range, o.line);
      const same = base.find((b) => b.code === d.code && b.range.start.line === range.start.line && b.range.start.character === range.start.character);
      if (same) { ours.push(same); continue; }
      const others = merge.files.filter((f) => f.path !== path).map((f): DiagnosticRelatedInformation => ({
        location: { uri: uriOf(f.path), range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } },
        message: `${shortName(f.path, f.role)}`,
      }));
      ours.push(finish({ ...d, range, data: undefined }, fixesIn(d, joined, path), [...related, ...others]));
      continue;
    }
    // Caused elsewhere: that file says it already when its own check finds it.
    if (ownOf(o.file).some((b) => b.code === d.code && b.range.start.line === o.line)) continue;
    const section = joined.doc.sections.find((s) => s.range.start.line <= d.range.start.line && d.range.start.line <= s.range.end.line)?.name ?? '';
    const there: DiagnosticRelatedInformation = { location: { uri: uriOf(o.file.path), range: shift(d.range, o.line) }, message: at(o) };
    ours.push(finish({ ...d, range: headerOf(view.doc, section), data: undefined,
      message: `${at(o)}, read together with this file: ${String(d.message)}` }, undefined, [there, ...related]));
  }
  return [...kept, ...ours].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/** The merged verdict's related lines, each in the file that holds it. */
function relatedOf(d: Diagnostic, joined: Joined, uriOf: (path: string) => string): DiagnosticRelatedInformation[] {
  return (d.relatedInformation ?? []).flatMap((r) => {
    const o = joined.origins[r.location.range.start.line];
    return o ? [{ location: { uri: uriOf(o.file.path), range: shift(r.location.range, o.line) }, message: `${r.message} (${at(o)})` }] : [];
  });
}

function finish(d: Diagnostic, fixes: QuickFix[] | undefined, related: DiagnosticRelatedInformation[]): Diagnostic {
  const out: Diagnostic = { ...d, source: SOURCE };
  delete out.data;
  delete out.relatedInformation;
  if (fixes) out.data = { fixes };
  if (related.length > 0) out.relatedInformation = related.slice(0, 20);
  linkRuleDocs(out);
  return out;
}
