// Checks for units of the per-user manager (systemd --user): the targets only the system manager
// has, and the settings a user's manager cannot apply.
//
// What systemd 252 does with User=, Group=, SupplementaryGroups= and DynamicUser= in a user unit
// (src/core/execute.c, exec_child): the unit loads without complaint; the failure comes when a process is
// spawned, because a manager without root privileges may not change credentials.
// - User=NAME: the name is looked up, then initgroups() for it calls setgroups(), which needs
//   CAP_SETGID: the start fails with exit status 216/GROUP, logged as "Failed to determine
//   supplementary groups: Operation not permitted", even when NAME is the manager's own user.
// - Group=NAME: setresgid() to another group is refused (216/GROUP, "Changing group credentials
//   failed: Operation not permitted"); the user's own primary group is the one value that works.
// - SupplementaryGroups=: setgroups() is refused the same way (216/GROUP).
// - DynamicUser=yes: allocating the user takes a lock file under /run/systemd/dynamic-uid, which a
//   user may not create (src/core/dynamic-user.c, pick_uid): 217/USER, "Failed to update dynamic
//   user credentials: Permission denied".
// Only root's own user manager (user@0.service) may do these, which is why they are warnings.
import type { Diagnostic } from 'vscode-languageserver-types';
import { isSystemOnlyUnit, USER_DEFAULT_TARGET } from '../../classify/managerUnits';
import type { Entry } from '../../parse/model';
import { positionAt } from '../../parse/positions';
import { parseBoolean } from '../../values/systemd/boolean';
import { diagnostic, entryLines, replace, WARNING } from '../common/diagnostic';
import type { Rule } from '../types';

export const SYSTEM_TARGET_IN_USER_UNIT = 'systemd/system-target-in-user-unit';
export const SYSTEM_ONLY_SETTING = 'systemd/system-only-setting';

/** [Install] directives that hook the unit into another when it is enabled. */
const INSTALL_HOOKS = new Set(['WantedBy', 'RequiredBy', 'UpheldBy']);
/** [Unit] dependencies that fail the start when the other unit cannot be found. */
const HARD_DEPENDENCIES = new Set(['Requires', 'Requisite', 'BindsTo']);
/** Sections whose processes systemd spawns with the settings below. */
const EXEC_SECTIONS = new Set(['Service', 'Socket', 'Mount', 'Swap']);

const CREDENTIAL_PROBLEM: Record<string, string> = {
  User: 'a user\'s own service manager cannot switch to another identity. systemd loads the unit, but every start fails '
    + 'with status 216/GROUP (Failed to determine supplementary groups: Operation not permitted), even when it names '
    + 'your own user. User units run as the user who owns the manager; remove the line (or install the unit as a system unit).',
  Group: 'a user\'s own service manager cannot switch groups. systemd loads the unit, but every start fails with status '
    + '216/GROUP (Changing group credentials failed: Operation not permitted) unless this is your own primary group.',
  SupplementaryGroups: 'a user\'s own service manager cannot add groups. systemd loads the unit, but every start fails '
    + 'with status 216/GROUP (Changing group credentials failed: Operation not permitted).',
  DynamicUser: 'a user\'s own service manager cannot allocate a user. systemd loads the unit, but every start fails with '
    + 'status 217/USER (Failed to update dynamic user credentials: Permission denied).',
};

function tokens(entry: Entry): { name: string; start: number }[] {
  return [...entry.value.matchAll(/\S+/g)].map((m) => ({ name: m[0], start: m.index ?? 0 }));
}

export const systemTargetInUserUnit: Rule = {
  code: SYSTEM_TARGET_IN_USER_UNIT,
  check({ doc, kind }) {
    if (kind.dialect !== 'systemd' || kind.scope !== 'user') return [];
    const out: Diagnostic[] = [];
    for (const section of doc.sections) {
      const install = section.name === 'Install';
      if (!install && section.name !== 'Unit') continue;
      for (const entry of section.entries) {
        if (!(install ? INSTALL_HOOKS : HARD_DEPENDENCIES).has(entry.key)) continue;
        for (const { name, start } of tokens(entry)) {
          if (!isSystemOnlyUnit(name)) continue;
          const range = { start: positionAt(entry.pieces, start), end: positionAt(entry.pieces, start + name.length) };
          const d = install
            ? diagnostic(range,
              `${entry.key}=${name} in a user unit: the user manager has no ${name}, so enabling the unit links it where `
              + `nothing ever starts it. Its start-up target is ${USER_DEFAULT_TARGET}.`,
              WARNING, [{ title: `Change to ${USER_DEFAULT_TARGET}`, edits: [replace(range, USER_DEFAULT_TARGET)], preferred: true }])
            : diagnostic(range,
              `${entry.key}=${name} in a user unit: the user manager has no ${name}, so starting this unit fails (unit not found).`,
              WARNING);
          d.code = SYSTEM_TARGET_IN_USER_UNIT;
          out.push(d);
        }
      }
    }
    return out;
  },
};

export const systemOnlySetting: Rule = {
  code: SYSTEM_ONLY_SETTING,
  check({ doc, kind }) {
    if (kind.dialect !== 'systemd' || kind.scope !== 'user') return [];
    const out: Diagnostic[] = [];
    for (const section of doc.sections.filter((s) => EXEC_SECTIONS.has(s.name))) {
      for (const entry of section.entries) {
        const problem = CREDENTIAL_PROBLEM[entry.key];
        // An empty value resets the setting, and DynamicUser=no asks for nothing: both harmless.
        if (!problem || entry.value === '' || (entry.key === 'DynamicUser' && parseBoolean(entry.value) !== true)) continue;
        const d = diagnostic(entry.keyRange, `${entry.key}= in a user unit: ${problem}`, WARNING,
          [{ title: `Remove ${entry.key}=`, edits: [replace(entryLines(doc, entry).range, '')] }]);
        d.code = SYSTEM_ONLY_SETTING;
        out.push(d);
      }
    }
    return out;
  },
};
