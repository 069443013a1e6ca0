// .nspawn's user settings as systemd 252 reads them: PrivateUsers= and BindUser=.
import { parseBoolean } from '../../systemd';
import { parseCInteger } from '../../systemd/cnumber';
import { error, words } from '../../systemd/issue';
import type { ValueValidator } from '../../types';

const UID_MAX = 0xfffffffen;

/** PrivateUsers=: a boolean, pick, identity, or UID[:RANGE]. */
export const validatePrivateUsers: ValueValidator = (value) => {
  const v = value.trim();
  if (parseBoolean(v) !== undefined || v === 'pick' || v === 'identity') return [];
  const colon = v.indexOf(':');
  const shiftText = colon < 0 ? v : v.slice(0, colon);
  const range = colon < 0 ? 0x10000n : parseCInteger(v.slice(colon + 1), false);
  // parse_uid(): decimal only, and neither of the two invalid IDs (65535, 4294967295).
  const shift = /^[0-9]+$/.test(shiftText) ? BigInt(shiftText) : undefined;
  const valid = shift !== undefined && shift !== 0xffffn && shift <= UID_MAX && range !== undefined && range > 0n
    && range <= 0xffffffffn && shift + range - 1n <= UID_MAX;
  return valid ? [] : [error(`'${value}' is not a PrivateUsers= value: write a boolean, pick, identity, or UID[:RANGE] (65536:65536).`, 0, value.length)];
};

/** BindUser=: user names by the strict rules (valid_user_group_name without flags): no numeric IDs. */
export const validateBindUsers: ValueValidator = (value) => words(value).flatMap((w) =>
  (w.text.includes('\\') || /^[A-Za-z_][A-Za-z0-9_-]{0,30}$/.test(w.text) ? []
    : [error(`'${w.text}' is not a user name nspawn can bind: letters, digits, _ and -, starting with a letter or _, at most 31 characters.`, w.start, w.end)]));
