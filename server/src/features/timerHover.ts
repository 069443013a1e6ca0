// Hover on the value of a [Timer] trigger: for OnCalendar= the normalized event and its next five
// elapses (in the user's zone and in UTC, from our own calendar code); for the monotonic triggers
// what the delay counts from. Either way, the unit the timer starts and the settings that shift
// its runs (RandomizedDelaySec=, AccuracySec=, Persistent=) when the file sets them.
import type { AnalyzedDocument } from '../analysis';
import { calendarElapses, calendarSilence, formatInstant, localZone, readCalendar, utcZone, type Zone } from '../calendar/index';
import type { Entry, ParsedDocument } from '../parse/model';
import type { CursorContext } from './cursor';
import { codeSpan } from './inlineText';

const ELAPSES = 5;

/** What each monotonic trigger counts from; `UNIT` stands for the unit the timer starts. */
const MONOTONIC: Readonly<Record<string, string>> = {
  OnBootSec: 'after the machine booted',
  OnStartupSec: 'after the service manager started (for a user manager: when the user\'s first session began)',
  OnActiveSec: 'after this timer was started',
  OnUnitActiveSec: 'after UNIT last started, so every start schedules the next one: a repeating run',
  OnUnitInactiveSec: 'after UNIT last stopped or finished: a repeating run that waits for the previous one to end',
};

/** Entries of every [Timer] section of the file, last assignment last. */
function timerEntries(doc: ParsedDocument): Entry[] {
  return doc.sections.filter((s) => s.name === 'Timer').flatMap((s) => s.entries);
}

function lastValue(entries: Entry[], key: string): string | undefined {
  const found = entries.filter((e) => e.key === key);
  const value = found[found.length - 1]?.value;
  return value === undefined || value === '' ? undefined : value;
}

/**
 * Markdown for Unit= when set, else the service named like the timer (`backup.timer` starts
 * `backup.service`); a file without a timer's name gets words, not a code span, so they can be translated.
 */
function triggeredUnit(analyzed: AnalyzedDocument, entries: Entry[]): string {
  const unit = lastValue(entries, 'Unit');
  if (unit) return codeSpan(unit);
  const name = analyzed.kind.dialect === 'systemd' ? analyzed.kind.unitName : undefined;
  return name?.endsWith('.timer') ? codeSpan(`${name.slice(0, -'.timer'.length)}.service`) : 'the service named like this timer';
}

function settingsNotes(entries: Entry[], calendar: boolean): string[] {
  const notes: string[] = [];
  const delay = lastValue(entries, 'RandomizedDelaySec');
  if (delay) notes.push(`${codeSpan(`RandomizedDelaySec=${delay}`)}: each run waits a further random time up to ${codeSpan(delay)}, drawn anew every time.`);
  const accuracy = lastValue(entries, 'AccuracySec');
  if (accuracy) notes.push(`${codeSpan(`AccuracySec=${accuracy}`)}: systemd may start it up to ${codeSpan(accuracy)} late, to wake the machine once for several timers.`);
  const persistent = lastValue(entries, 'Persistent');
  if (persistent) {
    const on = /^(1|yes|y|true|t|on)$/i.test(persistent);
    const effect = !calendar ? 'applies to OnCalendar= only, not to this trigger'
      : on ? 'a run missed while the machine was off happens as soon as the timer starts again'
        : 'runs missed while the machine was off are not caught up';
    notes.push(`${codeSpan(`Persistent=${persistent}`)}: ${effect}.`);
  }
  return notes;
}

/** `unit`: Markdown for the unit the timer starts (triggeredUnit). */
function calendarMarkdown(value: string, unit: string, nowUsec: number, zone: Zone): string {
  const event = readCalendar(value);
  if (!event) return `systemd refuses ${codeSpan(value)} as a calendar event, so it never starts ${unit}.`;
  const lines = [`Starts ${unit} at ${codeSpan(event.normalized)} (systemd's normalized form).`, ''];
  const silence = calendarSilence(event, nowUsec, zone);
  if (silence) {
    lines.push(silence === 'gives-up'
      ? 'systemd gives up computing when it elapses next ("Infinite loop in calendar calculation"): the timer does not fire.'
      : silence === 'past' ? 'It no longer elapses: every time it names is in the past.'
        : 'It never elapses: no date matches all of its fields. systemd accepts it, and the timer never fires.');
    return lines.join('\n');
  }
  const { times, gaveUp } = calendarElapses(event, nowUsec, ELAPSES, zone);
  const both = zone.name !== 'UTC' && zone.name !== 'Etc/UTC';
  lines.push(both ? `| Next elapses (${zone.name}) | UTC |` : '| Next elapses (UTC) |', both ? '| --- | --- |' : '| --- |');
  for (const t of times) lines.push(both ? `| ${formatInstant(t, zone)} | ${formatInstant(t, utcZone)} |` : `| ${formatInstant(t, utcZone)} |`);
  if (gaveUp) lines.push('', 'Then systemd gives up computing the next one ("Infinite loop in calendar calculation") and the timer stops.');
  else if (times.length < ELAPSES) lines.push('', 'After these it does not elapse again.');
  return lines.join('\n');
}

/**
 * Markdown for the value of a [Timer] trigger under the cursor, or undefined for anything else.
 * `nowUsec` and `zone` are the present and the user's zone (parameters so that tests can fix them; now and the local zone when left out).
 */
export function timerHoverMarkdown(analyzed: AnalyzedDocument, cursor: CursorContext,
  nowUsec?: number, zone?: Zone): string | undefined {
  const entry = cursor.entry;
  if (analyzed.doc.dialect !== 'systemd' || cursor.section?.name !== 'Timer' || !entry || entry.value === '') return undefined;
  const calendar = entry.key === 'OnCalendar';
  if (!calendar && !MONOTONIC[entry.key]) return undefined;
  const entries = timerEntries(analyzed.doc);
  const unit = triggeredUnit(analyzed, entries);
  // The clock and the zone only when a calendar is hovered: every other hover passes through here,
  // and asking ICU for the zone costs a server's first hover some 20 ms.
  const body = calendar ? calendarMarkdown(entry.value, unit, nowUsec ?? Date.now() * 1000, zone ?? localZone())
    : `Starts ${unit} ${codeSpan(entry.value)} ${MONOTONIC[entry.key].replace('UNIT', () => unit)}.`;
  const notes = settingsNotes(entries, calendar);
  return [`**${entry.key}=**`, '', body, ...(notes.length ? ['', ...notes.map((n) => `- ${n}`)] : [])].join('\n');
}
