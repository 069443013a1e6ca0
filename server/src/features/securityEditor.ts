// The exposure score in the editor (issue 17.5): a CodeLens on a service's [Service] header, a hover
// on that line with the checks that lose points, and code actions that add a hardening directive
// one at a time or the whole safe set.
import type { CodeAction, CodeLens, Hover, Position, Range, TextEdit } from 'vscode-languageserver-types';
import type { AnalyzedDocument } from '../analysis';
import { pathOf } from '../classify/classify';
import type { Translator } from '../l10n/translator';
import type { Section } from '../parse/model';
import { formatExposure, settingsOfMerge, type CheckResult, type ExposureReport } from '../security';
import type { UnitFilesLookup } from './dropins';
import { mergeUnit } from './dropins/merge';
import { mergeOfDocument } from './dropins/unitMerge';
import { scoredUnitName, securityReport } from './security';
import { fixOf, safeSetLines } from './securityFixes';

/** The command a lens runs: the client shows the checks (`daemonConfig.security.showChecks`, argument: the document URI). */
export const SHOW_CHECKS_COMMAND = 'daemonConfig.security.showChecks';
const MAX_ACTIONS = 20;

function serviceSection(a: AnalyzedDocument): Section | undefined {
  return a.doc.sections.find((s) => s.name === 'Service');
}

export function securityLenses(a: AnalyzedDocument, lookup: UnitFilesLookup | undefined, t: Translator): CodeLens[] {
  const section = serviceSection(a);
  const report = section && securityReport(a, lookup);
  if (!section || !report) return [];
  const title = t.format('Exposure {exposure} {label}', { exposure: formatExposure(report.exposure), label: report.label });
  return [{ range: section.headerRange, command: { title, command: SHOW_CHECKS_COMMAND, arguments: [a.uri, section.headerRange.start.line] } }];
}

/** The failed checks, the heaviest first. */
export function failedChecks(report: ExposureReport): CheckResult[] {
  return report.checks.filter((c) => (c.badness ?? 0) > 0).sort((x, y) => y.share - x.share || y.assessor.weight - x.assessor.weight);
}

/** Markdown: the score and a table of the checks that lose points, in the user's language. */
export function securityMarkdown(report: ExposureReport, t: Translator): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  const rows = failedChecks(report).map((c) => `| \`${cell(c.assessor.id)}\` | ${cell(c.why ? t.format(c.why, c.values) : '')} | ${formatExposure(c.share)} |`);
  return [
    `**${t.format('Exposure {exposure} {label}', { exposure: formatExposure(report.exposure), label: report.label })}**`
      + ` ${t.format('(computed as `systemd-analyze security --offline=yes` does, from the unit and its drop-ins)')}`,
    '',
    t.format('| Check | What the service may do | Exposure |'),
    '| --- | --- | ---: |',
    ...rows,
  ].join('\n');
}

/** The hover on a service's [Service] header line. */
export function securityHover(a: AnalyzedDocument, position: Position, lookup: UnitFilesLookup | undefined, t: Translator): string | undefined {
  const section = serviceSection(a);
  if (!section || section.headerRange.start.line !== position.line) return undefined;
  const report = securityReport(a, lookup);
  return report && securityMarkdown(report, t);
}

/** A hover with the security table added after what it already says. */
export function withSecurityHover(found: Hover | null, security: string | undefined): Hover | null {
  if (!security) return found;
  const before = found && typeof found.contents === 'object' && 'value' in found.contents ? `${found.contents.value}\n\n---\n\n` : '';
  return { ...(found ?? {}), contents: { kind: 'markdown', value: `${before}${security}` } };
}

/** Inserts lines at the end of [Service] (after its last entry). */
function insertion(section: Section, lines: string[]): TextEdit {
  const last = section.entries.at(-1);
  const line = (last ? last.range.end.line : section.headerRange.end.line) + 1;
  return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: lines.map((l) => `${l}\n`).join('') };
}

const touches = (range: Range, section: Section) => range.start.line <= section.range.end.line && range.end.line >= section.range.start.line;

/** Code actions within [Service] of a service unit file: each missing hardening directive, and the safe set. */
export function securityActions(a: AnalyzedDocument, range: Range, lookup: UnitFilesLookup | undefined, t: Translator): CodeAction[] {
  const section = serviceSection(a);
  if (!section || !touches(range, section)) return [];
  const report = securityReport(a, lookup);
  const { kind } = a;
  if (!report || kind.dialect !== 'systemd' || !kind.unitName) return [];
  const merge = lookup ? mergeOfDocument(a, lookup) : undefined;
  const merged = merge?.merged ?? mergeUnit([{ path: pathOf(a.uri), role: 'unit', doc: a.doc }]);
  const settings = settingsOfMerge(merged, scoredUnitName(kind.unitName), kind.scope === 'user' ? 'user' : 'system');
  // A directive a drop-in sets wins over this file: adding it here would change nothing.
  const setInDropIn = (key: string) => merged.sections.some((s) => s.name === 'Service'
    && s.directives.some((d) => d.key === key && d.assignments.some((x) => x.role === 'drop-in')));
  const edit = (lines: string[]) => ({ changes: { [a.uri]: [insertion(section, lines)] } });
  const actions: CodeAction[] = [];
  const safe = safeSetLines(settings).filter((l) => !setInDropIn(l.slice(0, l.indexOf('='))));
  if (safe.length > 0) {
    actions.push({ title: t.format('Add the safe set of hardening directives ({count} lines)', { count: safe.length }), kind: 'refactor.rewrite', edit: edit(safe) });
  }
  const seen = new Set<string>();
  for (const check of failedChecks(report)) {
    const line = fixOf(check);
    if (!line || seen.has(line)) continue;
    seen.add(line);
    const key = line.slice(0, line.indexOf('='));
    if (setInDropIn(key)) continue;
    // A single-valued directive already in this file: its line is replaced rather than added after.
    const existing = !line.includes('=~') && !['SystemCallFilter', 'RestrictAddressFamilies', 'CapabilityBoundingSet'].includes(key)
      ? [...section.entries].reverse().find((e) => e.key === key) : undefined;
    const change: TextEdit = existing ? { range: existing.range, newText: line } : insertion(section, [line]);
    actions.push({ title: t.format('Add {line}', { line }), kind: 'refactor.rewrite', edit: { changes: { [a.uri]: [change] } } });
    if (actions.length >= MAX_ACTIONS) break;
  }
  return actions;
}
