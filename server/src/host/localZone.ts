// Whether this Node process runs in UTC, told without ICU's date formatter (whose first use costs
// some 10 ms): TZ names UTC, or TZ is unset and /etc/localtime links to the UTC zone file, which is
// where ICU takes the zone from then. Anything else says no, and the calendar code asks Intl.
import { readlinkSync } from 'node:fs';

const UTC_NAMES = new Set(['UTC', 'Etc/UTC']);
const UTC_LINK = /(?:^|\/)zoneinfo\/(?:Etc\/)?UTC$/;

export function runsInUtc(env: NodeJS.ProcessEnv = process.env, localtime = '/etc/localtime'): boolean {
  // Date reads the same zone as Intl: an offset other than 0 now or at the epoch rules UTC out for sure.
  if (new Date(0).getTimezoneOffset() !== 0 || new Date().getTimezoneOffset() !== 0) return false;
  if (env.TZ !== undefined) return UTC_NAMES.has(env.TZ);
  try {
    return UTC_LINK.test(readlinkSync(localtime));
  } catch {
    return false;
  }
}
