// The commands' work, on top of argv builders and a runner: state queries, install, the effective
// unit with shadowing, verify. Pure Node (no editor API), so tests run it against a real systemd.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { copyArgv, daemonReloadArgv, DEFAULT_EXECUTABLES, linkArgv, showArgv, unitActionArgv, verifyArgv, type Executables, type UnitAction } from './argv';
import { installDirectory, type Scope, type UnitIdentity } from './identity';
import type { RunRecord, Runner } from './runner';
import { parseVerifyOutput, type VerifyDiagnostic } from './verify';
import { l10n } from '../l10n';

export type UnitProperties = Record<string, string>;

/** `Key=Value` lines of `systemctl show` into a record (values may contain "="). */
export function parseShowOutput(stdout: string): UnitProperties {
  const props: UnitProperties = {};
  for (const line of stdout.split('\n')) {
    const eq = line.indexOf('=');
    if (eq > 0) props[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return props;
}

/** `active (running)`, `failed (failed)`, `not-found`, … as `systemctl status` shows it. */
export function stateLabel(props: UnitProperties): string {
  if (props.LoadState && props.LoadState !== 'loaded') return props.LoadState;
  if (!props.ActiveState) return 'unknown';
  return props.SubState ? `${props.ActiveState} (${props.SubState})` : props.ActiveState;
}

export interface UnitState {
  props: UnitProperties;
  label: string;
  mainPid: number;
  needDaemonReload: boolean;
  record: RunRecord;
}

export async function queryUnitState(runner: Runner, unit: string, scope: Scope, exe: Executables = DEFAULT_EXECUTABLES): Promise<UnitState> {
  const record = await runner.run(showArgv(unit, scope, undefined, exe));
  const props = record.code === 0 ? parseShowOutput(record.stdout) : {};
  return {
    props,
    label: record.code === 0 ? stateLabel(props) : 'unknown',
    mainPid: Number(props.MainPID ?? 0) || 0,
    needDaemonReload: props.NeedDaemonReload === 'yes',
    record,
  };
}

/**
 * Validates the unit name (throws UnitNameError before anything runs), then runs the action.
 * Resolves with the record whatever the exit code: `status` exits 3 for a stopped or failed unit.
 */
export async function runUnitAction(
  runner: Runner,
  action: UnitAction,
  unit: string,
  scope: Scope,
  exe: Executables = DEFAULT_EXECUTABLES,
): Promise<RunRecord> {
  const argv = unitActionArgv(action, unit, scope, exe);
  return runner.run(argv);
}

/** Runs steps in order and stops at the first that fails. */
export async function runSteps(runner: Runner, steps: string[][]): Promise<{ ok: boolean; records: RunRecord[] }> {
  const records: RunRecord[] = [];
  for (const step of steps) {
    const r = await runner.run(step);
    records.push(r);
    if (r.code !== 0) return { ok: false, records };
  }
  return { ok: true, records };
}

export type InstallMode = 'link' | 'copy';

export interface InstallPlan {
  /** Where the unit (or drop-in) ends up. */
  destination: string;
  steps: string[][];
}

/**
 * Steps for "Install this unit": a unit file is linked (`systemctl link`) or copied into the admin
 * folder of its scope; a drop-in is copied into `UNIT.d/` there (drop-ins cannot be linked). Then
 * daemon-reload. `unitDirectory` overrides the folder (tests, or a custom search path).
 */
export function planInstall(
  identity: UnitIdentity,
  options: { mode: InstallMode; home: string; unitDirectory?: string; exe?: Executables },
): InstallPlan {
  const exe = options.exe ?? DEFAULT_EXECUTABLES;
  const file = identity.file;
  if (!path.posix.isAbsolute(file)) throw new Error(l10n.t('expected an absolute path, got {0}', JSON.stringify(file)));
  if (identity.editTemp) throw new Error(l10n.t('this is a temporary file of `systemctl edit`; save it through the editor that opened it'));
  const dir = options.unitDirectory ?? installDirectory(identity.scope, options.home);
  const reload = daemonReloadArgv(identity.scope, exe);
  const here = path.posix.dirname(file);
  // Already in place (e.g. editing /etc/systemd/system/x.service): only systemd needs to re-read it.
  if (here === (identity.dropIn ? path.posix.join(dir, `${identity.unitName}.d`) : dir)) return { destination: file, steps: [reload] };
  if (identity.dropIn) {
    const destination = path.posix.join(dir, `${identity.unitName}.d`, path.posix.basename(file));
    return { destination, steps: [copyArgv(file, destination), reload] };
  }
  const destination = path.posix.join(dir, identity.unitName);
  if (options.mode === 'link') {
    if (path.posix.basename(file) !== identity.unitName) throw new Error(l10n.t('a linked unit file must be named after its unit'));
    return { destination, steps: [linkArgv(file, identity.scope, exe), reload] };
  }
  return { destination, steps: [copyArgv(file, destination), reload] };
}

export interface Shadowing {
  /** The file that systemd uses instead of the edited one. */
  by: string | undefined;
  reason: string;
}

export interface EffectiveUnit {
  /** `systemctl cat` output: the unit as systemd sees it, with its drop-ins. */
  text: string;
  record: RunRecord;
  props: UnitProperties;
  /** Set when the edited file is not the one (or not among those) systemd uses. */
  shadowing: Shadowing | undefined;
}

/**
 * Resolves symlinks in the longest existing part of a path, so that `/lib/systemd/system/x` and
 * `/usr/lib/systemd/system/x` compare equal on merged-/usr systems even when `x` is gone.
 */
export function resolvePath(p: string): string {
  const normalized = path.posix.normalize(p);
  let head = normalized;
  const tail: string[] = [];
  for (;;) {
    try {
      return path.posix.join(fs.realpathSync(head), ...tail);
    } catch {
      const parent = path.posix.dirname(head);
      if (parent === head) return normalized;
      tail.unshift(path.posix.basename(head));
      head = parent;
    }
  }
}

/**
 * Whether `identity.file` is what systemd uses for `unit`. A unit file is shadowed when the
 * FragmentPath differs (a higher-priority folder wins); a drop-in when it is missing from
 * DropInPaths (a drop-in of the same name in a higher-priority folder wins).
 */
export function detectShadowing(identity: UnitIdentity, props: UnitProperties, resolve: (p: string) => string = resolvePath): Shadowing | undefined {
  const mine = resolve(identity.file);
  if (props.LoadState === 'masked') return { by: props.FragmentPath || undefined, reason: l10n.t('{0} is masked', props.Id ?? identity.unitName) };
  if (identity.dropIn) {
    const dropIns = (props.DropInPaths ?? '').split(/\s+/).filter(Boolean);
    if (dropIns.some((d) => resolve(d) === mine)) return undefined;
    const base = path.posix.basename(identity.file);
    const winner = dropIns.find((d) => path.posix.basename(d) === base);
    if (winner) return { by: winner, reason: l10n.t('the drop-in {0} has the same name in a folder of higher priority', winner) };
    return { by: undefined, reason: l10n.t('systemd does not use this drop-in (not installed, or a daemon-reload is needed)') };
  }
  const fragment = props.FragmentPath ?? '';
  if (fragment === '') return { by: undefined, reason: l10n.t('systemd has no unit file for {0} ({1})', identity.unitName, props.LoadState ?? 'unknown') };
  if (resolve(fragment) === mine) return undefined;
  return { by: fragment, reason: l10n.t('systemd uses {0}, which takes priority over this file', fragment) };
}

export async function effectiveUnit(
  runner: Runner,
  identity: UnitIdentity,
  unit: string,
  options: { exe?: Executables; resolve?: (p: string) => string } = {},
): Promise<EffectiveUnit> {
  const exe = options.exe ?? DEFAULT_EXECUTABLES;
  const state = await queryUnitState(runner, unit, identity.scope, exe);
  const record = await runner.run(unitActionArgv('cat', unit, identity.scope, exe));
  // a generated service's fragment is in the generator folder, never the edited file
  const shadowing = identity.editTemp || identity.quadletSection !== undefined ? undefined : detectShadowing(identity, state.props, options.resolve);
  return { text: record.stdout, record, props: state.props, shadowing };
}

export async function verifyUnitFile(
  runner: Runner,
  file: string,
  scope: Scope,
  exe: Executables = DEFAULT_EXECUTABLES,
): Promise<{ diagnostics: VerifyDiagnostic[]; record: RunRecord }> {
  const record = await runner.run(verifyArgv(file, scope, exe));
  return { diagnostics: parseVerifyOutput(`${record.stderr}\n${record.stdout}`, file), record };
}
