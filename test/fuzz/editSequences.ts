// Random starting documents and the didChange notifications that edit them, shared by the sync and
// incremental-analysis suites.
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { applyChange, randomChange } from './edits';
import { generateCase, loadCorpus } from './generate';
import type { Rng } from './prng';

export interface Start {
  name: string;
  languageId: string;
  text: string;
}

/** A starting document: a small real file, or a generated (maybe mutated) one. */
export function startingPoint(rng: Rng): Start {
  const small = loadCorpus(false).filter((f) => f.text.length < 4000);
  if (small.length && rng.chance(0.6)) {
    const file = rng.pick(small);
    const base = file.name.slice(file.name.lastIndexOf('/') + 1);
    return file.dialect === 'systemd'
      ? { name: base.includes('.') && !base.endsWith('.conf') ? base : 'edited.service', languageId: 'systemd-unit', text: file.text }
      : { name: 'supervisord.conf', languageId: 'supervisor-conf', text: file.text };
  }
  for (;;) {
    const c = generateCase(rng.int(2 ** 31), { hostFiles: false });
    if (c.text.length > 8000) continue;
    return c.dialect === 'systemd'
      ? { name: 'generated.service', languageId: 'systemd-unit', text: c.text }
      : { name: 'supervisord.conf', languageId: 'supervisor-conf', text: c.text };
  }
}

/** One didChange notification's worth of changes (each relative to the text after the previous one). */
export function notification(rng: Rng, text: string): { changes: TextDocumentContentChangeEvent[]; text: string } {
  const changes: TextDocumentContentChangeEvent[] = [];
  for (let k = rng.weighted([[6, 1], [3, 2], [1, 4]] as const); k > 0; k--) {
    const change = randomChange(rng, text);
    changes.push(change);
    text = applyChange(text, change);
  }
  return { changes, text };
}
