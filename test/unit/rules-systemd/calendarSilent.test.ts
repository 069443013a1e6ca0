import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { diagnose, expectAt } from './helpers';

const TIMER = '/etc/systemd/system/report.timer';

describe('systemd/calendar-never-elapses', () => {
  it('warns on an event systemd accepts whose weekday none of its dates has (2027-01-01 is a Friday)', () => {
    const [d] = expectAt('systemd/calendar-never-elapses', '[Timer]\nOnCalendar=<<Thu 2027-01-01>>\n', TIMER);
    assert.equal(d.severity, 2);
    assert.match(String(d.message), /never elapses: no date matches all of its fields/);
  });
  it('warns on Feb 30 and on events whose times are all past', () => {
    expectAt('systemd/calendar-never-elapses', '[Timer]\nOnCalendar=<<*-02-30 12:00>>\nOnCalendar=<<2020-06-01>>\n', TIMER);
    const [past] = expectAt('systemd/calendar-never-elapses', '[Timer]\nOnCalendar=<<2020-06-01>>\n', TIMER);
    assert.match(String(past.message), /no longer elapses: every time it names is in the past/);
  });
  it('says nothing on events that fire, on refused ones (invalid-value covers them) and on specifiers', () => {
    expectAt('systemd/calendar-never-elapses', '[Timer]\nOnCalendar=Mon..Fri 9:00\nOnCalendar=*-02-29\nOnCalendar=*-02~30\nOnCalendar=%i\n', TIMER);
    assert.ok(diagnose('[Timer]\nOnCalendar=*-02~30\n', TIMER).some((d) => d.code === 'systemd/invalid-value'));
  });
});

describe('systemd/invalid-value on OnCalendar=', () => {
  it('follows systemd 252 on the forms the old check got wrong', () => {
    const invalid = (value: string): boolean => diagnose(`[Timer]\nOnCalendar=${value}\n`, TIMER).some((d) => d.code === 'systemd/invalid-value');
    assert.equal(invalid('*-08~26,15'), true);
    assert.equal(invalid('*-*-* 00:00:10..10'), true);
    assert.equal(invalid('*-08~15,16'), false);
    assert.equal(invalid('Mon,Tue, *-*-*'), false);
  });
});
