// PAMName= opens a PAM session that must end with the whole control group (service_verify(),
// socket_verify(), mount_verify(), swap_verify()): a service may use KillMode=control-group or
// mixed, the other types only control-group. Otherwise systemd refuses to load the unit.
import type { Rule } from '../types';
import { effective } from './entries';
import { isUnitOf, refusal, relatedEntry } from './refusal';

export const PAM_KILL_MODE = 'systemd/pam-kill-mode';

const SECTION: Record<string, string> = { service: 'Service', socket: 'Socket', mount: 'Mount', swap: 'Swap' };

export const pamKillMode: Rule = {
  code: PAM_KILL_MODE,
  reads: new Set(['PAMName', 'KillMode']),
  check(context) {
    if (!isUnitOf(context, 'service', 'socket', 'mount', 'swap') || context.kind.dialect !== 'systemd') return [];
    const type = context.kind.unitType ?? 'service';
    const section = SECTION[type];
    const version = context.settings.systemdVersion;
    const pam = effective(context.doc, section, 'PAMName', version);
    const kill = effective(context.doc, section, 'KillMode', version);
    if (!pam || !kill) return [];
    const allowed = type === 'service' ? ['control-group', 'mixed'] : ['control-group'];
    if (allowed.includes(kill.value)) return [];
    return [refusal(context, kill.valueRange,
      `KillMode=${kill.value} cannot be used with PAMName=: the ${type} must use ${allowed.map((a) => `KillMode=${a}`).join(' or ')}. systemd refuses to load it.`,
      PAM_KILL_MODE, allowed.map((a, i) => ({ title: `Change to KillMode=${a}`, preferred: i === 0, edits: [{ range: kill.valueRange, newText: a }] })),
      [relatedEntry(pam)])];
  },
};
