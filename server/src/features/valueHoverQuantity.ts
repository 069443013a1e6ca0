// Hover on a time span or a byte size: the value as systemd reads it (`90` is 1min 30s, `1.5G` is
// 1610612736 bytes), so that a bare number's unit and a decimal's effect are plain to see.
import type { Hover } from 'vscode-languageserver-types';
import { isSize } from '../values/systemd/bytes';
import { codeSpan, escapeMarkdown } from './inlineText';
import { formatTimespan, timespanMicros } from './timespanHints';
import { valueMarkdown, type ValueHoverContext } from './valueHoverContext';

const SIZE_FACTORS: Record<string, number> = { B: 1, K: 2 ** 10, M: 2 ** 20, G: 2 ** 30, T: 2 ** 40, P: 2 ** 50, E: 2 ** 60 };

/** Bytes of a size as systemd's parse_size() reads it (base 1024); undefined when it is not one. */
export function sizeBytes(value: string): number | undefined {
  if (!isSize(value)) return undefined;
  let total = 0;
  for (const m of value.matchAll(/([0-9]+(?:\.[0-9]*)?|\.[0-9]+)[ \t]*([KMGTPEB]?)/g)) total += Number(m[1]) * SIZE_FACTORS[m[2] || 'B'];
  return Math.floor(total);
}

/** `1.5 GiB`: the largest unit that leaves at least 1, to two decimals at most. */
export function formatBytes(bytes: number): string {
  const units = ['EiB', 'PiB', 'TiB', 'GiB', 'MiB', 'KiB'];
  for (const [i, unit] of units.entries()) {
    const size = 2 ** (60 - 10 * i);
    if (bytes >= size) return `${Number((bytes / size).toFixed(2))} ${unit}`;
  }
  return `${bytes} B`;
}

function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function quantityHover(context: ValueHoverContext): Hover | null {
  const { entry, directive } = context;
  const { kind } = directive.value;
  if (kind !== 'timespan' && kind !== 'bytes') return null;
  const trimmed = entry.value.trim();
  const start = entry.value.indexOf(trimmed);
  const title = `**${escapeMarkdown(`${directive.name}=${trimmed}`)}**`;
  if (kind === 'timespan') {
    if (trimmed === 'infinity') return valueMarkdown(context, `${title}\n\nNo limit: the time never runs out.`, start, start + trimmed.length);
    const nanoseconds = directive.value.label?.includes('nanoseconds') === true;
    const micros = timespanMicros(trimmed, nanoseconds ? 'ns' : 's');
    if (micros === undefined) return null;
    const bare = /^[0-9.]+$/.test(trimmed) ? ` A number without a unit counts ${nanoseconds ? 'nanoseconds' : 'seconds'}.` : '';
    const text = `${title}\n\nsystemd reads it as ${codeSpan(formatTimespan(micros))} (${grouped(Math.round(micros))} µs).${bare}`;
    return valueMarkdown(context, text, start, start + trimmed.length);
  }
  const bytes = sizeBytes(trimmed);
  if (bytes === undefined) return null;
  const text = `${title}\n\nsystemd reads it as ${grouped(bytes)} bytes (${formatBytes(bytes)}); \`K\`, \`M\`, \`G\`, ... count in steps of 1024.`;
  return valueMarkdown(context, text, start, start + trimmed.length);
}
