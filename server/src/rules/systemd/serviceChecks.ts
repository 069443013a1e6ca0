// The checks systemd makes when it loads a service (service_verify() in src/core/service.c): a unit
// that fails one is refused as a whole ("bad unit file setting"). Drop-ins are skipped, since the
// unit they extend holds the rest of the settings.
import type { Diagnostic, Range, TextEdit } from 'vscode-languageserver-types';
import type { ParsedDocument, Section } from '../../parse/model';
import { appendToSection, diagnostic, ERROR, replace } from '../common/diagnostic';
import type { QuickFix, Rule, RuleContext } from '../types';
import { parseBoolean } from '../../values/systemd/boolean';
import { effective, entriesOf, listEntries } from './entries';
import { headerOf } from './refusal';

export const RESTART_ONESHOT = 'systemd/restart-with-oneshot';
export const SEVERAL_EXECSTART = 'systemd/several-execstart';
export const MISSING_EXECSTART = 'systemd/missing-execstart';
export const DBUS_WITHOUT_BUSNAME = 'systemd/dbus-without-busname';
export const EXITTYPE_ONESHOT = 'systemd/exit-type-with-oneshot';
export const RESTART_FORCE_ONESHOT = 'systemd/restart-force-with-oneshot';

/** Every key these checks read (with the section headers): an edit to other lines keeps their findings. */
const READS: ReadonlySet<string> = new Set(['Type', 'ExecStart', 'BusName', 'Restart', 'RemainAfterExit', 'ExecStop', 'SuccessAction',
  'ExitType', 'RestartForceExitStatus']);

interface Service {
  type: string;
  typeRange: Range | undefined;
  starts: number;
}

/** The service type systemd settles on: the one written, else dbus with BusName=, simple with ExecStart=, else oneshot. */
function serviceOf(doc: ParsedDocument, version: number): Service {
  const written = effective(doc, 'Service', 'Type', version);
  const starts = listEntries(doc, 'Service', 'ExecStart', version).length;
  if (written) return { type: written.value, typeRange: written.valueRange, starts };
  const type = effective(doc, 'Service', 'BusName', version) ? 'dbus' : starts > 0 ? 'simple' : 'oneshot';
  return { type, typeRange: undefined, starts };
}

/** A service unit file; an empty one (zero bytes) is masked, not checked. Without [Service] systemd still checks it. */
function applies({ kind, doc }: RuleContext): boolean {
  return kind.dialect === 'systemd' && kind.unitType === 'service' && !kind.dropIn && (doc.lines.length > 1 || doc.lines[0]?.text !== '');
}

/** The [Service] header, else the first header (a unit may lack [Service]), else the start of the file. */
function serviceHeader(doc: ParsedDocument): Range {
  return headerOf(doc, 'Service');
}

function coded(range: Range, message: string, code: string, fixes?: QuickFix[]): Diagnostic {
  const d = diagnostic(range, message, ERROR, fixes);
  d.code = code;
  return d;
}

export const restartWithOneshot: Rule = {
  code: RESTART_ONESHOT,
  reads: READS,
  check(context) {
    if (!applies(context)) return [];
    const { doc, settings } = context;
    const restart = effective(doc, 'Service', 'Restart', settings.systemdVersion);
    if (!restart || serviceOf(doc, settings.systemdVersion).type !== 'oneshot') return [];
    // Before systemd 244 every value but no was refused; since then only always and on-success.
    const refused = settings.systemdVersion < 244 ? restart.value !== 'no' : ['always', 'on-success'].includes(restart.value);
    if (!refused) return [];
    return [coded(restart.valueRange,
      `Restart=${restart.value} is not allowed with Type=oneshot: systemd refuses to load the service. Use on-failure, or another Type=.`,
      RESTART_ONESHOT)];
  },
};

export const severalExecStart: Rule = {
  code: SEVERAL_EXECSTART,
  reads: READS,
  check(context) {
    if (!applies(context)) return [];
    const { doc } = context;
    const version = context.settings.systemdVersion;
    const service = serviceOf(doc, version);
    if (service.type === 'oneshot' || service.starts < 2) return [];
    return listEntries(doc, 'Service', 'ExecStart', version).slice(1).map((e) => coded(e.keyRange,
      `Only Type=oneshot services may have several ExecStart= lines; systemd refuses to load this Type=${service.type} service.`,
      SEVERAL_EXECSTART));
  },
};

/** Placeholder command of the "Add ExecStart=" fix: plainly something to replace. */
export const EXECSTART_PLACEHOLDER = 'ExecStart=/path/to/program';

/** The first [Service] section, where the fixes add lines. */
function serviceSection(doc: ParsedDocument): Section | undefined {
  return doc.sections.find((s) => s.name === 'Service');
}

function addExecStart(doc: ParsedDocument, preferred: boolean): QuickFix[] {
  const section = serviceSection(doc);
  return section ? [{ title: 'Add ExecStart=', preferred, edits: [appendToSection(doc, section, EXECSTART_PLACEHOLDER)] }] : [];
}

/** The edit that makes RemainAfterExit= say yes: change the line in effect, or add one. */
function remainAfterExitYes(doc: ParsedDocument): TextEdit[] {
  const written = entriesOf(doc, 'Service', 'RemainAfterExit').at(-1);
  if (written) return [replace(written.valueRange, 'yes')];
  const section = serviceSection(doc);
  return section ? [appendToSection(doc, section, 'RemainAfterExit=yes')] : [];
}

export const missingExecStart: Rule = {
  code: MISSING_EXECSTART,
  reads: READS,
  check(context) {
    if (!applies(context)) return [];
    const { doc } = context;
    const version = context.settings.systemdVersion;
    const service = serviceOf(doc, version);
    if (service.starts > 0) return [];
    const stop = listEntries(doc, 'Service', 'ExecStop', version).length > 0;
    const successAction = effective(doc, 'Unit', 'SuccessAction', version);
    const remain = effective(doc, 'Service', 'RemainAfterExit', version);
    const remains = Boolean(remain && parseBoolean(remain.value));
    // On the [Service] header: the section lacks a line; no value written in it is wrong.
    const at = serviceHeader(doc);
    if (!stop && !successAction) {
      return [coded(at, 'The service has no ExecStart=, ExecStop= or SuccessAction=: systemd refuses to load it.', MISSING_EXECSTART,
        addExecStart(doc, true))];
    }
    if (service.type !== 'oneshot') {
      const fixes = addExecStart(doc, true);
      // A service that only stops something is a oneshot that stays "active" after it ran.
      if (service.typeRange) {
        const edits = [replace(service.typeRange, 'oneshot'), ...(successAction || remains ? [] : remainAfterExitYes(doc))];
        const title = edits.length > 1 ? 'Change to Type=oneshot with RemainAfterExit=yes' : 'Change to Type=oneshot';
        fixes.push({ title, edits });
      }
      return [coded(at, `Type=${service.type} needs an ExecStart= line (only Type=oneshot may go without): systemd refuses to load it.`,
        MISSING_EXECSTART, fixes)];
    }
    if (!successAction && !remains) {
      return [coded(at, 'A service with neither ExecStart= nor SuccessAction= must set RemainAfterExit=yes: systemd refuses to load it.',
        MISSING_EXECSTART, [{ title: 'Set RemainAfterExit=yes', preferred: true, edits: remainAfterExitYes(doc) }, ...addExecStart(doc, false)])];
    }
    return [];
  },
};

export const dbusWithoutBusName: Rule = {
  code: DBUS_WITHOUT_BUSNAME,
  reads: READS,
  check(context) {
    if (!applies(context)) return [];
    const version = context.settings.systemdVersion;
    const service = serviceOf(context.doc, version);
    if (service.type !== 'dbus' || effective(context.doc, 'Service', 'BusName', version) || !service.typeRange) return [];
    return [coded(service.typeRange, 'Type=dbus needs BusName=: systemd refuses to load the service.', DBUS_WITHOUT_BUSNAME)];
  },
};

export const exitTypeWithOneshot: Rule = {
  code: EXITTYPE_ONESHOT,
  reads: READS,
  check(context) {
    if (!applies(context)) return [];
    const version = context.settings.systemdVersion;
    const exitType = effective(context.doc, 'Service', 'ExitType', version);
    if (!exitType || exitType.value !== 'cgroup' || serviceOf(context.doc, version).type !== 'oneshot') return [];
    return [coded(exitType.valueRange, 'ExitType=cgroup is not allowed with Type=oneshot: systemd refuses to load the service.',
      EXITTYPE_ONESHOT)];
  },
};

export const restartForceWithOneshot: Rule = {
  code: RESTART_FORCE_ONESHOT,
  reads: READS,
  check(context) {
    const version = context.settings.systemdVersion;
    if (!applies(context) || serviceOf(context.doc, version).type !== 'oneshot') return [];
    const force = listEntries(context.doc, 'Service', 'RestartForceExitStatus', version).at(-1);
    if (!force) return [];
    return [coded(force.keyRange, 'RestartForceExitStatus= is not allowed with Type=oneshot: systemd refuses to load the service.',
      RESTART_FORCE_ONESHOT)];
  },
};
