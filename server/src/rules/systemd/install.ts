// [Install]: without it `systemctl enable` has nothing to do; WantedBy=/RequiredBy= normally name targets.
import type { Diagnostic } from 'vscode-languageserver-types';
import type { UnitType } from '../../classify/fileKind';
import { USER_DEFAULT_TARGET } from '../../classify/managerUnits';
import type { Entry } from '../../parse/model';
import { positionAt } from '../../parse/positions';
import { appendSettingsSection, diagnostic, INFO, WARNING } from '../common/diagnostic';
import type { Rule, RuleContext } from '../types';

export const NO_INSTALL = 'systemd/no-install-section';
export const WANTEDBY_NON_TARGET = 'systemd/wantedby-non-target';

/** Where units of each type are usually hooked in. */
const DEFAULT_TARGET: Partial<Record<UnitType, string>> = {
  service: 'multi-user.target', socket: 'sockets.target', timer: 'timers.target', path: 'paths.target',
  mount: 'multi-user.target', automount: 'multi-user.target', swap: 'swap.target', target: 'multi-user.target',
};

/** The user manager has none of the system targets: everything enabled there goes under default.target. */
const USER_TARGET: Partial<Record<UnitType, string>> = {
  ...DEFAULT_TARGET, service: USER_DEFAULT_TARGET, mount: USER_DEFAULT_TARGET, automount: USER_DEFAULT_TARGET,
  target: USER_DEFAULT_TARGET, swap: undefined,
};

/** Units that start a service of their own name by default, so the service needs no [Install]. */
const TRIGGERS = ['timer', 'socket', 'path'];

function hasTriggerBeside(filePath: string | undefined, workspace: RuleContext['workspace']): boolean {
  const match = filePath && workspace ? /^(.*)\.service$/.exec(filePath) : null;
  return !!match && TRIGGERS.some((type) => workspace!.readFile(`${match[1]}.${type}`) !== undefined);
}

export const noInstallSection: Rule = {
  code: NO_INSTALL,
  check({ doc, kind, filePath, workspace }) {
    if (kind.dialect !== 'systemd' || kind.dropIn || !kind.unitType) return [];
    const target = (kind.scope === 'user' ? USER_TARGET : DEFAULT_TARGET)[kind.unitType];
    if (!target || doc.sections.length === 0 || doc.sections.some((s) => s.name === 'Install')) return [];
    if (kind.unitType === 'service' && hasTriggerBeside(filePath, workspace)) return [];
    const first = doc.sections[0];
    const d = diagnostic(first.nameRange,
      'No [Install] section: systemctl enable cannot enable this unit; it only starts when another unit pulls it in.', INFO,
      [{ title: `Add [Install] with WantedBy=${target}`, edits: [appendSettingsSection(doc, 'Install', { WantedBy: target }, false)] }]);
    d.code = NO_INSTALL;
    return [d];
  },
};

export const wantedByNonTarget: Rule = {
  code: WANTEDBY_NON_TARGET,
  check({ doc }) {
    const out: Diagnostic[] = [];
    for (const section of doc.sections.filter((s) => s.name === 'Install')) {
      for (const entry of section.entries.filter((e) => e.key === 'WantedBy' || e.key === 'RequiredBy')) {
        for (const m of entry.value.matchAll(/\S+/g)) {
          const name = m[0];
          if (name.endsWith('.target') || name.includes('%')) continue;
          const start = m.index ?? 0;
          const range = { start: positionIn(entry, start), end: positionIn(entry, start + name.length) };
          const d = diagnostic(range,
            `${entry.key}=${name}: enabling hooks units into targets as a rule (multi-user.target, graphical.target, ...); a non-target here is unusual.`,
            WARNING);
          d.code = WANTEDBY_NON_TARGET;
          out.push(d);
        }
      }
    }
    return out;
  },
};

function positionIn(entry: Entry, offset: number) {
  return positionAt(entry.pieces, offset);
}
