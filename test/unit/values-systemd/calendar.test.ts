import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { isCalendarSpec } from '../../../server/src/values/systemd';

// Samples checked against `systemd-analyze calendar` (systemd 252); the last test re-checks them
// against the real binary when it is installed.
const VALID = ['daily', 'Hourly', 'weekly', 'minutely', 'monthly', 'yearly', 'annually', 'quarterly', 'semiannually',
  'Mon', 'mon', 'MONDAY', 'Mon,Wed', 'Mon..Fri', 'Mon-Fri', 'Mon..Mon', 'Mon,Wed..Fri 10:00', '10:00', '*:0/15',
  '*:00/15', '00/15:00', '2024-01-01', '01-01', '*-*-*', '*-*~03', '*-02~1', '12:00:30.5', 'hourly UTC',
  'daily Europe/Berlin', '@1700000000', 'Sat,Sun 20..23:00', '*-*-* *:*:*', '2024-*-1..7', '*-*-1,15 3:00',
  'Mon *-*-* 10:00:00 UTC', '*-1/2-1', '1..2/3:00', '2024-01-01 12:00 America/New_York', 'weekly CET', '9..17:00',
  '*-*-* 08..18:00/30', 'Mon..Fri *-*-* 10:00', '*-*-* 00/15:00', '2024-01-01 12:00:00 UTC', 'Sun *-*-* 03:10:00',
  '*-*-* 4:00:00', 'Fri *-*-1..7 18:00', '*-*-* *:00/5'];
const INVALID = ['*', '10', '2024-01-01T12:00', '1969-01-01', '2200-01-01', '00:60', 'today', 'now', 'tomorrow',
  'Mon Tue', 'EST', '*:*:0/0', '24:00', 'Fri..Mon', 'bogus', '2024-13-01', '25:00', 'Europe/Berlin', 'daily daily'];

describe('calendar events', () => {
  it('accepts the forms systemd accepts', () => {
    for (const v of VALID) assert.ok(isCalendarSpec(v), v);
  });
  it('refuses the forms systemd refuses', () => {
    for (const v of INVALID) assert.ok(!isCalendarSpec(v), v);
  });
  it('agrees with systemd-analyze calendar on this machine', (t) => {
    let available = true;
    try { execFileSync('systemd-analyze', ['--version'], { stdio: 'ignore' }); } catch { available = false; }
    if (!available) { t.skip('systemd-analyze is not installed'); return; }
    for (const v of [...VALID, ...INVALID]) {
      let accepted = true;
      try { execFileSync('systemd-analyze', ['calendar', v], { stdio: 'ignore' }); } catch { accepted = false; }
      assert.equal(isCalendarSpec(v), accepted, v);
    }
  });
});
