// Hover and completion documentation are Markdown; every value, example and summary in them must
// reach the reader literally. Each document is rendered with markdown-it (CommonMark with GitHub's
// tables, the way VS Code renders hovers) and its visible text must hold every piece we put in.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import type { MarkupContent } from 'vscode-languageserver-types';
import { hover } from '../../../server/src/features/hover';
import { codeSpan, inlineMarkdown, plainText, splitCodeSpans } from '../../../server/src/features/inlineText';
import { directiveMarkdown, enumValueMarkdown, sectionMarkdown } from '../../../server/src/features/markdown';
import { specifierMarkdown } from '../../../server/src/features/specifiers';
import { supervisorSchema } from '../../../server/src/schema/supervisor';
import { systemdSchema } from '../../../server/src/schema/systemd';
import { systemdSpecifiers } from '../../../server/src/schema/systemd/directives.generated';
import type { DirectiveSpec } from '../../../server/src/schema/types';
import { analyzeMarked } from '../../helpers/analyzeText';
import { translatorFor } from '../../../server/src/l10n/translator';

interface Token { type: string; content: string; children: Token[] | null }
// markdown-it comes with @vscode/vsce and has no type declarations here; only parse() is used.
const MarkdownIt = createRequire(__filename)('markdown-it') as new () => { parse(text: string, env: object): Token[] };
const md = new MarkdownIt();

/** What a reader sees: the text and code of every inline run, one block per line; raw HTML fails. */
function rendered(markdown: string): string {
  const out: string[] = [];
  for (const token of md.parse(markdown, {})) {
    if (token.type !== 'inline') continue;
    let line = '';
    for (const child of token.children ?? []) {
      assert.ok(!child.type.startsWith('html'), `raw HTML in:\n${markdown}`);
      if (child.type === 'text' || child.type === 'code_inline') line += child.content;
      else if (child.type === 'softbreak' || child.type === 'hardbreak') line += ' ';
    }
    out.push(line);
  }
  return out.join('\n');
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

function assertShows(markdown: string, pieces: (string | undefined)[], what: string): void {
  const seen = squash(rendered(markdown));
  for (const piece of pieces) {
    if (!piece) continue;
    assert.ok(seen.includes(squash(piece)), `${what}: "${piece}" is not shown literally.\nMarkdown:\n${markdown}\nRendered:\n${seen}`);
  }
}

function directivePieces(d: DirectiveSpec, separator: string): (string | undefined)[] {
  return [
    d.name + separator, plainText(d.summary), d.details && plainText(d.details), d.value.label && plainText(d.value.label),
    d.default, d.defaultFrom, d.replacement, ...(d.expansions ?? []).map((e) => `%(${e})s`),
    ...(d.value.values ?? []).flatMap((v) => [v.name, v.summary && plainText(v.summary)]),
  ];
}

describe('hover Markdown shows values literally', () => {
  it('OnCalendar= shows its example Mon..Fri *-*-* 09:00 as written', () => {
    const { analyzed, marked } = analyzeMarked('file:///x.timer', '[Timer]\nOnCal$0endar=daily\n');
    const result = hover(analyzed, marked.cursor, 252);
    const text = (result?.contents as MarkupContent).value;
    assert.match(rendered(text), /Mon\.\.Fri \*-\*-\* 09:00/);
  });

  it('every systemd and supervisor directive, value and section', () => {
    for (const schema of [systemdSchema, supervisorSchema]) {
      for (const d of schema.directives) {
        assertShows(directiveMarkdown(d, '=', schema.dialect === 'systemd' ? 252 : '4.2.5'), directivePieces(d, '='), d.name);
        for (const v of d.value.values ?? []) {
          assertShows(enumValueMarkdown(d, v), [`${d.name}=${v.name}`, v.summary && plainText(v.summary)], `${d.name}=${v.name}`);
        }
      }
      for (const s of schema.sections) assertShows(sectionMarkdown(s), [`[${s.name}`, plainText(s.summary)], s.name);
    }
  });

  it('every specifier', () => {
    for (const s of systemdSpecifiers) assertShows(specifierMarkdown(s), [`%${s.letter}`, plainText(s.meaning)], `%${s.letter}`);
  });

  it('a supervisor expansion the user wrote, whatever its name', () => {
    const { analyzed, marked } = analyzeMarked('file:///etc/supervisor/conf.d/a.conf', '[program:a]\ncommand=/bin/a %(we*ird_na*me)$0s\n');
    const result = hover(analyzed, marked.cursor, 252);
    assertShows((result?.contents as MarkupContent).value, ['%(we*ird_na*me)s', 'command'], 'expansion');
  });

  it('text that looks like Markdown, and values holding backticks and pipes', () => {
    const d: DirectiveSpec = {
      name: 'X_Test', placements: [{ section: 'Service', status: 'active' }], repeatable: false, manual: 'https://example.org/#X',
      summary: '*bold* _it_ <b>tag</b> [link](http://x) ~~gone~~ &amp; # not a heading | pipe \\ back `code *kept*`',
      value: { kind: 'enum', label: '`a|b` or <c>', values: [{ name: 'a`b', summary: '1. not a list' }, { name: '`x`', summary: '- no bullet' }, { name: 'p|q' }] },
      default: '*-*-*',
    };
    assertShows(directiveMarkdown(d, '='), directivePieces(d, '='), 'synthetic');
    assert.equal(plainText('`a` b ``c`d``'), 'a b c`d');
  });
});

describe('inline text helpers', () => {
  it('fences a code span longer than the backticks inside it', () => {
    assert.equal(codeSpan('a`b'), '``a`b``');
    assert.equal(codeSpan('`x`'), '`` `x` ``');
    assert.deepEqual(splitCodeSpans('a `b` c').map((p) => p.code), [false, true, false]);
    assert.equal(inlineMarkdown('lone ` tick'), 'lone \\` tick');
  });
});

describe('directive documentation, rendered once', () => {
  it('keeps apart what the separator, release, section and language change', () => {
    const failureAction = systemdSchema.directives.find((d) => d.name === 'FailureAction')!;
    const inUnit = directiveMarkdown(failureAction, '=', 252, 'Unit');
    const inService = directiveMarkdown(failureAction, '=', 252, 'Service');
    assert.doesNotMatch(inUnit, /\*\*Deprecated\*\*/);
    assert.match(inService, /\*\*Deprecated\*\*/);
    assert.equal(directiveMarkdown(failureAction, '=', 252, 'Unit'), inUnit);
    assert.match(directiveMarkdown(failureAction, ' = ', 252, 'Unit'), /^\*\*FailureAction = \*\*/);
    const type = systemdSchema.directives.find((d) => d.name === 'Type')!;
    assert.notEqual(directiveMarkdown(type, '=', 239, 'Service'), directiveMarkdown(type, '=', 252, 'Service'));
    assert.notEqual(directiveMarkdown(type, '=', 252, 'Service', translatorFor('zh-cn')), directiveMarkdown(type, '=', 252, 'Service'));
  });
});
