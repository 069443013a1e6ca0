// Values: quadlet's own checks (ExposeHostPort=, RemapUsers= is in combinations.ts) are errors; an
// enum word podman refuses when the service starts is an error too; a boolean quadlet cannot read is
// a warning, since quadlet silently takes it as false.
import type { Diagnostic } from 'vscode-languageserver-types';
import { FALSE_WORDS, TRUE_WORDS, valueKind } from '../../schema/quadlet/values';
import { closest } from '../../util/similar';
import { ERROR, replace, WARNING } from '../common/diagnostic';
import type { QuickFix } from '../types';
import { lookupAll, sectionsNamed, type QuadletCheck } from './context';
import { CODES, problem } from './problem';

/** Keys whose values combinations.ts judges with the keys around them. */
const CHECKED_ELSEWHERE = new Set(['RemapUsers', 'SetWorkingDirectory']);
const isBoolean = (word: string) => [...TRUE_WORDS, ...FALSE_WORDS].includes(word.toLowerCase());
/**
 * quadlet's port test (`\d+(-\d+)?(/udp|/tcp)?$`, unanchored at the start as quadlet.go writes it),
 * by hand: what is left once a `/udp` or `/tcp` suffix is cut must end with a digit.
 */
function isPortRange(value: string): boolean {
  const bare = value.endsWith('/udp') || value.endsWith('/tcp') ? value.slice(0, -4) : value;
  return /[0-9]$/.test(bare);
}

function unquoted(value: string): string {
  const v = value.trimEnd();
  return v.length >= 2 && v.startsWith('"') && v.endsWith('"') ? v.slice(1, -1) : v;
}

export const valueChecks: QuadletCheck = (context) => {
  const found: Diagnostic[] = [];
  for (const section of sectionsNamed(context.doc, context.main)) {
    for (const entry of section.entries) {
      const kind = valueKind(context.main, entry.key);
      const value = unquoted(entry.value);
      if (!kind || value === '' || CHECKED_ELSEWHERE.has(entry.key)) continue;
      if (kind.kind === 'boolean' && !isBoolean(value)) {
        const fixes: QuickFix[] = ['true', 'false'].map((w) => ({ title: `Change to ${w}`, edits: [replace(entry.valueRange, w)] }));
        found.push(problem(entry.valueRange, `${entry.key}= takes a boolean (true/false, yes/no, on/off, 1/0): quadlet reads '${value}' as false.`, WARNING, CODES.invalidValue, fixes));
      } else if (kind.kind === 'enum' && !kind.words.includes(value) && !(kind.booleans && isBoolean(value))) {
        if (kind.booleans) {
          // Notify=: quadlet compares `healthy` ignoring case and reads anything else as a boolean.
          if (kind.words.includes(value.toLowerCase())) continue;
          found.push(problem(entry.valueRange, `${entry.key}= takes ${kind.words.join(', ')} or a boolean: quadlet reads '${value}' as false.`, WARNING, CODES.invalidValue));
          continue;
        }
        const suggestions = closest(value, kind.words);
        const fixes: QuickFix[] = suggestions.map((w, i) => ({ title: `Change to ${w}`, preferred: i === 0, edits: [replace(entry.valueRange, w)] }));
        const message = kind.checkedBy === 'quadlet' ? `${entry.key}= takes ${kind.words.join(', ')}: quadlet refuses the file.`
          : `${entry.key}= takes ${kind.words.join(', ')}: podman refuses it when the service starts.`;
        found.push(problem(entry.valueRange, message, ERROR, CODES.invalidValue, fixes));
      }
    }
  }
  if (context.type === 'container') {
    for (const entry of lookupAll(context.doc, 'Container', 'ExposeHostPort')) {
      if (!isPortRange(entry.value.trim())) {
        found.push(problem(entry.valueRange, `ExposeHostPort= takes a port or range (80, 8000-8010, 53/udp): quadlet refuses '${entry.value.trim()}'.`, ERROR, CODES.invalidValue));
      }
    }
  }
  return found;
};
