// Disagreements with systemd-analyze that are understood. `deliberate`: we differ on purpose, for the
// reason given. `gap`: a parser we do not model exactly yet; the value passes us unchecked (or is judged
// by the approximate kind validator) and the sweep counts it apart from unexplained disagreements.
// exceptions.test.ts checks each example against systemd and us, so a stale entry fails.
import type { Verdict } from './oracle';

export interface ValueException {
  id: string;
  kind: 'deliberate' | 'gap';
  /** C parsers (without `config_parse_`) it covers. */
  parsers: readonly string[];
  oracle: Verdict;
  ours: Verdict;
  /** Only when one of our messages matches. */
  ourMessage?: RegExp;
  /** Only when one of systemd's messages matches. */
  systemdMessage?: RegExp;
  /** Only for values that match. */
  value?: RegExp;
  reason: string;
  example: { directive: string; value: string };
}

interface Seen {
  parser: string;
  value: string;
  oracle: Verdict;
  ours: Verdict;
  systemd: string[];
  ourMessages: string[];
}

export const EXCEPTIONS: readonly ValueException[] = [
  {
    id: 'invalid-unit-name', kind: 'deliberate', parsers: ['unit_deps', 'unit_deps_compat', 'triggers_also'], oracle: 'ok', ours: 'error',
    ourMessage: /not a valid unit name/,
    reason: 'systemd 252 drops a dependency on a name that is not a unit name and says so only at debug level '
      + '(SYSTEMD_LOG_LEVEL=debug shows "Failed to add dependency on ..., ignoring"); the dependency is lost, so it stays an error.',
    example: { directive: 'After', value: 'network' },
  },
  {
    id: 'deprecated-placement', kind: 'deliberate', parsers: ['*'], oracle: 'ok', ours: 'warning', ourMessage: /is deprecated/,
    reason: 'a compatibility copy of a directive (RebootArgument= in [Service], StartLimitInterval=) still works silently in 252; '
      + 'we point at the current spelling.',
    example: { directive: 'RebootArgument', value: 'x' },
  },
  {
    id: 'unknown-word-dropped', kind: 'deliberate', parsers: ['exec_secure_bits', 'disable_controllers'], oracle: 'ok', ours: 'error',
    reason: 'systemd 252 skips a SecureBits= or DisableControllers= word it does not know without a visible message (debug '
      + 'level only); the flag or controller the user meant is not set, so an unknown word stays an error.',
    example: { directive: 'SecureBits', value: 'noroot-lockeds' },
  },
  {
    id: 'relative-pidfile', kind: 'deliberate', parsers: ['pid_file'], oracle: 'ok', ours: 'warning', ourMessage: /relative to \/run/,
    reason: 'systemd 252 reads a relative PIDFile= below /run without a word; we suggest writing the absolute path.',
    example: { directive: 'PIDFile', value: 'app.pid' },
  },
  {
    id: 'specifier-expansion', kind: 'gap', parsers: ['*'], oracle: 'error', ours: 'ok', value: /%[A-Za-z0-9]/,
    reason: 'the value holds a specifier (%i, %n, %h, ...) whose expansion depends on the loaded unit and the host; '
      + 'we do not judge the expanded text, so what systemd refuses after expansion passes us.',
    example: { directive: 'AllowedCPUs', value: '0-%n' },
  },
  {
    id: 'specifier-expansion-notice', kind: 'gap', parsers: ['user_group_compat', 'user_group_strv_compat'], oracle: 'warning', ours: 'ok', value: /%/,
    reason: 'a user name with a specifier is judged only after expansion; systemd\'s notice about the expanded name passes us.',
    example: { directive: 'User', value: '%U%' },
  },
  {
    id: 'cpuset-backslash', kind: 'gap', parsers: ['allowed_cpuset', 'unit_cpu_set'], oracle: 'ok', ours: 'error', value: /\\/,
    reason: 'systemd 252 takes a CPU set word with a backslash escape in a way we have not pinned down; we refuse it.',
    example: { directive: 'AllowedMemoryNodes', value: '\\\\0-3' },
  },
];

function matches(e: ValueException, d: Seen): boolean {
  return (e.parsers.includes('*') || e.parsers.includes(d.parser)) && e.oracle === d.oracle && e.ours === d.ours
    && (!e.ourMessage || d.ourMessages.some((m) => e.ourMessage?.test(m)))
    && (!e.systemdMessage || d.systemd.some((m) => e.systemdMessage?.test(m)))
    && (!e.value || e.value.test(d.value));
}

export function explain(d: Seen): ValueException | undefined {
  return EXCEPTIONS.find((e) => matches(e, d));
}
