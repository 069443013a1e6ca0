// Names from the kernel's and C library's headers that systemd parses: address families
// (RestrictAddressFamilies=), netlink families (ListenNetlink=) and BPF attach types (BPFProgram=).
import type { ValueIssue, ValueValidator } from '../types';
import { parseCInteger } from './cnumber';
import { error, quotedWords } from './issue';
import { pathProblem } from './pathRules';
import { expands } from './specifiers';

/** AF_* names of <sys/socket.h> except AF_UNSPEC; systemd compares them in any case. */
const ADDRESS_FAMILIES = new Set(['UNIX', 'LOCAL', 'FILE', 'INET', 'AX25', 'IPX', 'APPLETALK', 'NETROM', 'BRIDGE', 'ATMPVC',
  'X25', 'INET6', 'ROSE', 'DECNET', 'NETBEUI', 'SECURITY', 'KEY', 'NETLINK', 'ROUTE', 'PACKET', 'ASH', 'ECONET', 'ATMSVC',
  'RDS', 'SNA', 'IRDA', 'PPPOX', 'WANPIPE', 'LLC', 'IB', 'MPLS', 'CAN', 'TIPC', 'BLUETOOTH', 'IUCV', 'RXRPC', 'ISDN',
  'PHONET', 'IEEE802154', 'CAIF', 'ALG', 'NFC', 'VSOCK', 'KCM', 'QIPCRTR', 'SMC', 'XDP', 'MCTP']);

export function isAddressFamily(name: string): boolean {
  return /^af_/i.test(name) && ADDRESS_FAMILIES.has(name.slice(3).toUpperCase());
}

/** RestrictAddressFamilies=: `none` alone, or AF_* names with an optional `~` before the list. */
export const validateAddressFamilies: ValueValidator = (value) => {
  const v = value.trim();
  if (v === 'none') return [];
  const inverted = v.startsWith('~');
  const { words, unbalanced } = quotedWords(inverted ? value.replace('~', ' ') : value);
  if (unbalanced) return [error('Unbalanced quotes.', 0, value.length)];
  return words.filter((w) => !isAddressFamily(w.text)).map((w) =>
    error(`'${w.text}' is not an address family such as AF_INET or AF_UNIX${w.text === 'none' ? ' (none goes alone, without ~)' : ''}.`, w.start, w.end));
};

const NETLINK_FAMILIES = new Set(['route', 'firewall', 'inet-diag', 'nflog', 'xfrm', 'selinux', 'iscsi', 'audit', 'fib-lookup',
  'connector', 'netfilter', 'ip6-fw', 'dnrtmsg', 'kobject-uevent', 'generic', 'scsitransport', 'ecryptfs', 'rdma']);

/** ListenNetlink=: `FAMILY [GROUP]`, the family by name or number. */
export function netlinkProblem(text: string): string | undefined {
  const [family, group, ...rest] = text.split(/[ \t]+/);
  if (!NETLINK_FAMILIES.has(family) && (parseCInteger(family, true) ?? 1n << 31n) >= 1n << 31n) return `'${family}' is not a netlink family such as route, audit or kobject-uevent`;
  if (rest.length || (group !== undefined && !/^[0-9]+$/.test(group))) return `'${text}' is not FAMILY [GROUP]`;
  return undefined;
}

const BPF_ATTACH_TYPES = new Set(['ingress', 'egress', 'sock_create', 'sock_ops', 'device', 'bind4', 'bind6', 'connect4', 'connect6',
  'post_bind4', 'post_bind6', 'sendmsg4', 'sendmsg6', 'sysctl', 'recvmsg4', 'recvmsg6', 'getsockopt', 'setsockopt']);

/** BPFProgram=: `TYPE:PATH` with a cgroup attach type and an absolute path. */
export const validateBpfProgram: ValueValidator = (value, _spec, context) => {
  const v = value.trim();
  const colon = v.indexOf(':');
  const issues: ValueIssue[] = [];
  if (colon < 0) return [error(`${context.key}= takes TYPE:PATH, such as ingress:/sys/fs/bpf/prog.`, 0, value.length)];
  if (!BPF_ATTACH_TYPES.has(v.slice(0, colon))) issues.push(error(`'${v.slice(0, colon)}' is not a BPF attach type such as ingress, egress or bind4.`, 0, value.length));
  const problem = pathProblem(v.slice(colon + 1), 'absolute');
  if (problem) issues.push(error(`${context.key}= refuses the path '${v.slice(colon + 1)}': ${problem}.`, 0, value.length));
  return issues;
};

/** LogNamespace=: characters of a unit instance name, not `.` or `..`. */
export const validateLogNamespace: ValueValidator = (value, _spec, context) => {
  const v = value.trim();
  return expands(v, context.key) || /^[A-Za-z0-9:_.@\\-]{1,255}$/.test(v) && v !== '.' && v !== '..' ? []
    : [error(`'${v}' is not a ${context.key}= name: letters, digits and : _ . @ - only.`, 0, value.length)];
};
