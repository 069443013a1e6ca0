// The formatting property: formatting a file changes nothing a daemon reads (section names, keys,
// values after joining continuations, their order) and formatting the result again changes nothing.
// Checked independently of the formatter's own re-parse, which would otherwise hide its mistakes.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { classify } from '../../server/src/classify/classify';
import { formatDocument, applyEdits } from '../../server/src/features/formatting';
import { parse } from '../../server/src/parse';
import type { Dialect } from '../../server/src/parse/model';
import { fileUriOf } from '../../server/src/util/fileUri';

export interface FormatCheck {
  /** Why the property does not hold, or undefined when it does. */
  failure?: string;
  changed: boolean;
}

function entriesOf(text: string, dialect: Dialect): string[] {
  const doc = parse(text, dialect);
  const out = doc.orphanEntries.map((e) => `(none) ${e.key}=${JSON.stringify(e.value)}`);
  for (const section of doc.sections) {
    out.push(`[${section.name}]`);
    for (const e of section.entries) out.push(`${e.key}=${JSON.stringify(e.value)}`);
  }
  return out;
}

function formatOnce(text: string, dialect: Dialect): { text: string; refused?: string } {
  const doc = parse(text, dialect);
  const result = formatDocument(doc, {});
  return { text: applyEdits(doc, result.edits), refused: result.refused };
}

export function checkFormatting(text: string, dialect: Dialect): FormatCheck {
  const first = formatOnce(text, dialect);
  if (first.refused) return { failure: `refused: ${first.refused}`, changed: false };
  const before = entriesOf(text, dialect);
  const after = entriesOf(first.text, dialect);
  const changed = first.text !== text;
  for (let i = 0; i < Math.max(before.length, after.length); i++) {
    if (before[i] !== after[i]) return { failure: `entry ${i} was ${before[i]} and is ${after[i]}`, changed };
  }
  const second = formatOnce(first.text, dialect);
  if (second.text !== first.text) {
    const a = first.text.split('\n');
    const b = second.text.split('\n');
    const line = a.findIndex((l, i) => l !== b[i]);
    return { failure: `not idempotent at line ${line}: ${JSON.stringify(a[line])} became ${JSON.stringify(b[line])}`, changed };
  }
  return { changed };
}

/** Every file under the folders that the server takes for a unit or a supervisor config, with its dialect. */
export function configFilesUnder(folders: string[]): { path: string; dialect: Dialect; text: string }[] {
  const found: { path: string; dialect: Dialect; text: string }[] = [];
  const walk = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const path = join(dir, name);
      let stat;
      try {
        stat = statSync(path);
      } catch {
        continue; // a dangling link
      }
      if (stat.isDirectory()) walk(path);
      else if (stat.isFile()) {
        const text = readFileSync(path, 'utf8');
        const kind = classify(fileUriOf(path), text);
        if (kind) found.push({ path, dialect: kind.dialect, text });
      }
    }
  };
  folders.forEach(walk);
  return found;
}
