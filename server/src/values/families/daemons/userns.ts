// .nspawn's PrivateUsers=: a boolean, pick, identity, or UID[:RANGE] (systemd 252's parser).
import { parseBoolean } from '../../systemd';
import { parseCInteger } from '../../systemd/cnumber';
import { error } from '../../systemd/issue';
import type { ValueValidator } from '../../types';

const UID_MAX = 0xfffffffen;

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
