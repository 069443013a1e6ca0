// Hover on [Timer] triggers: OnCalendar= with its normalized form and next elapses in the user's
// zone and UTC; the monotonic triggers with what they count from; the unit the timer starts; and
// RandomizedDelaySec=, AccuracySec=, Persistent= when set. The present and the zone are fixed here.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findZone, utcZone, type Zone } from '../../../server/src/calendar/index';
import { locate } from '../../../server/src/features/cursor';
import { hover } from '../../../server/src/features/hover';
import { timerHoverMarkdown } from '../../../server/src/features/timerHover';
import { analyzeMarked } from '../../helpers/analyzeText';

const NOW = Date.UTC(2026, 11, 5, 7, 30) * 1000; // Sat 2026-12-05 07:30 UTC
const berlin = findZone('Europe/Berlin') as Zone;

function timerHoverAt(uri: string, source: string, zone: Zone = berlin): string | undefined {
  const { analyzed, marked } = analyzeMarked(uri, source);
  return timerHoverMarkdown(analyzed, locate(analyzed.doc, marked.cursor), NOW, zone);
}

describe('timer hover', () => {
  it('shows the normalized event and the next five elapses in the user\'s zone and in UTC', () => {
    const text = timerHoverAt('file:///etc/systemd/system/backup.timer', '[Timer]\nOnCalendar=Mon..Fri 9:$00\n');
    assert.ok(text);
    assert.match(text, /Starts `backup\.service` at `Mon\.\.Fri \*-\*-\* 09:00:00`/);
    assert.match(text, /\| Next elapses \(Europe\/Berlin\) \| UTC \|/);
    const rows = text.split('\n').filter((l) => /^\| (Mon|Tue|Wed|Thu|Fri|Sat|Sun) /.test(l));
    assert.deepEqual(rows, [
      '| Mon 2026-12-07 09:00:00 +01:00 | Mon 2026-12-07 08:00:00 UTC |',
      '| Tue 2026-12-08 09:00:00 +01:00 | Tue 2026-12-08 08:00:00 UTC |',
      '| Wed 2026-12-09 09:00:00 +01:00 | Wed 2026-12-09 08:00:00 UTC |',
      '| Thu 2026-12-10 09:00:00 +01:00 | Thu 2026-12-10 08:00:00 UTC |',
      '| Fri 2026-12-11 09:00:00 +01:00 | Fri 2026-12-11 08:00:00 UTC |',
    ]);
  });

  it('has one column when the user is in UTC, and names Unit= when it is set', () => {
    const text = timerHoverAt('file:///etc/systemd/system/nightly.timer', '[Timer]\nUnit=cleanup.service\nOnCalendar=$0daily\n', utcZone);
    assert.ok(text);
    assert.match(text, /Starts `cleanup\.service` at `\*-\*-\* 00:00:00`/);
    assert.match(text, /\| Next elapses \(UTC\) \|\n\| --- \|\n\| Sun 2026-12-06 00:00:00 UTC \|/);
  });

  it('says when an event systemd accepts never fires', () => {
    const text = timerHoverAt('file:///etc/systemd/system/once.timer', '[Timer]\nOnCalendar=Thu 2027-01-0$01\n');
    assert.ok(text);
    assert.match(text, /never elapses/);
    assert.doesNotMatch(text, /\| Next elapses/);
  });

  it('lists the elapses that remain before the event ends', () => {
    const text = timerHoverAt('file:///etc/systemd/system/once.timer', '[Timer]\nOnCalendar=2026-12-2$04 18,20:00\n');
    assert.ok(text);
    assert.equal(text.split('\n').filter((l) => l.startsWith('| Thu 2026-12-24')).length, 2);
    assert.match(text, /After these it does not elapse again\./);
  });

  it('explains what a monotonic trigger counts from, and the settings that shift the runs', () => {
    const text = timerHoverAt('file:///etc/systemd/system/poll.timer',
      '[Timer]\nOnUnitActiveSec=1$05min\nRandomizedDelaySec=30s\nAccuracySec=1s\nPersistent=yes\n');
    assert.ok(text);
    assert.match(text, /Starts `poll\.service` `15min` after `poll\.service` last started/);
    assert.match(text, /RandomizedDelaySec=30s`: each run waits a further random time up to `30s`/);
    assert.match(text, /AccuracySec=1s`: systemd may start it up to `1s` late/);
    assert.match(text, /Persistent=yes`: applies to OnCalendar= only/);
    const boot = timerHoverAt('file:///etc/systemd/system/poll.timer', '[Timer]\nOnBootSec=$010min\n');
    assert.match(boot ?? '', /`10min` after the machine booted/);
  });

  it('names the unit as written, and in words where the file has no timer name', () => {
    const dollar = timerHoverAt('file:///etc/systemd/system/a.timer', '[Timer]\nUnit=a$$&b.service\nOnUnitInactiveSec=1$05min\n');
    assert.match(dollar ?? '', /Starts `a\$\$&b\.service` `15min` after `a\$\$&b\.service` last stopped/);
    const untitled = timerHoverAt('untitled:Untitled-1', '[Timer]\nOnBootSec=1$05min\n');
    assert.match(untitled ?? '', /Starts the service named like this timer `15min` after the machine booted\./);
  });

  it('leaves other keys, sections and dialects to the general hover', () => {
    assert.equal(timerHoverAt('file:///etc/systemd/system/a.timer', '[Timer]\nAccuracySec=1$0s\n'), undefined);
    assert.equal(timerHoverAt('file:///etc/systemd/system/a.service', '[Service]\nExecStart=/bin/tr$0ue\n'), undefined);
    assert.equal(timerHoverAt('file:///etc/systemd/system/a.timer', '[Timer]\nOnCalendar=$0\n'), undefined);
  });

  it('is what hover answers on the value of OnCalendar=', () => {
    const { analyzed, marked } = analyzeMarked('file:///etc/systemd/system/backup.timer', '[Timer]\nOnCalendar=<<week$0ly>>\n');
    const result = hover(analyzed, marked.cursor, 252);
    assert.ok(result && typeof result.contents === 'object' && 'value' in result.contents);
    assert.match(result.contents.value, /^\*\*OnCalendar=\*\*/);
    assert.match(result.contents.value, /`Mon \*-\*-\* 00:00:00`/);
    assert.deepEqual(result.range, marked.ranges[0]);
  });

  it('follows the directive\'s own text when hovering the key', () => {
    const { analyzed, marked } = analyzeMarked('file:///etc/systemd/system/backup.timer', '[Timer]\nOnCal$0endar=weekly\n');
    const result = hover(analyzed, marked.cursor, 252);
    assert.ok(result && typeof result.contents === 'object' && 'value' in result.contents);
    const [own, timer] = result.contents.value.split('\n\n---\n\n');
    assert.doesNotMatch(own, /Next elapses/);
    assert.match(timer, /^\*\*OnCalendar=\*\*\n\nStarts `backup\.service` at `Mon \*-\*-\* 00:00:00`/);
  });
});
