// Per-device cgroup settings: `DEVICE VALUE`, a device path without `..` (systemd does not demand an
// absolute one here) and a value in the form the setting takes (IO*BandwidthMax=/IOPSMax= a size above
// 0 or infinity, IODeviceWeight= 1..10000, IODeviceLatencyTargetSec= a time span).
import { expands } from './specifiers';
import type { ValueValidator } from '../types';
import { parseSize } from './bytes';
import { parseCInteger } from './cnumber';
import { error, quotedWords } from './issue';
import { pathProblem } from './pathRules';
import { timespanError } from './timespan';

type ValueCheck = (text: string) => boolean;

const limit: ValueCheck = (t) => t === 'infinity' || (parseSize(t) ?? 0n) > 0n;
const weight: ValueCheck = (t) => {
  const n = parseCInteger(t, true);
  return n !== undefined && n >= 1n && n <= 10000n;
};
const latency: ValueCheck = (t) => timespanError(t) < 0 && t !== 'infinity';

function deviceValue(check: ValueCheck, form: string): ValueValidator {
  return (value, _spec, context) => {
    const v = value.trim();
    if (v === '' || expands(v, context.key)) return [];
    // The device is the first word, quotes removed; the value is the rest of the line.
    const { words, unbalanced } = quotedWords(v);
    if (unbalanced) return [error(`Unbalanced quotes in '${v}'.`, 0, value.length)];
    const device = words[0];
    // Only systemd's blanks end the device: a no-break space belongs to the value and spoils it.
    const rest = device ? v.slice(device.end).replace(/^[ \t\n\r]+/, '') : '';
    if (!device || rest === '' || pathProblem(device.text, 'any') || !check(rest)) {
      return [error(`${context.key}= takes DEVICE ${form}; systemd ignores '${v}'.`, 0, value.length)];
    }
    return [];
  };
}

export const validateIoLimit = deviceValue(limit, 'SIZE (or infinity)');
export const validateIoWeight = deviceValue(weight, 'WEIGHT (1 to 10000)');
export const validateIoLatency = deviceValue(latency, 'TIME');
