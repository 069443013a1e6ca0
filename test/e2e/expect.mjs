// Small helpers the e2e suites share: where a line is in a fixture, what our manifest declares,
// which colours the editor gave to rendered tokens.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './harness.mjs';

/** 1-based line number of the first line matching `re` (a RegExp or a predicate; throws when none does). */
export function lineOf(text, re) {
  const match = typeof re === 'function' ? re : (l) => re.test(l);
  const i = text.split('\n').findIndex(match);
  if (i < 0) throw new Error(`no line matches ${re}`);
  return i + 1;
}

/** The TextMate scope name our manifest gives the grammar of a language id. */
export function grammarScope(languageId) {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const grammar = (manifest.contributes?.grammars ?? []).find((g) => g.language === languageId);
  if (!grammar) throw new Error(`package.json declares no grammar for ${languageId}`);
  return grammar.scopeName;
}

/** The set of token colour classes (mtkN) on the rendered lines whose text is one of `lines`. */
export async function tokenClasses(wb, lines) {
  const classes = await wb.editor.locator('.view-line').evaluateAll((els, wanted) =>
    els.filter((el) => wanted.includes((el.textContent || '').replace(/\u00a0/g, ' ').trim()))
      .flatMap((el) => [...el.querySelectorAll('span span')].map((s) => [...s.classList].find((c) => /^mtk\d+$/.test(c)) || '')),
  lines);
  return new Set(classes.filter(Boolean));
}
