// The devices group's value validators: hardware and IP addresses, MTUs, interface names, word lists
// and the few numbers whose rule depends on the key. Each refuses only what systemd 252's parser logs
// and ignores; an empty value resets the setting and is never judged.
import { parseBoolean } from '../../systemd/boolean';
import { parseSize } from '../../systemd/bytes';
import { parseCInteger } from '../../systemd/cnumber';
import { validateInteger } from '../../systemd/integer';
import { error, quotedWords, type Word } from '../../systemd/issue';
import { isIPv4 } from '../../systemd/sockets';
import type { ValueIssue, ValueValidator } from '../../types';
import type { ValueSpec } from '../../../schema/types';
import { compareVersions } from '../../../schema/version';
import { isAddressPrefix, isIPAddress, isMulticast } from './addresses';
import { isHardwareAddress, isMacAddress, isUnicastMac } from './hwAddress';
import { DEVICE_MESSAGES as M, say } from './messages';
import { isIfname, isInterfaceAlias } from './names';

const wordsOf = (spec: ValueSpec): string[] => (spec.values ?? []).map((w) => w.name);

/** Runs `check` on the trimmed value, skipping an empty one; the issue spans the whole value. */
function whole(check: (v: string, spec: ValueSpec, key: string) => string | undefined): ValueValidator {
  return (value, spec, context) => {
    const v = value.trim();
    if (v === '' || wordsOf(spec).includes(v)) return [];
    const message = check(v, spec, context.key);
    return message ? [error(message, 0, value.length)] : [];
  };
}

/** Runs `check` on every blank-separated word (quotes removed, as extract_first_word does). */
function eachWord(check: (w: Word, spec: ValueSpec, key: string) => string | undefined, split = quotedWords): ValueValidator {
  return (value, spec, context) => {
    const { words: found, unbalanced } = split(value);
    if (unbalanced) return []; // the parser logs that once for the whole line: not judged here
    return found.flatMap((w): ValueIssue[] => {
      const message = check(w, spec, context.key);
      return message ? [error(message, w.start, w.end)] : [];
    });
  };
}

const splitCommas = (value: string): { words: Word[]; unbalanced: boolean } => ({
  words: [...value.matchAll(/[^,\s]+/g)].map((m) => ({ text: m[0], start: m.index ?? 0, end: (m.index ?? 0) + m[0].length })),
  unbalanced: false,
});

const mac = (v: string): string | undefined => (isMacAddress(v) ? undefined : say(M.mac, { value: v }));
const hardware = (v: string): string | undefined => (isHardwareAddress(v) ? undefined : say(M.hardware, { value: v }));

function mtu(v: string, _spec: ValueSpec, key: string): string | undefined {
  const min = key === 'IPv6MTUBytes' ? 1280 : 68; // parse_mtu(): AF_INET6 keys need IPv6's minimum
  const size = parseSize(v);
  return size !== undefined && size >= BigInt(min) && size <= 4294967295n ? undefined : say(M.mtu, { value: v, min });
}

function address(v: string, spec: ValueSpec): string | undefined {
  if (isIPAddress(v)) return undefined;
  const allowed = wordsOf(spec);
  return allowed.length ? say(M.addressOrWords, { value: v, words: allowed.join(', ') }) : say(M.address, { value: v });
}

/** VXLAN's Group= must be multicast, its Local= and Remote= (and GENEVE's Remote=) must not. */
function multicastRule(v: string, spec: ValueSpec, key: string): string | undefined {
  const bad = address(v, spec);
  if (bad) return bad;
  const multicast = isMulticast(v);
  if (key === 'Group') return multicast ? undefined : say(M.multicast, { key, value: v });
  return multicast ? say(M.notMulticast, { key, value: v }) : undefined;
}

/** L2TP Local=: ADDRESS or auto/static/dynamic, then an optional @interface (an alternative name). */
function l2tpLocal(v: string): string | undefined {
  const at = v.indexOf('@');
  const head = at < 0 ? v : v.slice(0, at);
  const ifname = at < 0 ? undefined : v.slice(at + 1);
  const headOk = ['auto', 'static', 'dynamic'].includes(head) || isIPAddress(head);
  return headOk && (ifname === undefined || ifname === '' || isIfname(ifname, true)) ? undefined : say(M.l2tpLocal, { value: v });
}

function portRange(v: string): string | undefined {
  const [low, high, ...rest] = v.split('-');
  const port = (p: string | undefined): bigint | undefined => (p === undefined ? undefined : parseCInteger(p, true));
  const a = port(low);
  const b = high === undefined ? a : port(high);
  return !rest.length && a !== undefined && b !== undefined && a >= 1n && b <= 65535n && a <= b ? undefined : say(M.portRange, { value: v });
}

/** The length after '/', or the full 128 bits without one (only called on a valid prefix). */
function prefixLength(v: string): bigint | undefined {
  const slash = v.indexOf('/');
  return slash < 0 ? 128n : parseCInteger(v.slice(slash + 1), true);
}

/** Tunnel keys: an IPv4 address (its 32 bits) or a whole number. */
function tunnelKey(v: string): string | undefined {
  if (isIPv4(v)) return undefined;
  const n = parseCInteger(v, true);
  return n !== undefined && n <= 4294967295n ? undefined : say(M.tunnelKey, { value: v });
}

/** unhexmem(): hex digits in pairs (blanks skipped), at most 32 bytes for a MACsec key ID. */
function keyId(v: string): string | undefined {
  const digits = v.replace(/[ \t\n\r]/g, '');
  return /^([0-9a-fA-F]{2}){1,32}$/.test(digits) ? undefined : say(M.keyId, { value: v });
}

function wolPassword(v: string): string | undefined {
  // An absolute path (path_is_safe: no `..` part) names a file holding the password.
  const isPath = v.startsWith('/') && !v.split('/').includes('..');
  return isPath || isMacAddress(v) ? undefined : say(M.wolPassword, { key: 'WakeOnLanPassword' });
}

/** WakeOnLan=: `off` alone, or modes from the list (each unknown one is logged and skipped). */
const wakeOnLan: ValueValidator = (value, spec, context) =>
  (value.trim() === 'off' ? [] : eachWord((w) => (wordsOf(spec).includes(w.text) ? undefined
    : say(M.word, { value: w.text, key: context.key, words: ['off', ...wordsOf(spec)].join(', ') })))(value, spec, context));

/** [SR-IOV] numbers: VLANId= 1 to 4095, VirtualFunction= below INT_MAX, QualityOfService= any uint32. */
const SRIOV_BOUNDS: Readonly<Record<string, readonly [number, number]>> = {
  VLANId: [1, 4095], VirtualFunction: [0, 2147483646], QualityOfService: [0, 4294967295],
};
const sriovNumber: ValueValidator = (value, spec, context) => {
  const [min, max] = SRIOV_BOUNDS[context.key] ?? [0, 4294967295];
  return validateInteger(value, { ...spec, min, max }, context);
};

/**
 * VRF Table=: read by config_parse_uint32 up to systemd 256; later releases also take route table names,
 * which are not judged for them.
 */
const vrfTable: ValueValidator = (value, spec, context) =>
  (compareVersions(context.version, 256) <= 0 ? validateInteger(value, { ...spec, min: 0, max: 4294967295 }, context) : []);

/** SR-IOV LinkState=: auto or a boolean. */
const linkState = whole((v) => (v === 'auto' || parseBoolean(v) !== undefined ? undefined
  : say(M.word, { value: v, key: 'LinkState', words: 'auto, yes, no' })));

export const deviceKindValidators: Readonly<Record<string, ValueValidator>> = {
  'dev-mac': whole(mac),
  'dev-macs': eachWord(({ text }) => mac(text)),
  'dev-mac-unicast': whole((v) => (isUnicastMac(v) ? undefined : isMacAddress(v) ? say(M.unicastMac, { value: v }) : mac(v))),
  'dev-hw-address': whole(hardware),
  'dev-hw-addresses': eachWord(({ text }) => hardware(text)),
  'dev-mtu': whole(mtu),
  'dev-ip-address': whole(address),
  'dev-multicast-rule': whole(multicastRule),
  'dev-l2tp-local': whole(l2tpLocal),
  'dev-address-prefixes': eachWord(({ text }) => (isAddressPrefix(text) ? undefined : say(M.prefix, { value: text })), splitCommas),
  'dev-ipv6-prefix': whole((v) => (isAddressPrefix(v, 'ipv6') && prefixLength(v) !== 0n ? undefined : say(M.ipv6Prefix, { value: v }))),
  'dev-ifname': whole((v) => (isIfname(v) ? undefined : say(M.ifname, { value: v, max: 16 }))),
  'dev-ifnames': eachWord(({ text }) => (isIfname(text, true) ? undefined : say(M.ifname, { value: text, max: 128 }))),
  'dev-ifalias': whole((v, _s, key) => (isInterfaceAlias(v) ? undefined : say(M.alias, { key }))),
  'dev-wol-password': whole(wolPassword),
  'dev-wol': wakeOnLan,
  'dev-words': eachWord((w, spec, key) => (wordsOf(spec).includes(w.text) ? undefined : say(M.word, { value: w.text, key, words: wordsOf(spec).length > 12 ? `${wordsOf(spec).slice(0, 12).join(', ')}, …` : wordsOf(spec).join(', ') }))),
  'dev-port-range': whole(portRange),
  'dev-tunnel-key': whole(tunnelKey),
  'dev-key-id': whole(keyId),
  'dev-sriov-number': sriovNumber,
  'dev-vrf-table': vrfTable,
  'dev-link-state': linkState,
};
