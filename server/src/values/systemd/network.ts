// Network names and addresses: IPAddressAllow=/Deny= prefixes, SocketBindAllow=/Deny= rules, interface
// names (BindToDevice=, RestrictNetworkInterfaces=), D-Bus names (BusName=) and descriptor names
// (FileDescriptorName=), as systemd's validity checks define them.
import { expands } from './specifiers';
import type { ValueIssue, ValueValidator } from '../types';
import { parseCInteger } from './cnumber';
import { error, quotedWords, words, type Word } from './issue';
import { isIPv4, isIPv6 } from './sockets';

const PREFIX_WORDS = new Set(['any', 'localhost', 'link-local', 'multicast']);

function isPrefix(text: string): boolean {
  if (PREFIX_WORDS.has(text)) return true;
  const [address, length, ...rest] = text.split('/');
  if (rest.length) return false;
  const v4 = isIPv4(address);
  if (!v4 && !(isIPv6(address) && !address.includes('%'))) return false;
  if (length === undefined) return true;
  const n = /^[0-9]+$/.test(length) ? Number(length) : NaN;
  return n <= (v4 ? 32 : 128);
}

function eachWord(check: (w: Word, key: string) => ValueIssue[]): ValueValidator {
  return (value, _spec, context) => {
    // These lists are split at blanks only: quotes are part of the word.
    return words(value).filter((w) => !expands(w.text, context.key) && !w.text.includes('\\')).flatMap((w) => check(w, context.key));
  };
}

export const validateAddressPrefixes = eachWord((w, key) =>
  isPrefix(w.text) ? [] : [error(`${key}= refuses '${w.text}': write an address with an optional /prefix, or any, localhost, link-local or multicast.`, w.start, w.end)]);

function isPortRange(text: string): boolean {
  const [low, high, ...rest] = text.split('-');
  const port = (p: string | undefined): bigint | undefined => (p === undefined ? undefined : parseCInteger(p, true));
  const a = port(low);
  const b = high === undefined ? a : port(high);
  return !rest.length && a !== undefined && b !== undefined && a >= 1n && b <= 65535n && a <= b;
}

/** `[ipv4|ipv6:][tcp|udp:](PORT[-PORT]|any)` or `any`. */
export function isSocketBindRule(text: string): boolean {
  const parts = text.split(':');
  if (parts.length > 1 && (parts[0] === 'ipv4' || parts[0] === 'ipv6')) parts.shift();
  if (parts.length > 1 && (parts[0] === 'tcp' || parts[0] === 'udp')) parts.shift();
  return parts.length === 1 && (parts[0] === 'any' || isPortRange(parts[0]));
}

export const validateSocketBind: ValueValidator = (value, _spec, context) => {
  const v = value.trim();
  return v === '' || v.includes('\\') || isSocketBindRule(v) ? [] : [error(`${context.key}= refuses '${v}': write [ipv4|ipv6:][tcp|udp:]PORT[-PORT] or any.`, 0, value.length)];
};

/** ifname_valid(): 1 to 15 ASCII characters, no blank, '/', ':' or '%', not `.`/`..`, not all digits. */
export function isInterfaceName(name: string): boolean {
  return /^[\x21-\x7e]{1,15}$/.test(name) && !/[/:%]/.test(name) && name !== '.' && name !== '..' && !/^[0-9]+$/.test(name);
}

export const validateInterface: ValueValidator = (value, _spec, context) => {
  const v = value.trim();
  return v === '' || expands(v, context.key) || isInterfaceName(v) ? [] : [error(`'${v}' is not a network interface name (1 to 15 characters, no '/', ':' or blank).`, 0, value.length)];
};

/** RestrictNetworkInterfaces=: an optional `~`, then names with quotes removed. */
export const validateInterfaces: ValueValidator = (value, _spec, context) => {
  const inverted = value.trimStart().startsWith('~');
  const { words: names, unbalanced } = quotedWords(inverted ? value.replace('~', ' ') : value);
  if (unbalanced) return [error('Unbalanced quotes.', 0, value.length)];
  return names.filter((w) => !expands(w.text, context.key) && !value.slice(w.start, w.end).includes('\\') && !isInterfaceName(w.text))
    .map((w) => error(`'${w.text}' is not a network interface name.`, w.start, w.end));
};

/** A well-known D-Bus name: two or more dot-separated elements of [A-Za-z0-9_-], not starting with a digit. */
export function isBusName(name: string): boolean {
  return name.length <= 255 && /^[A-Za-z_-][A-Za-z0-9_-]*(\.[A-Za-z_-][A-Za-z0-9_-]*)+$/.test(name);
}

export const validateBusName: ValueValidator = (value, _spec, context) => {
  const v = value.trim();
  return v === '' || expands(v, context.key) || isBusName(v) ? [] : [error(`'${v}' is not a D-Bus name such as org.example.App.`, 0, value.length)];
};

/** fdname_is_valid(): printable ASCII without ':', at most 255 characters. */
export const validateFdName: ValueValidator = (value, _spec, context) => {
  const v = value.trim();
  return v === '' || expands(v, context.key) || /^[\x20-\x7e]{1,255}$/.test(v) && !v.includes(':') ? []
    : [error(`'${v}' is not a file descriptor name: printable ASCII without ':', up to 255 characters.`, 0, value.length)];
};
