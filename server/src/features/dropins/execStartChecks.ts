// The ExecStart= checks systemd makes at load (service_verify()), over a service merged with its
// drop-ins: a drop-in that adds a command without first clearing the list with an empty ExecStart=
// gives a non-oneshot service several ("more than one ExecStart= setting ... Refusing"), and one
// that clears the list and sets nothing leaves it none ("no ExecStart=, ExecStop=, or SuccessAction=.
// Refusing"). Each is reported on the line that causes it, in the file that holds it, naming the
// files that take part; the single-file checks of rules/systemd/serviceChecks.ts give way to these
// whenever the unit file and at least one drop-in are known.
import type { Diagnostic, DiagnosticRelatedInformation } from 'vscode-languageserver-types';
import { diagnostic, eolOf, ERROR } from '../../rules/common/diagnostic';
import { MISSING_EXECSTART, SEVERAL_EXECSTART } from '../../rules/systemd/serviceChecks';
import type { QuickFix } from '../../rules/types';
import { parseBoolean } from '../../values/systemd/boolean';
import { basename, dirname } from '../../util/posixPath';
import { linkRuleDocs } from '../ruleDocs';
import { SOURCE } from '../diagnostics';
import { mergedDirective, mergedValue, type Assignment, type MergedUnit } from './merge';
import type { UnitMerge } from './unitMerge';

/** How a message names a file: a drop-in with its folder (`foo.service.d/override.conf`), a unit file by name. */
export function shortName(path: string, role: 'unit' | 'drop-in'): string {
  return role === 'drop-in' ? `${basename(dirname(path))}/${basename(path)}` : basename(path);
}

function at(a: Assignment): string {
  return `${shortName(a.path, a.role)}:${a.entry.keyRange.start.line + 1}`;
}

function serviceType(unit: MergedUnit, starts: number): string {
  const written = mergedValue(unit, 'Service', 'Type')?.value;
  if (written) return written;
  return mergedValue(unit, 'Service', 'BusName') ? 'dbus' : starts > 0 ? 'simple' : 'oneshot';
}

/** Whether systemd refuses a service that has no ExecStart= in effect (as missingExecStart decides). */
function refusedWithoutStart(unit: MergedUnit, type: string): boolean {
  const stop = (mergedDirective(unit, 'Service', 'ExecStop')?.effective.length ?? 0) > 0;
  const successAction = mergedValue(unit, 'Unit', 'SuccessAction') !== undefined;
  const remain = mergedValue(unit, 'Service', 'RemainAfterExit');
  const remains = Boolean(remain && parseBoolean(remain.value));
  return (!stop && !successAction) || type !== 'oneshot' || (!successAction && !remains);
}

function coded(range: Diagnostic['range'], message: string, code: string, related: Assignment[], uriOf: (path: string) => string,
  fixes?: QuickFix[]): Diagnostic {
  const d = diagnostic(range, message, ERROR, fixes);
  d.code = code;
  d.source = SOURCE;
  if (related.length > 0) {
    d.relatedInformation = related.slice(0, 20).map((a): DiagnosticRelatedInformation => ({
      location: { uri: uriOf(a.path), range: a.entry.keyRange }, message: `${a.key}=${a.value} (${at(a)})`,
    }));
  }
  linkRuleDocs(d);
  return d;
}

function clearFirst(a: Assignment, eol: string): QuickFix[] {
  const start = { line: a.entry.range.start.line, character: 0 };
  return [{ title: 'Clear ExecStart= first (add an empty ExecStart= line above)', preferred: true,
    edits: [{ range: { start, end: start }, newText: `ExecStart=${eol}` }] }];
}

function several(unitName: string, type: string, starts: Assignment[], path: string, eol: string, uriOf: (p: string) => string): Diagnostic[] {
  const found: Diagnostic[] = [];
  const first = starts[0];
  starts.forEach((a, i) => {
    if (a.path !== path) return;
    const others = starts.filter((o) => o !== a);
    if (i === 0) {
      // The first command is to blame only in the unit file, where the user should learn that drop-ins add to it.
      if (a.role !== 'unit') return;
      const adders = [...new Set(others.filter((o) => o.path !== path).map(at))];
      if (adders.length === 0) return;
      found.push(coded(a.entry.keyRange, `${adders.join(', ')} add${adders.length === 1 ? 's' : ''} another ExecStart= to this one without clearing it first with an empty ExecStart=: a Type=${type} service may have only one, so systemd refuses to load ${unitName}.`,
        SEVERAL_EXECSTART, others, uriOf));
      return;
    }
    const fixes = a.role === 'drop-in' && first.path !== path ? clearFirst(a, eol) : undefined;
    const where = first.path === path ? '' : ` (${at(first)} sets one already)`;
    found.push(coded(a.entry.keyRange, `Only Type=oneshot services may have several ExecStart= lines${where}; systemd refuses to load this Type=${type} service, ${unitName}.${fixes ? ' A drop-in that replaces the command clears the list first with an empty ExecStart=.' : ''}`,
      SEVERAL_EXECSTART, others, uriOf, fixes));
  });
  return found;
}

function clearedForGood(unitName: string, merge: UnitMerge, path: string, uriOf: (p: string) => string): Diagnostic[] {
  const assignments = mergedDirective(merge.merged, 'Service', 'ExecStart')?.assignments ?? [];
  const lastClear = assignments.map((a, i) => ({ a, i })).filter(({ a }) => a.value === '').at(-1);
  if (!lastClear) return [];
  const cleared = assignments.slice(0, lastClear.i).filter((a) => a.value !== '');
  if (cleared.length === 0) return [];
  const clear = lastClear.a;
  const found: Diagnostic[] = [];
  if (clear.path === path) {
    found.push(coded(clear.entry.keyRange, `This empty ExecStart= clears the command of ${[...new Set(cleared.map(at))].join(', ')}, and no file read after it sets a new one: systemd refuses to load ${unitName} (no ExecStart=). Add the new ExecStart= below it, or remove it.`,
      MISSING_EXECSTART, cleared, uriOf));
  }
  for (const a of cleared.filter((c) => c.path === path && c.path !== clear.path)) {
    found.push(coded(a.entry.keyRange, `${at(clear)} clears this ExecStart= and no file read after it sets a new one: systemd refuses to load ${unitName} (no ExecStart=).`,
      MISSING_EXECSTART, [clear], uriOf));
  }
  return found;
}

/**
 * The document's diagnostics with the ExecStart= checks made over the merge. `base` is what the
 * single-file rules found; unchanged when the merge holds no other file or the unit file is not known.
 */
export function withMergedExecStart(base: Diagnostic[], merge: UnitMerge | undefined, path: string,
  uriOf: (path: string) => string): Diagnostic[] {
  if (!merge?.sources.unitFile || !merge.sources.unit.endsWith('.service') || merge.files.length < 2) return base;
  const unit = merge.merged;
  const unitName = merge.sources.unit;
  const starts = mergedDirective(unit, 'Service', 'ExecStart')?.effective ?? [];
  const type = serviceType(unit, starts.length);
  const view = merge.files.find((f) => f.path === path);
  if (!view) return base;
  const kept = base.filter((d) => d.code !== SEVERAL_EXECSTART && d.code !== MISSING_EXECSTART);
  const refusedSeveral = type !== 'oneshot' && starts.length >= 2;
  const refusedNone = starts.length === 0 && refusedWithoutStart(unit, type);
  const ours = refusedSeveral ? several(unitName, type, starts, path, eolOf(view.doc), uriOf)
    : refusedNone ? clearedForGood(unitName, merge, path, uriOf) : [];
  // A unit with no ExecStart= of its own that no drop-in cleared keeps the single-file diagnostic and its fixes.
  const unitOwn = refusedNone && ours.length === 0 ? base.filter((d) => d.code === MISSING_EXECSTART) : [];
  // The unit file always says when its drop-ins alone make systemd refuse it, on its [Service] header.
  const header = view.role === 'unit' && ours.length === 0 && unitOwn.length === 0
    ? refusedByDropIns(unitName, type, starts, refusedNone, merge, view.doc.sections.find((sec) => sec.name === 'Service')?.nameRange, uriOf) : [];
  return [...kept, ...unitOwn, ...ours, ...header].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/** On the unit file's [Service] header: drop-ins that give the service several ExecStart= or clear it for good. */
function refusedByDropIns(unitName: string, type: string, starts: Assignment[], refusedNone: boolean, merge: UnitMerge,
  header: Diagnostic['range'] | undefined, uriOf: (path: string) => string): Diagnostic[] {
  const range = header ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  if (type !== 'oneshot' && starts.length >= 2) {
    return [coded(range, `The drop-ins ${[...new Set(starts.map(at))].join(', ')} give this Type=${type} service several ExecStart= lines: systemd refuses to load ${unitName}.`,
      SEVERAL_EXECSTART, starts, uriOf)];
  }
  const clears = (mergedDirective(merge.merged, 'Service', 'ExecStart')?.assignments ?? []).filter((a) => a.value === '');
  if (refusedNone && clears.length > 0) {
    return [coded(range, `${at(clears[clears.length - 1])} clears ExecStart= and no file read after it sets a new one: systemd refuses to load ${unitName}.`,
      MISSING_EXECSTART, clears.slice(-1), uriOf)];
  }
  return [];
}
