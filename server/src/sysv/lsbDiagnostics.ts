// The checks on an init script's LSB header: what Debian's tools (insserv, update-rc.d, lintian)
// and systemd-sysv-generator need from it. Messages are our own; zh-cn in l10n/zh-cn/sysv.ts.
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver-types';
import { SOURCE } from '../features/diagnostics';
import { linkRuleDocs } from '../features/ruleDocs';
import type { DiagnosticData, QuickFix } from '../rules/types';
import { english } from '../l10n/translator';
import { facilityFact, KEYWORDS, keywordFact, RUNLEVELS, SCRIPT_FOR_FACILITY } from './facts';
import type { InitScript } from './initScript';
import { entriesOf, type LsbEntry, type LsbHeader } from './lsbHeader';

export const SYSV_MESSAGES = {
  noHeader: 'No LSB header (### BEGIN INIT INFO): systemd-sysv-generator starts this script with no ordering against other services, in the runlevels its rcN.d links name.',
  unterminated: 'The LSB header stops here without ### END INIT INFO: Debian\'s tools stop reading it at the first line that is not a comment.',
  badLine: 'Not an LSB header line: write "# Keyword: value"; only Description goes on over lines that start with # and a tab or two blanks.',
  missing: 'The LSB header has no {keyword} line: Debian\'s tools expect one, empty when there is nothing to say.',
  missingShort: 'No Short-Description: systemd names the generated unit after it (Description=LSB: ...).',
  unknown: 'Unknown LSB keyword {keyword}: init tools skip it. Extensions start with X-.',
  unknownDidYouMean: 'Unknown LSB keyword {keyword}: init tools skip it. Did you mean {name}?',
  duplicate: '{keyword} appears more than once: tools disagree on which line counts, keep one.',
  badRunlevel: '{word} is not a runlevel: runlevels are 0 to 6 and S.',
  startInHalt: 'Default-Start has runlevel {word} ({meaning}): services are stopped there, not started.',
  overlap: 'Runlevel {word} is in both Default-Start and Default-Stop.',
  providesOther: 'Provides does not name this script ({name}): systemd calls the unit {name}.service, and insserv knows the script only by the names it provides.',
  unknownFacility: '{word} is not a facility insserv or systemd defines: systemd-sysv-generator orders the unit after {unit}, which nothing provides unless a script does.',
  scriptForFacility: '{word} is the script behind {facility}: name the facility, so that the dependency holds whichever script provides it.',
  allFacility: '$all starts this script after every other one under insserv; systemd-sysv-generator turns it into After=all.target, which no unit provides, so under systemd it orders nothing.',
  interactive: 'X-Interactive takes true or false.',
  facilityInRunlevels: '{word} names a facility, not a runlevel.',
} as const;

export const SYSV_FIX_TITLES = {
  rename: 'Change to {name}',
  facility: 'Change to {name}',
} as const;

const DEPENDENCY_KEYWORDS = new Set(['required-start', 'required-stop', 'should-start', 'should-stop', 'x-start-before', 'x-start-after', 'x-stop-after']);

function diagnostic(range: Range, severity: DiagnosticSeverity, code: string, message: string, fixes?: QuickFix[]): Diagnostic {
  const d: Diagnostic = { range, severity, source: SOURCE, code, message };
  if (fixes?.length) d.data = { fixes } satisfies DiagnosticData;
  linkRuleDocs(d);
  return d;
}

const fill = english.format;

/** Edit distance, for "did you mean"; short names only. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}

function closestKeyword(name: string): string | undefined {
  const lower = name.toLowerCase();
  let best: { name: string; d: number } | undefined;
  for (const k of KEYWORDS) {
    const d = distance(lower, k.name.toLowerCase());
    if (d <= 3 && (!best || d < best.d)) best = { name: k.name, d };
  }
  return best?.name;
}

function keywordProblems(header: LsbHeader, out: Diagnostic[]): void {
  const seen = new Set<string>();
  for (const entry of header.entries) {
    const lower = entry.keyword.toLowerCase();
    if (seen.has(lower)) out.push(diagnostic(entry.keywordRange, DiagnosticSeverity.Warning, 'sysv/duplicate-keyword', fill(SYSV_MESSAGES.duplicate, { keyword: entry.keyword })));
    seen.add(lower);
    if (keywordFact(lower) || lower.startsWith('x-')) continue;
    const near = closestKeyword(entry.keyword);
    const fixes = near ? [{ title: fill(SYSV_FIX_TITLES.rename, { name: near }), edits: [{ range: entry.keywordRange, newText: near }], preferred: true }] : undefined;
    out.push(diagnostic(entry.keywordRange, DiagnosticSeverity.Warning, 'sysv/unknown-keyword',
      near ? fill(SYSV_MESSAGES.unknownDidYouMean, { keyword: entry.keyword, name: near }) : fill(SYSV_MESSAGES.unknown, { keyword: entry.keyword }), fixes));
  }
  const beginRange: Range = { start: { line: header.beginLine, character: 0 }, end: { line: header.beginLine, character: 19 } };
  for (const k of KEYWORDS) {
    if (!k.required || seen.has(k.name.toLowerCase())) continue;
    out.push(diagnostic(beginRange, DiagnosticSeverity.Warning, 'sysv/missing-keyword', fill(SYSV_MESSAGES.missing, { keyword: k.name })));
  }
  if (!seen.has('short-description')) out.push(diagnostic(beginRange, DiagnosticSeverity.Information, 'sysv/missing-short-description', SYSV_MESSAGES.missingShort));
}

function runlevelProblems(header: LsbHeader, out: Diagnostic[]): void {
  const started = new Set<string>();
  for (const keyword of ['Default-Start', 'Default-Stop']) {
    for (const entry of entriesOf(header, keyword)) {
      for (const word of entry.words) {
        const level = word.text.toUpperCase();
        if (!(level in RUNLEVELS)) {
          const message = word.text.startsWith('$') ? fill(SYSV_MESSAGES.facilityInRunlevels, { word: word.text }) : fill(SYSV_MESSAGES.badRunlevel, { word: word.text });
          out.push(diagnostic(word.range, DiagnosticSeverity.Error, 'sysv/bad-runlevel', message));
        } else if (keyword === 'Default-Start') {
          started.add(level);
          if (level === '0' || level === '6') {
            out.push(diagnostic(word.range, DiagnosticSeverity.Warning, 'sysv/start-in-halt-runlevel', fill(SYSV_MESSAGES.startInHalt, { word: level, meaning: RUNLEVELS[level] })));
          }
        } else if (started.has(level)) {
          out.push(diagnostic(word.range, DiagnosticSeverity.Warning, 'sysv/start-stop-overlap', fill(SYSV_MESSAGES.overlap, { word: level })));
        }
      }
    }
  }
}

function dependencyProblems(entry: LsbEntry, out: Diagnostic[]): void {
  const required = entry.keyword.toLowerCase().startsWith('required-');
  for (const word of entry.words) {
    if (word.text === '$all') {
      out.push(diagnostic(word.range, DiagnosticSeverity.Information, 'sysv/all-facility', SYSV_MESSAGES.allFacility));
    } else if (word.text.startsWith('$')) {
      if (facilityFact(word.text)) continue;
      out.push(diagnostic(word.range, required ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information, 'sysv/unknown-facility',
        fill(SYSV_MESSAGES.unknownFacility, { word: word.text, unit: `${word.text.slice(1)}.target` })));
    } else {
      const facility = SCRIPT_FOR_FACILITY[word.text];
      if (!facility) continue;
      const fix = { title: fill(SYSV_FIX_TITLES.facility, { name: facility }), edits: [{ range: word.range, newText: facility }], preferred: true };
      out.push(diagnostic(word.range, DiagnosticSeverity.Information, 'sysv/script-for-facility', fill(SYSV_MESSAGES.scriptForFacility, { word: word.text, facility }), [fix]));
    }
  }
}

function providesProblems(script: InitScript, header: LsbHeader, out: Diagnostic[]): void {
  const provides = entriesOf(header, 'Provides')[0];
  if (!provides || !script.name || provides.words.some((w) => w.text === script.name)) return;
  out.push(diagnostic(provides.keywordRange, DiagnosticSeverity.Warning, 'sysv/provides-other-name', fill(SYSV_MESSAGES.providesOther, { name: script.name })));
}

function interactiveProblems(header: LsbHeader, out: Diagnostic[]): void {
  for (const entry of entriesOf(header, 'X-Interactive')) {
    if (!/^(true|false)$/i.test(entry.value)) out.push(diagnostic(entry.range, DiagnosticSeverity.Warning, 'sysv/bad-interactive', SYSV_MESSAGES.interactive));
  }
}

/** Everything wrong with the script's LSB header (in English; localized where diagnostics leave the server). */
export function sysvDiagnostics(script: InitScript): Diagnostic[] {
  const { header } = script;
  if (!header) {
    const range: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: script.lines[0]?.length ?? 0 } };
    return [diagnostic(range, DiagnosticSeverity.Information, 'sysv/no-lsb-header', SYSV_MESSAGES.noHeader)];
  }
  const out: Diagnostic[] = [];
  for (const problem of header.problems) {
    out.push(problem.kind === 'unterminated'
      ? diagnostic(problem.range, DiagnosticSeverity.Warning, 'sysv/unterminated-header', SYSV_MESSAGES.unterminated)
      : diagnostic(problem.range, DiagnosticSeverity.Warning, 'sysv/bad-header-line', SYSV_MESSAGES.badLine));
  }
  keywordProblems(header, out);
  runlevelProblems(header, out);
  for (const entry of header.entries) if (DEPENDENCY_KEYWORDS.has(entry.keyword.toLowerCase())) dependencyProblems(entry, out);
  providesProblems(script, header, out);
  interactiveProblems(header, out);
  return out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
