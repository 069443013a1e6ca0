// Small helpers to make value issues.
import type { ValueIssue } from '../types';
import { trimmed } from './python';

export function whole(value: string, message: string, severity: ValueIssue['severity'] = 'error'): ValueIssue[] {
  const { start, end } = trimmed(value);
  return [{ message, start, end: Math.max(end, start), severity }];
}

export function at(start: number, end: number, message: string, severity: ValueIssue['severity'] = 'error'): ValueIssue {
  return { message, start, end, severity };
}

/** Comma-separated items with their offsets, as `list_of_strings` splits them (items stripped). */
export function commaItems(value: string): { text: string; start: number; end: number }[] {
  const items: { text: string; start: number; end: number }[] = [];
  let from = 0;
  for (const part of value.split(',')) {
    const lead = part.length - part.trimStart().length;
    const text = part.trim();
    items.push({ text, start: from + lead, end: from + lead + text.length });
    from += part.length + 1;
  }
  return items;
}
