// Parsers that read a whole section's keys ([Address], [Route], [RoutingPolicyRule], ...): networkd 252
// gives each key its own syntax, so the check is chosen by key. A key not listed is not judged.
import type { ValueContext, ValueIssue } from '../../types';
import { parseBoolean } from '../../systemd/boolean';
import { error } from '../../systemd/issue';
import { addressCheck, gatewayCheck, lifetimeCheck, prefixCheck, routeTableCheck, uint32Check, unsignedCheck, type Check } from './checks';

const booleanCheck: Check = (value, context) =>
  parseBoolean(value) !== undefined ? [] : [error(`${context.key}= takes a boolean; '${value}' is not one.`, 0, value.length)];

function wordsCheck(words: readonly string[], booleans: boolean): Check {
  return (value, context) => {
    if (words.includes(value) || (booleans && parseBoolean(value) !== undefined)) return [];
    const message = booleans ? `${context.key}= takes one of ${words.join(', ')}, or a boolean; '${value}' is not one.`
      : `${context.key}= takes one of ${words.join(', ')}; '${value}' is not one.`;
    return [error(message, 0, value.length)];
  };
}

/** Broadcast=: a boolean or an IPv4 address. */
const broadcastCheck: Check = (value, context) =>
  parseBoolean(value) !== undefined ? [] : addressCheck('ipv4')(value, context);

export const sectionChecks: Readonly<Record<string, Readonly<Record<string, Check>>>> = {
  address_section: {
    Address: prefixCheck(true, true),
    Peer: prefixCheck(true, true),
    Broadcast: broadcastCheck,
    PreferredLifetime: lifetimeCheck,
    HomeAddress: booleanCheck,
    ManageTemporaryAddress: booleanCheck,
    PrefixRoute: booleanCheck,
    AddPrefixRoute: booleanCheck,
    AutoJoin: booleanCheck,
    DuplicateAddressDetection: wordsCheck(['none', 'both', 'ipv4', 'ipv6'], true),
    RouteMetric: uint32Check,
  },
  route_section: {
    Gateway: gatewayCheck,
    Destination: prefixCheck(false, false),
    Source: prefixCheck(false, false),
    PreferredSource: addressCheck(),
    Metric: uint32Check,
    Table: routeTableCheck,
    GatewayOnLink: booleanCheck,
    GatewayOnlink: booleanCheck,
    QuickAck: booleanCheck,
    FastOpenNoCookie: booleanCheck,
  },
  routing_policy_rule: {
    From: prefixCheck(false, false),
    To: prefixCheck(false, false),
    Table: routeTableCheck,
    Priority: uint32Check,
    TypeOfService: unsignedCheck(255n),
    InvertRule: booleanCheck,
    Family: wordsCheck(['ipv4', 'ipv6', 'both'], false),
  },
  neighbor_section: {
    Address: addressCheck(),
  },
};

export function checkSection(parser: string, value: string, context: ValueContext): ValueIssue[] {
  const check = sectionChecks[parser]?.[context.key];
  return check ? check(value, context) : [];
}
