// SystemCallFilter= as systemd 252 merges it (config_parse_syscall_filter(),
// seccomp_parse_syscall_filter()), and the question systemd-analyze security asks of it: does the
// filter let a system call of a group through?
import { errnoNames } from '../values/systemd/syscalls.generated';
import { NATIVE_SYSCALLS, SYSCALL_GROUPS } from './syscallGroups.generated';

export interface SyscallFilter {
  /** An allow list (the first assignment did not start with `~`); false for a deny list or none. */
  allowList: boolean;
  /** The system calls listed: allowed ones of an allow list (without those given an errno), denied ones of a deny list. */
  names: ReadonlySet<string>;
}

/** `name:errno`: whether the suffix is one seccomp_parse_errno_or_action() takes. */
function errnoSuffix(word: string): { name: string; errno: boolean } | undefined {
  const colon = word.indexOf(':');
  if (colon < 0) return { name: word, errno: false };
  const suffix = word.slice(colon + 1);
  const ok = suffix === 'kill' || errnoNames.has(suffix) || (/^\d+$/.test(suffix) && Number(suffix) <= 4095);
  return ok ? { name: word.slice(0, colon), errno: true } : undefined;
}

/** Adds or removes a name or a whole group (nested groups included) in the map of name → has an errno. */
function apply(filter: Map<string, boolean>, name: string, add: boolean, errno: boolean, depth = 0): void {
  if (name.startsWith('@')) {
    const members = SYSCALL_GROUPS[name];
    if (!members || depth > 8) return;
    for (const member of members) apply(filter, member, add, errno, depth + 1);
    return;
  }
  if (add) filter.set(name, errno);
  else filter.delete(name);
}

export function readSyscallFilter(values: readonly string[]): SyscallFilter {
  let filter: Map<string, boolean> | undefined;
  let allowList = false;
  for (const value of values) {
    if (value === '') { filter = undefined; allowList = false; continue; }
    const invert = value.startsWith('~');
    if (!filter) {
      filter = new Map();
      allowList = !invert;
      if (allowList) apply(filter, '@default', true, false);
    }
    for (const word of (invert ? value.slice(1) : value).split(/\s+/).filter(Boolean)) {
      const parsed = errnoSuffix(word);
      if (!parsed || (!invert && parsed.errno)) continue;
      // Listed the way the list goes: added; the other way: taken out, except a denied name with an errno in an allow list.
      const add = !invert === allowList || (invert && allowList && parsed.errno);
      apply(filter, parsed.name, add, parsed.errno);
    }
  }
  const names = new Set<string>();
  // Only real system calls of this architecture stay in systemd's table.
  for (const [name, errno] of filter ?? []) if (!(allowList && errno) && NATIVE_SYSCALLS.has(name)) names.add(name);
  return { allowList, names };
}

/** Whether any filter was set at all (an empty deny list counts as none). */
export function filtersSystemCalls(filter: SyscallFilter): boolean {
  return filter.allowList || filter.names.size > 0;
}

/**
 * The first system call of `group` (nested groups included) that the filter lets through, as
 * syscall_names_in_filter() looks for it; names that are no system call of this architecture are
 * skipped. Undefined when the whole group is blocked.
 */
export function offendingSyscall(filter: SyscallFilter, group: string, depth = 0): string | undefined {
  for (const member of SYSCALL_GROUPS[group] ?? []) {
    if (member.startsWith('@')) {
      const found = depth < 8 ? offendingSyscall(filter, member, depth + 1) : undefined;
      if (found) return found;
      continue;
    }
    if (!NATIVE_SYSCALLS.has(member)) continue;
    if (filter.names.has(member) === filter.allowList) return member;
  }
  return undefined;
}
