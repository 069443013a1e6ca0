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
  /** The verdicts it covers; '*' for any. */
  oracle: Verdict | '*';
  ours: Verdict | '*';
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
    id: 'invalid-unit-name', kind: 'deliberate', parsers: ['unit_deps', 'unit_deps_compat', 'triggers_also', 'trigger_unit'], oracle: 'ok', ours: 'error',
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
    id: 'specifier-expansion', kind: 'gap', parsers: ['*'], oracle: 'error', ours: '*', value: /%[A-Za-z0-9]|%["']/,
    reason: 'the value holds a specifier (%i, %n, %h, ...) whose expansion depends on the loaded unit and the host; '
      + 'we do not judge the expanded text, so what systemd refuses after expansion passes us.',
    example: { directive: 'AllowedCPUs', value: '0-%n' },
  },
  {
    id: 'specifier-expansion-nobody', kind: 'gap', parsers: ['user_group_compat'], oracle: 'warning', ours: 'ok', value: /%[A-Za-z0-9]/,
    reason: 'a user name built with a specifier (%i, %I) may expand to nobody, which systemd then warns about; we do not expand it.',
    example: { directive: 'User', value: '%inobody' },
  },
  {
    id: 'escapes', kind: 'gap', parsers: ['*'], oracle: 'error', ours: 'ok', value: /\\/,
    reason: 'systemd reads C escapes (or refuses them) before it parses many values; where we do not model that first step '
      + 'for a setting, a value with a backslash is left to systemd.',
    example: { directive: 'SocketBindAllow', value: '8\\$000-8080' },
  },
  {
    id: 'mount-options', kind: 'gap', parsers: ['root_image_options'], oracle: 'error', ours: 'ok',
    reason: 'RootImageOptions= (PARTITION:OPTIONS lists with quoting) is not parsed by us yet.',
    example: { directive: 'RootImageOptions', value: '"root\'' },
  },
  {
    id: 'personality-of-the-build', kind: 'gap', parsers: ['personality'], oracle: 'error', ours: 'ok',
    reason: 'Personality= takes only the architectures native to the machine systemd was built for (x86 and x86-64 here); '
      + 'the target machine is not known to us, so every architecture name passes.',
    example: { directive: 'Personality', value: 'sparc' },
  },
  {
    id: 'priority-range', kind: 'gap', parsers: ['int'], oracle: 'error', ours: 'ok',
    reason: 'Priority= has one name for two parsers ([Socket] a C int, [Swap] its own); its shared record has no bounds, so a '
      + 'number beyond the C int range passes us.',
    example: { directive: 'Priority', value: '4294967295' },
  },
  {
    id: 'reboot-parameter', kind: 'gap', parsers: ['unit_string_printf'], oracle: 'error', ours: 'ok', systemdMessage: /reboot parameter/,
    reason: 'the length and character rules of reboot parameters (JobTimeoutRebootArgument=) are not modelled.',
    example: { directive: 'JobTimeoutRebootArgument', value: 'x'.repeat(300) },
  },
  {
    id: 'filesystem-names', kind: 'gap', parsers: ['restrict_filesystems'], oracle: 'error', ours: 'ok',
    reason: 'RestrictFileSystems= names and @groups come from the kernel headers of the build; we have no table of them yet.',
    example: { directive: 'RestrictFileSystems', value: '1000 1"001' },
  },
  {
    id: 'credential-name-characters', kind: 'gap', parsers: ['load_credential', 'set_credential'], oracle: 'error', ours: 'ok',
    systemdMessage: /Credential name|Invalid syntax/,
    reason: 'credential names with invisible or replacement characters, and an empty encrypted payload, are refused by systemd; '
      + 'we check only the basic file-name rules.',
    example: { directive: 'LoadCredential', value: 'name\u200b' },
  },
  {
    id: 'quoted-enum-words', kind: 'gap', parsers: ['syscall_archs', 'delegate', 'restrict_namespaces'], oracle: '*', ours: '*',
    reason: 'these word lists are read with quotes removed and their own separators; our word-list check reads them as plain words.',
    example: { directive: 'SystemCallArchitectures', value: "'native'" },
  },
  {
    id: 'address-prefix-forms', kind: 'gap', parsers: ['in_addr_prefixes'], oracle: 'ok', ours: 'error',
    reason: 'systemd takes some spellings of prefixes that we refuse (a trailing dot after localhost, a + before the prefix length); '
      + 'the parser it uses for them is not modelled exactly.',
    example: { directive: 'IPAddressAllow', value: '10.0.0.0/+8' },
  },
  {
    id: 'journal-fields-and-sources', kind: 'gap', parsers: ['log_extra_fields', 'load_credential'], oracle: 'error', ours: 'ok',
    reason: 'journal field names (LogExtraFields=) and credential source paths are checked by systemd with rules we have not modelled.',
    example: { directive: 'LogExtraFields', value: '"Ax=1 2" B=3' },
  },
  {
    id: 'policy-numbers', kind: 'gap', parsers: ['exec_cpu_sched_policy'], oracle: 'ok', ours: 'error',
    reason: 'CPUSchedulingPolicy= also takes a policy number; the range systemd allows is not modelled, so we refuse numbers.',
    example: { directive: 'CPUSchedulingPolicy', value: '1024' },
  },
  {
    id: 'interface-number-forms', kind: 'gap', parsers: ['restrict_network_interfaces'], oracle: 'error', ours: 'ok',
    reason: 'systemd refuses interface names that read as numbers in other forms (+5, 0x10); we refuse only plain digits.',
    example: { directive: 'RestrictNetworkInterfaces', value: '0x10' },
  },
];

function matches(e: ValueException, d: Seen): boolean {
  return (e.parsers.includes('*') || e.parsers.includes(d.parser)) && (e.oracle === '*' || e.oracle === d.oracle) && (e.ours === '*' || e.ours === d.ours)
    && (!e.ourMessage || d.ourMessages.some((m) => e.ourMessage?.test(m)))
    && (!e.systemdMessage || d.systemd.some((m) => e.systemdMessage?.test(m)))
    && (!e.value || e.value.test(d.value));
}

export function explain(d: Seen): ValueException | undefined {
  return EXCEPTIONS.find((e) => matches(e, d));
}
