// Value kinds of the network group's parsers (schema/families/parsers/network.ts), by ValueSpec.kind.
// Each judges only what networkd 252 refuses (it logs and ignores the assignment); deprecated spellings
// it still accepts get a warning, as networkd gives one.
import type { ValidatorTable, ValueIssue, ValueValidator } from '../types';
import { parseBoolean } from '../systemd/boolean';
import { error, warning } from '../systemd/issue';
import { isInterfaceName } from '../systemd/network';
import { addressCheck, duidTypeCheck, emitAddressesCheck, leaseMacCheck, ipv4LinkLocalCheck, mudUrlCheck, prefixCheck, requiredForOnlineCheck, routeTableCheck,
  routeTableNamesCheck, uint32Check, type Check } from './network/checks';
import { checkSection } from './network/sections';

/** Runs a check on the value without its surrounding blanks, moving the offsets back onto the value. */
function trimmed(check: Check): ValueValidator {
  return (value, _spec, context) => {
    const v = value.trim();
    if (v === '') return [];
    const shift = value.indexOf(v);
    return check(v, context).map((i) => ({ ...i, start: i.start + shift, end: i.end + shift }));
  };
}

function section(parser: string): ValueValidator {
  return trimmed((v, context) => checkSection(parser, v, context));
}

const FAMILY_WORDS = ['yes', 'no', 'ipv4', 'ipv6'];
const OLD_DHCP_WORDS: Readonly<Record<string, string>> = { none: 'no', both: 'yes', v4: 'ipv4', v6: 'ipv6' };

/** DHCP=: yes, no, ipv4, ipv6 or a boolean; the old words none, both, v4, v6 still work, with a warning. */
const dhcpCheck: Check = (v, context) => {
  if (FAMILY_WORDS.includes(v) || parseBoolean(v) !== undefined) return [];
  const replacement = OLD_DHCP_WORDS[v];
  if (replacement) return [warning(`${context.key}=${v} is deprecated; write ${replacement} instead.`, 0, v.length)];
  return [error(`${context.key}= takes yes, no, ipv4 or ipv6; '${v}' is not one.`, 0, v.length)];
};

/** IPMasquerade=: no, ipv4, ipv6, both; a true boolean is deprecated and means ipv4 only. */
const masqueradeCheck: Check = (v, context) => {
  const b = parseBoolean(v);
  if (b === true) return [warning(`${context.key}=${v} is deprecated and means ipv4 only; write ipv4 or both.`, 0, v.length)];
  if (b === false || ['no', 'ipv4', 'ipv6', 'both'].includes(v)) return [];
  return [error(`${context.key}= takes no, ipv4, ipv6 or both; '${v}' is not one.`, 0, v.length)];
};

/** IPv6SendRA= is a boolean; the older IPv6PrefixDelegation= also takes static and dhcpv6. */
const sendRaCheck: Check = (v, context) => {
  if (parseBoolean(v) !== undefined) return [];
  if (context.key !== 'IPv6SendRA' && ['static', 'dhcpv6'].includes(v)) return [];
  return [error(context.key === 'IPv6SendRA' ? `${context.key}= takes a boolean; '${v}' is not one.`
    : `${context.key}= takes a boolean, static or dhcpv6; '${v}' is not one.`, 0, v.length)];
};

const interfaceCheck: Check = (v, context) =>
  isInterfaceName(v) ? [] : [error(`${context.key}= needs a network interface name (1 to 15 characters, not all digits, no '/', ':' or blank); '${v}' is not one.`, 0, v.length)];

/** hostname_is_valid(): up to 64 characters, dot-separated labels of letters, digits, '-' and '_'. */
const hostnameCheck: Check = (v, context) => {
  const ok = v.length <= 64 && v.split('.').every((label) => /^[A-Za-z0-9_-]+$/.test(label));
  return ok ? [] : [error(`${context.key}= needs a host name (up to 64 characters: letters, digits, '-' and '_', labels joined by dots); '${v}' is not one.`, 0, v.length)];
};

/** DHCPServer's Router=, BootServerAddress=, RelayTarget= are IPv4; IPv6StableSecretAddress= is IPv6. */
const nonNullCheck: Check = (v, context) => addressCheck(context.key.startsWith('IPv6') ? 'ipv6' : 'ipv4', true)(v, context);

/** Words networkd reads as prefixes: any, link-local, multicast, and localhost in the spellings is_localhost() knows. */
function isPrefixWord(word: string): boolean {
  const w = word.toLowerCase().replace(/\.$/, '');
  return ['any', 'link-local', 'multicast'].includes(word) || w === 'localhost' || w.endsWith('.localhost') || w === 'localhost.localdomain'
    || w.endsWith('.localhost.localdomain');
}

/** Space-separated prefixes (AllowList=, DenyList=, RouteAllowList=, ...), as units' IPAddressAllow= reads them. */
const prefixListCheck: Check = (v, context) => {
  const check = prefixCheck(false, false);
  const issues: ValueIssue[] = [];
  for (const m of v.matchAll(/[^ \t\n\r]+/g)) {
    if (isPrefixWord(m[0]) || /["'\\]/.test(m[0])) continue;
    const start = m.index ?? 0;
    issues.push(...check(m[0], context).map((i) => ({ ...i, start: i.start + start, end: i.end + start })));
  }
  return issues;
};

/** IPv6AcceptRA= RouteMetric=: a number; later releases also take one per router preference (HIGH:MEDIUM:LOW), left alone. */
const routeMetricCheck: Check = (v, context) => (v.includes(':') ? [] : uint32Check(v, context));

export const networkValidators: ValidatorTable = {
  'net-address-section': section('address_section'),
  'net-route-section': section('route_section'),
  'net-rule-section': section('routing_policy_rule'),
  'net-neighbor-section': section('neighbor_section'),
  'net-prefixes': trimmed(prefixListCheck),
  'net-ipv4': trimmed(addressCheck('ipv4')),
  'net-ipv4-link-local': trimmed(ipv4LinkLocalCheck),
  'net-address-non-null': trimmed(nonNullCheck),
  'net-interface': trimmed(interfaceCheck),
  'net-dhcp': trimmed(dhcpCheck),
  'net-masquerade': trimmed(masqueradeCheck),
  'net-send-ra': trimmed(sendRaCheck),
  'net-required-for-online': trimmed(requiredForOnlineCheck),
  'net-mud-url': trimmed(mudUrlCheck),
  'net-duid-type': trimmed(duidTypeCheck),
  'net-route-table': trimmed(routeTableCheck),
  'net-route-table-names': trimmed(routeTableNamesCheck),
  'net-hostname': trimmed(hostnameCheck),
  'net-route-metric': trimmed(routeMetricCheck),
  'net-emit-addresses': trimmed(emitAddressesCheck),
  'net-lease-mac': trimmed(leaseMacCheck),
};
