// Resource limits (config_parse_rlimit → rlimit_parse) and cgroup memory limits
// (config_parse_memory_limit), with the per-setting rules systemd applies.
import type { ValueValidator } from '../types';
import { parsePermyriad, parseSize } from './bytes';
import { UINT64_MAX, parseCInteger } from './cnumber';
import { error } from './issue';
import { parseTime } from './timespan';

const INFINITY = UINT64_MAX;

/** How each LimitXXX= reads one value (rlimit_parse_one's table). */
function limitValue(key: string, text: string): bigint | undefined {
  // rlimit_parse_nice() has no `infinity`; every other resource takes it.
  if (text === 'infinity' && key !== 'LimitNICE') return INFINITY;
  switch (key) {
    case 'LimitCPU': {
      const t = parseTime(text);
      if (typeof t === 'object') return undefined;
      return t === 'infinity' ? INFINITY : (t + 999_999n) / 1_000_000n;
    }
    case 'LimitRTTIME': {
      const t = parseTime(text, { defaultUnit: 1n });
      return typeof t === 'object' ? undefined : t === 'infinity' ? INFINITY : t;
    }
    case 'LimitNICE': return niceLimit(text);
    case 'LimitNOFILE': case 'LimitNPROC': case 'LimitLOCKS': case 'LimitSIGPENDING': case 'LimitRTPRIO': {
      const n = parseCInteger(text, true);
      return n !== undefined && n <= UINT64_MAX ? n : undefined;
    }
    default: return parseSize(text);
  }
}

/** rlimit_parse_nice(): `+N` and `-N` are nice levels (0..19, -20..0), a bare number the raw limit 0..40. */
function niceLimit(text: string): bigint | undefined {
  const sign = text[0] === '+' || text[0] === '-' ? text[0] : '';
  const n = parseCInteger(sign ? text.slice(1) : text, true);
  if (n === undefined) return undefined;
  if (sign === '+') return n < 20n ? 20n - n : undefined;
  if (sign === '-') return n <= 20n ? 20n + n : undefined;
  return n <= 40n ? n : undefined;
}

export const validateRlimit: ValueValidator = (value, _spec, context) => {
  const v = value.trim();
  if (v === '') return [];
  // A trailing ':' after SOFT:HARD is taken as nothing.
  // extract_first_word() without flags: a backslash keeps the next character (`0\x41` reads as 0x41).
  const parts = v.replace(/\\(.)/g, '$1').split(':').filter((p, i, all) => !(i === 2 && p === '' && all.length === 3));
  const soft = limitValue(context.key, parts[0]);
  const hard = parts.length === 2 ? limitValue(context.key, parts[1]) : soft;
  if (parts.length > 2 || soft === undefined || hard === undefined) {
    const form = /NOFILE|NPROC|LOCKS|SIGPENDING|RTPRIO/.test(context.key) ? 'a plain number'
      : context.key === 'LimitCPU' || context.key === 'LimitRTTIME' ? 'a time span' : context.key === 'LimitNICE' ? 'a nice level such as -5 or +10' : 'a size such as 8M';
    return [error(`'${value}' is not a resource limit: ${context.key}= takes ${form}, SOFT:HARD, or infinity.`, 0, value.length)];
  }
  if (soft > hard) return [error(`The soft limit is above the hard limit in '${v}'; systemd ignores the line.`, 0, value.length)];
  return [];
};

/** Memory settings that may be 0 (a floor or a swap budget); the others must be above it. */
const ZERO_ALLOWED = new Set(['MemoryMin', 'MemoryLow', 'MemorySwapMax', 'MemoryZSwapMax', 'DefaultMemoryLow', 'DefaultMemoryMin']);

export const validateMemoryLimit: ValueValidator = (value, _spec, context) => {
  const v = value.trim();
  if (v === '' || v === 'infinity') return [];
  const permyriad = parsePermyriad(v);
  let zero: boolean;
  if (permyriad !== undefined && permyriad <= 10_000) {
    zero = permyriad === 0;
  } else {
    const bytes = parseSize(v);
    if (bytes === undefined) {
      return [error(`'${value}' is not a memory limit: write a size such as 512M, a percentage of RAM up to 100%, or infinity.`, 0, value.length)];
    }
    if (bytes >= UINT64_MAX) return [error(`'${v}' is out of range for ${context.key}=.`, 0, value.length)];
    zero = bytes === 0n;
  }
  if (zero && !ZERO_ALLOWED.has(context.key)) return [error(`${context.key}= must be above 0; systemd ignores '${v}'.`, 0, value.length)];
  return [];
};
