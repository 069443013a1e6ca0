// Hover on an LSB header: what a keyword means and what systemd-sysv-generator does with it, what
// a facility or runlevel stands for and the systemd unit it turns into.
import { MarkupKind, type Hover, type Position, type Range } from 'vscode-languageserver-types';
import type { Translator } from '../l10n/translator';
import { facilityFact, keywordFact, RUNLEVEL_TARGETS, RUNLEVELS, unitOfName } from './facts';
import type { InitScript } from './initScript';
import type { LsbEntry, LsbWord } from './lsbHeader';

export const SYSV_HOVER_TEXT = {
  underSystemd: '**Under systemd:** {text}',
  facilityUnit: 'systemd-sysv-generator orders the unit after `{unit}`.',
  facilityDropped: 'systemd-sysv-generator drops it: systemd mounts local file systems and starts the journal before any service.',
  otherTarget: 'A facility neither the LSB nor Debian defines: systemd-sysv-generator orders the unit after `{unit}`.',
  service: 'Another init script or service: systemd-sysv-generator orders the unit after `{unit}`.',
  serviceBefore: 'Another init script or service: systemd-sysv-generator orders the unit before `{unit}`.',
  self: 'This script itself: systemd-sysv-generator skips it.',
  runlevel: 'Runlevel {level}: {meaning}.',
  runlevelTarget: 'Under systemd: `{target}`.',
  runlevelNoTarget: 'systemd-sysv-generator makes no dependency for it.',
  provided: 'A name this script provides: systemd makes `{unit}` an alias of it.',
  providedTarget: 'A facility this script provides: the generated unit orders itself before `{unit}` and pulls it in.',
} as const;

const RUNLEVEL_MEANINGS: Readonly<Record<string, string>> = RUNLEVELS;

function contains(range: Range, position: Position): boolean {
  return position.line === range.start.line && position.character >= range.start.character && position.character <= range.end.character;
}

function markdown(lines: string[], range: Range): Hover {
  return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n\n') }, range };
}

function wordHover(script: InitScript, entry: LsbEntry, word: LsbWord, t: Translator): Hover {
  const keyword = entry.keyword.toLowerCase();
  if (keyword === 'default-start' || keyword === 'default-stop') {
    const level = word.text.toUpperCase();
    const meaning = RUNLEVEL_MEANINGS[level];
    if (!meaning) return markdown([`\`${word.text}\``], word.range);
    const target = RUNLEVEL_TARGETS[level];
    return markdown([
      t.format(SYSV_HOVER_TEXT.runlevel, { level, meaning: t.schema(meaning) }),
      target && keyword === 'default-start' ? t.format(SYSV_HOVER_TEXT.runlevelTarget, { target }) : t.format(SYSV_HOVER_TEXT.runlevelNoTarget),
    ], word.range);
  }
  const fact = word.text.startsWith('$') ? facilityFact(word.text) : undefined;
  const lines = [`\`${word.text}\``];
  if (fact) lines.push(t.schema(fact.summary));
  const unit = unitOfName(word.text);
  if (keyword === 'provides') {
    lines.push(unit?.endsWith('.target') ? t.format(SYSV_HOVER_TEXT.providedTarget, { unit }) : word.text === script.name ? t.format(SYSV_HOVER_TEXT.self) : t.format(SYSV_HOVER_TEXT.provided, { unit: unit ?? '' }));
  } else if (!word.text.startsWith('$') && word.text.replace(/\.sh$/, '') === script.name) {
    lines.push(t.format(SYSV_HOVER_TEXT.self));
  } else if (!unit) {
    lines.push(t.format(SYSV_HOVER_TEXT.facilityDropped));
  } else if (fact) {
    lines.push(t.format(SYSV_HOVER_TEXT.facilityUnit, { unit }));
  } else if (word.text.startsWith('$')) {
    lines.push(t.format(SYSV_HOVER_TEXT.otherTarget, { unit }));
  } else {
    lines.push(t.format(keyword === 'x-start-before' ? SYSV_HOVER_TEXT.serviceBefore : SYSV_HOVER_TEXT.service, { unit }));
  }
  return markdown(lines, word.range);
}

export function sysvHover(script: InitScript, position: Position, t: Translator): Hover | null {
  for (const entry of script.header?.entries ?? []) {
    if (entry.range.start.line !== position.line) continue;
    if (contains(entry.keywordRange, position)) {
      const fact = keywordFact(entry.keyword);
      if (!fact) return null;
      return markdown([`**${fact.name}**`, t.schema(fact.summary), t.format(SYSV_HOVER_TEXT.underSystemd, { text: t.schema(fact.systemd) })], entry.keywordRange);
    }
    const word = entry.words.find((w) => contains(w.range, position));
    if (!word) return null;
    const keyword = keywordFact(entry.keyword);
    if (!keyword || keyword.value === 'text' || keyword.value === 'boolean') return null;
    return wordHover(script, entry, word, t);
  }
  return null;
}
