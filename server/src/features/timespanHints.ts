// Inlay hints that spell out a time span the way systemd prints it: `RestartSec=90` shows `1min 30s`.
import { InlayHintKind, type InlayHint, type Range } from 'vscode-languageserver-types';
import type { AnalyzedDocument } from '../analysis';
import { findDirective } from '../schema/lookup';
import { TIME_UNITS, timespanError } from '../values/systemd/timespan';

const USEC: Record<string, number> = { us: 1, ms: 1e3, s: 1e6, min: 60e6, h: 3600e6, d: 86400e6, w: 604800e6, M: 2629800e6, y: 31557600e6, ns: 1e-3 };
const CANONICAL: Record<string, string> = {
  seconds: 's', second: 's', sec: 's', s: 's', minutes: 'min', minute: 'min', min: 'min', m: 'min', months: 'M', month: 'M', M: 'M',
  msec: 'ms', ms: 'ms', hours: 'h', hour: 'h', hr: 'h', h: 'h', days: 'd', day: 'd', d: 'd', weeks: 'w', week: 'w', w: 'w',
  years: 'y', year: 'y', y: 'y', usec: 'us', us: 'us', '\u00b5s': 'us', '\u03bcs': 'us', nsec: 'ns', ns: 'ns',
};
/** The units systemd's format_timespan() prints, largest first. */
const OUTPUT: [string, number][] = [['y', USEC.y], ['month', USEC.M], ['w', USEC.w], ['d', USEC.d], ['h', USEC.h], ['min', USEC.min], ['s', USEC.s], ['ms', USEC.ms], ['us', 1]];

/** Microseconds of a valid time span; `bareUnit` is what a number without a unit counts. */
export function timespanMicros(value: string, bareUnit: 's' | 'ns' = 's'): number | undefined {
  if (timespanError(value) >= 0 || value.trim() === '' || value.trim() === 'infinity') return undefined;
  let total = 0;
  const re = /([0-9]+(?:\.[0-9]*)?|\.[0-9]+)[ \t]*/g;
  let i = 0;
  while (i < value.length) {
    re.lastIndex = i;
    const m = re.exec(value);
    if (!m || m.index !== i) { if (/[ \t]/.test(value[i])) { i++; continue; } return undefined; }
    i = re.lastIndex;
    const unit = TIME_UNITS.find((u) => value.startsWith(u, i));
    if (unit) i += unit.length;
    total += Number(m[1]) * USEC[unit ? CANONICAL[unit] : bareUnit];
  }
  return total;
}

export function formatTimespan(micros: number): string {
  let rest = Math.round(micros);
  if (rest === 0) return '0';
  const parts: string[] = [];
  for (const [name, size] of OUTPUT) {
    if (rest >= size) {
      parts.push(`${Math.floor(rest / size)}${name}`);
      rest %= size;
    }
  }
  return parts.join(' ');
}

/** One hint after each time span whose normalized form differs from what is written; only on the lines of `range` when given. */
export function timespanHints(a: AnalyzedDocument, range?: Range): InlayHint[] {
  if (a.doc.dialect !== 'systemd') return [];
  const hints: InlayHint[] = [];
  for (const section of a.doc.sections) {
    if (range && (section.range.end.line < range.start.line || section.range.start.line > range.end.line)) continue;
    for (const entry of section.entries) {
      if (range && (entry.range.end.line < range.start.line || entry.range.start.line > range.end.line)) continue;
      const spec = findDirective(a.support.schema, entry.key, section.name);
      if (spec?.value.kind !== 'timespan') continue;
      const micros = timespanMicros(entry.value, spec.value.label?.includes('nanoseconds') ? 'ns' : 's');
      if (micros === undefined) continue;
      const shown = formatTimespan(micros);
      if (shown.replace(/\s/g, '') === entry.value.replace(/\s/g, '')) continue;
      hints.push({ position: entry.valueRange.end, label: `= ${shown}`, kind: InlayHintKind.Parameter, paddingLeft: true });
    }
  }
  return hints;
}
