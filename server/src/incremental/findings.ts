// Rule findings carried over an edit. The findings of every rule for one version are kept; for the
// next version, made from it by re-parsing the edited lines (reparse.ts), each rule redoes what the
// edit can have changed, as its declared scope allows (Rule.scope, Rule.reads in rules/types.ts):
// - an entry rule keeps its findings above the edit, moves those below it, and checks the entries
//   on the edited lines one by one; a section rule does the same with the sections the edit touched;
// - a rule that reads only some keys keeps (and moves) its findings when the edit touched none of
//   those keys, no header, none of its findings and (when it has findings) no section's end;
// - every other rule runs again over the whole file;
// - but when the edit only added or removed blank lines (layout.ts), every rule keeps its findings,
//   moved, unless one of them is on the edited lines; a rule whose messages name lines finds again
//   only the sections that held its findings below the edit (a whole-file one: everything).
// The result equals a full check (test/fuzz/incremental.test.ts compares them on random edits).
import type { Diagnostic } from 'vscode-languageserver-types';
import type { AnalysisEdit, AnalyzedDocument } from '../analysis';
import type { ParsedDocument } from '../parse/model';
import type { AnalysisSettings, Rule, RuleContext, WorkspaceView } from '../rules/types';
import { eolOf } from '../rules/common/diagnostic';
import { entriesStartingIn, sectionEndChanged } from './regionEntries';
import { onlyBlankLinesChanged } from './layout';
import { linesOf, shiftDiagnostic } from './shift';

/** One version's findings, per rule, with what they were found under. */
export interface Findings {
  /** Weakly held: the document cache decides how many parses stay in memory, not this memo. */
  doc: WeakRef<ParsedDocument>;
  rules: readonly Rule[];
  inputs: string;
  workspace: WorkspaceView | undefined;
  /** Per rule (same order as `rules`); undefined when the rule failed. */
  found: (Diagnostic[] | undefined)[];
}

/** Everything besides the text the rules read: a change in it means every rule runs again. */
export function inputsOf(analyzed: AnalyzedDocument, settings: AnalysisSettings): string {
  return JSON.stringify([analyzed.uri, analyzed.kind, settings]);
}

/** The edit from `previous` to this analysis (and the parse before it), when `previous` holds the findings of the version it was made from. */
export function usableEdit(analyzed: AnalyzedDocument, previous: Findings | undefined, rules: readonly Rule[], inputs: string,
  workspace: WorkspaceView | undefined): { edit: AnalysisEdit; old: ParsedDocument } | undefined {
  const edit = analyzed.edit;
  const old = previous?.doc.deref();
  if (!edit || !previous || !old || edit.previous !== old) return undefined;
  if (previous.inputs !== inputs || previous.workspace !== workspace || previous.rules.length !== rules.length) return undefined;
  // Fixes that add lines write the file's line break: a new one changes them all.
  if (eolOf(old) !== eolOf(analyzed.doc)) return undefined;
  return rules.every((rule, i) => previous.rules[i].code === rule.code) ? { edit, old } : undefined;
}

/** What the edit changed that rules with `reads` look at, worked out once for all of them. */
export class EditFacts {
  readonly lineDelta: number;
  /** The edit added or removed blank lines and changed nothing else. */
  readonly layoutOnly: boolean;
  private readonly keys: Set<string>;
  private readonly structural: boolean;
  private readonly sectionEndMoved: boolean;

  constructor(readonly edit: AnalysisEdit, readonly old: ParsedDocument, readonly doc: ParsedDocument) {
    this.lineDelta = edit.newEnd - edit.oldEnd;
    this.keys = new Set([
      ...entriesStartingIn(old, edit.from, edit.oldEnd), ...entriesStartingIn(doc, edit.from, edit.newEnd),
    ].map(({ entry }) => entry.key));
    // An empty file is a case of its own for some rules (a masked unit).
    this.structural = edit.headersChanged || old.lines.length < 2 || doc.lines.length < 2;
    // A section's range ends at its last entry, where fixes append lines: it matters to findings already made.
    this.sectionEndMoved = sectionEndChanged(old, doc, edit.from, edit.oldEnd, edit.newEnd);
    this.layoutOnly = onlyBlankLinesChanged(old, doc, edit);
  }

  /**
   * The sections whose lines (header to next header) meet the edited lines: indexes [first, old) in the
   * old parse, [first, doc) in the new one; undefined when the edit touches lines above every header.
   */
  get sectionsTouched(): { old: [number, number]; doc: number } | undefined {
    if (this.touched === null) {
      const { from, oldEnd, newEnd } = this.edit;
      const first = sectionAt(this.old, from);
      this.touched = first < 0 || sectionAt(this.doc, from) !== first ? undefined
        : { old: [first, sectionAt(this.old, oldEnd - 1) + 1], doc: sectionAt(this.doc, newEnd - 1) + 1 };
    }
    return this.touched;
  }

  private touched: { old: [number, number]; doc: number } | undefined | null = null;

  /** Whether a rule that reads only headers and these keys may find otherwise; `found`: it had findings. */
  touches(reads: ReadonlySet<string>, found: boolean): boolean {
    if (this.structural || (found && this.sectionEndMoved)) return true;
    for (const key of this.keys) if (reads.has(key)) return true;
    return false;
  }
}

/** The rule's findings on the new version, from its findings on the old one where its scope allows. */
export function carriedFindings(rule: Rule, context: RuleContext, before: Diagnostic[], facts: EditFacts): Diagnostic[] {
  const { from, oldEnd, newEnd } = facts.edit;
  const uri = context.uri;
  const moved = (d: Diagnostic) => shiftDiagnostic(d, oldEnd, facts.lineDelta, uri);
  const onEditedLines = (d: Diagnostic) => linesOf(d, uri).some((line) => line >= from && line < oldEnd);
  if (facts.layoutOnly) {
    // The same findings, at the lines they moved to; messages naming lines are written again.
    // (Lines inside the edit may move when as many blank lines went as came: the count is no guide.)
    if (!rule.namesLines || before.length === 0) {
      if (!before.some(onEditedLines)) return before.map(moved);
    } else if (rule.scope === 'section' && sectionAt(facts.old, from) >= 0) {
      return renamedSections(rule, context, before, facts);
    }
  }
  if (rule.namesLines && facts.lineDelta !== 0 && rule.scope !== 'section') return rule.check(context);
  if (rule.scope === 'entry') {
    const found: Diagnostic[] = [];
    for (const d of before) if (d.range.start.line < from) found.push(d);
    for (const { section, entry } of entriesStartingIn(facts.doc, from, newEnd)) {
      // The file as the rule would see it with only this entry in it (its header kept).
      const doc: ParsedDocument = section
        ? { ...facts.doc, sections: [{ ...section, entries: [entry] }], orphanEntries: [] }
        : { ...facts.doc, sections: [], orphanEntries: [entry] };
      found.push(...rule.check({ ...context, doc }));
    }
    for (const d of before) if (d.range.start.line >= oldEnd) found.push(moved(d));
    return found;
  }
  if (rule.scope === 'section' && facts.sectionsTouched) {
    const { old, doc } = facts;
    // Messages that name lines are written again in the sections below that had findings; the others have none.
    const renumbered = rule.namesLines === true && facts.lineDelta !== 0;
    const [first, oldStop] = facts.sectionsTouched.old;
    const newStop = facts.sectionsTouched.doc;
    const found: Diagnostic[] = [];
    for (const d of before) if (sectionAt(old, d.range.start.line) < first) found.push(d);
    for (let i = first; i < newStop; i++) found.push(...checkSection(rule, context, doc, i));
    // Below the edit, old section i is new section i - oldStop + newStop.
    if (renumbered) found.push(...recheckHeldSections(rule, context, before, facts, oldStop, (i) => i - oldStop + newStop));
    else for (const d of before) if (sectionAt(old, d.range.start.line) >= oldStop) found.push(moved(d));
    return found;
  }
  if (rule.reads && !facts.touches(rule.reads, before.length > 0) && !before.some(onEditedLines)) {
    return before.map(moved);
  }
  return rule.check(context);
}

/**
 * A section rule's findings after an edit that only moved lines: sections from the edit down that
 * held findings are checked again (their messages may name lines that moved); the others had none
 * and still have none, or lie above the edit. The sections are the same, one for one, in both parses.
 */
function renamedSections(rule: Rule, context: RuleContext, before: Diagnostic[], facts: EditFacts): Diagnostic[] {
  const first = sectionAt(facts.old, facts.edit.from);
  const above = before.filter((d) => sectionAt(facts.old, d.range.start.line) < first);
  return [...above, ...recheckHeldSections(rule, context, before, facts, first, (i) => i)];
}

/** The rule's findings on section `i` of `doc` as if it were the file's only section. */
function checkSection(rule: Rule, context: RuleContext, doc: ParsedDocument, i: number): Diagnostic[] {
  return rule.check({ ...context, doc: { ...doc, sections: [doc.sections[i]], orphanEntries: [] } });
}

/** Each old section from `firstOld` on that held findings, checked again once, as new section `toNew(i)`. */
function recheckHeldSections(rule: Rule, context: RuleContext, before: Diagnostic[], facts: EditFacts, firstOld: number,
  toNew: (i: number) => number): Diagnostic[] {
  const found: Diagnostic[] = [];
  const checked = new Set<number>();
  for (const d of before) {
    const i = sectionAt(facts.old, d.range.start.line);
    if (i < firstOld || checked.has(i)) continue;
    checked.add(i);
    found.push(...checkSection(rule, context, facts.doc, toNew(i)));
  }
  return found;
}

/** Index of the section whose lines hold `line` (-1 above the first header). */
function sectionAt(doc: ParsedDocument, line: number): number {
  let low = 0;
  let high = doc.sections.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (doc.sections[mid].headerRange.start.line <= line) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}
