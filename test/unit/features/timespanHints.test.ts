import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../../server/src/analysis';
import { formatTimespan, timespanHints, timespanMicros } from '../../../server/src/features/timespanHints';

describe('time span inlay hints', () => {
  it('normalizes as systemd prints spans', () => {
    assert.equal(formatTimespan(timespanMicros('90') ?? -1), '1min 30s');
    assert.equal(formatTimespan(timespanMicros('1h30') ?? -1), '1h 30s');
    assert.equal(formatTimespan(timespanMicros('1.5h') ?? -1), '1h 30min');
    assert.equal(timespanMicros('soon'), undefined);
  });
  it('hints only time-span directives whose written form differs', () => {
    const a = analyze('file:///w/t.service', 1, '[Service]\nRestartSec=90\nTimeoutSec=5min\nDescription=90\n');
    assert.ok(a);
    const hints = timespanHints(a);
    assert.deepEqual(hints.map((h) => [h.position.line, h.label]), [[1, '= 1min 30s']]);
  });
});
