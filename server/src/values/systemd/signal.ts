// Signals as systemd's signal_from_string() reads them: HUP or SIGHUP (upper case), 1..64, RTMIN+n, RTMAX-n.
import { parseCInteger } from './cnumber';
import type { ValueValidator } from '../types';
import { error } from './issue';

export const SIGNAL_NAMES: readonly string[] = [
  'HUP', 'INT', 'QUIT', 'ILL', 'TRAP', 'ABRT', 'BUS', 'FPE', 'KILL', 'USR1', 'SEGV', 'USR2', 'PIPE', 'ALRM', 'TERM',
  'STKFLT', 'CHLD', 'CONT', 'STOP', 'TSTP', 'TTIN', 'TTOU', 'URG', 'XCPU', 'XFSZ', 'VTALRM', 'PROF', 'WINCH', 'IO',
  'PWR', 'SYS', 'IOT', 'POLL', 'UNUSED',
];
const RT_RANGE = 30; // SIGRTMIN (34) .. SIGRTMAX (64) on Linux

export function isSignal(value: string): boolean {
  const v = value.startsWith('SIG') ? value.slice(3) : value;
  if (SIGNAL_NAMES.includes(v)) return true;
  // A number is read with safe_atoi() in base 0: `+5` and `0x10` are numbers too.
  const n = value.startsWith('SIG') ? undefined : parseCInteger(v, true);
  if (n !== undefined) return n >= 1n && n <= 64n;
  const rt = /^RT(MIN|MAX)(?:([+-])([0-9]+))?$/.exec(v);
  if (!rt) return false;
  if (rt[2] === undefined) return true;
  if ((rt[1] === 'MIN' && rt[2] !== '+') || (rt[1] === 'MAX' && rt[2] !== '-')) return false;
  return Number(rt[3]) <= RT_RANGE;
}

export const validateSignal: ValueValidator = (value) => {
  const v = value.trim();
  if (v === '' || isSignal(v)) return [];
  return [error(`'${value}' is not a signal: use a name such as SIGTERM or TERM (upper case), a number from 1 to 64, or RTMIN+n.`, 0, value.length)];
};
