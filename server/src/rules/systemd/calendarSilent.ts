// An OnCalendar= event systemd accepts but that will not fire: no date matches all its fields
// (`Thu 2027-01-01` is a Friday), every match is in the past, or systemd's search gives up.
import type { Diagnostic } from 'vscode-languageserver-types';
import { calendarSilence, readCalendar, type Silence } from '../../calendar/index';
import { systemdDirective, systemdSchema } from '../../schema/systemd';
import { diagnostic, WARNING } from '../common/diagnostic';
import type { Rule } from '../types';

export const CALENDAR_SILENT = 'systemd/calendar-never-elapses';
/** Events checked per file at most: each costs a search through the calendar (up to ~50 ms). */
const MAX_EVENTS = 50;
/** Verdicts are kept per value for a minute, so typing elsewhere in the file does not search again. */
const KEEP_MS = 60_000;
const MAX_KEPT = 1000;
const kept = new Map<string, { silence: Silence | undefined; at: number }>();

function silenceOf(value: string): Silence | undefined {
  const now = Date.now();
  const known = kept.get(value);
  if (known && now - known.at < KEEP_MS) return known.silence;
  const event = readCalendar(value);
  const silence = event && calendarSilence(event, now * 1000);
  if (kept.size >= MAX_KEPT) kept.clear();
  kept.set(value, { silence, at: now });
  return silence;
}

const WHY = {
  never: 'no date matches all of its fields (for example a weekday none of its dates falls on)',
  past: 'every time it names is in the past',
  'gives-up': 'systemd gives up computing its next elapse ("Infinite loop in calendar calculation")',
} as const;

/** The directives that take a calendar event: the only lines this rule reads. */
const CALENDAR_KEYS: ReadonlySet<string> = new Set(systemdSchema.directives.filter((d) => d.value.kind === 'calendar').map((d) => d.name));

export const calendarNeverElapses: Rule = {
  code: CALENDAR_SILENT,
  reads: CALENDAR_KEYS,
  check({ doc }) {
    const out: Diagnostic[] = [];
    let checked = 0;
    for (const section of doc.sections) {
      for (const entry of section.entries) {
        if (checked >= MAX_EVENTS) return out;
        if (entry.value === '' || entry.value.includes('%')) continue;
        if (systemdDirective(section.name, entry.key)?.value.kind !== 'calendar') continue;
        checked++;
        const silence = silenceOf(entry.value);
        if (!silence) continue;
        const d = diagnostic(entry.valueRange,
          `${entry.key}=${entry.value} ${silence === 'past' ? 'no longer elapses' : 'never elapses'}: ${WHY[silence]}. `
          + 'systemd accepts it, and the timer does not fire for it.', WARNING);
        d.code = CALENDAR_SILENT;
        out.push(d);
      }
    }
    return out;
  },
};
