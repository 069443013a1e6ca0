// Markdown from roff blocks: paragraphs, lists, tables and code blocks, settings as code spans,
// man page references and footnoted links as links. Every character of the page's text goes
// through escapeMarkdown or codeSpan, so the reader sees what the manual says, not markup.
import { codeSpan, escapeMarkdown } from '../inlineText';
import type { Block } from './roffBlocks';
import type { Run } from './roffInline';

export interface RenderContext {
  /** Footnote number to URL (the page's NOTES). */
  footnotes: Map<number, string>;
  /** The URL of man page `name`(`section`). */
  manPageUrl(name: string, section: string): string;
}

/** A setting (`Name=`, `Name=value`), an environment variable or a path: shown as code. */
const CODE_LIKE = /^(?:[A-Z][A-Za-z0-9]*=\S*|\$[A-Z_][A-Z0-9_]*|\/\S*)$/;
const MAN_NAME = /^[A-Za-z0-9_][\w.:@+-]*$/;
const MAN_SECTION = /^\((\d[a-z]*)\)/;

/** Merges neighbouring runs that look the same and squeezes white space, as filling does. */
function normalize(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    const text = run.text === '\n' ? '\n' : run.text.replace(/[ \t\u00a0]+/g, ' ');
    const last = out[out.length - 1];
    if (last && text !== '\n' && last.text !== '\n' && last.font === run.font && last.footnote === run.footnote && last.href === run.href) last.text += text;
    else out.push({ ...run, text });
  }
  return out;
}

function link(text: string, url: string): string {
  return `[${text}](${url.replace(/[()<> ]/g, (c) => encodeURIComponent(c))})`;
}

/** `text` in `font`, with surrounding spaces kept outside the emphasis markers. */
function styled(text: string, font: Run['font']): string {
  const body = text.trim();
  const lead = text.slice(0, text.length - text.trimStart().length);
  const trail = text.slice(text.trimEnd().length);
  if (!body) return text;
  if (font === 'C' || ((font === 'I' || font === 'B') && CODE_LIKE.test(body))) return lead + codeSpan(body) + trail;
  const escaped = escapeMarkdown(body);
  if (font === 'B') return `${lead}**${escaped}**${trail}`;
  if (font === 'I') return `${lead}*${escaped}*${trail}`;
  return lead + escaped + trail;
}

/** One paragraph's runs as inline Markdown on one line (`.br` becomes a hard break). */
export function renderRuns(input: Run[], ctx: RenderContext): string {
  const runs = normalize(input);
  let out = '';
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i];
    if (run.text === '\n') { out += '\\\n'; continue; }
    const next = runs[i + 1];
    const section = next && MAN_SECTION.exec(next.text);
    if (run.font === 'B' && section && MAN_NAME.test(run.text.trim())) {
      const name = run.text.trim();
      out += link(escapeMarkdown(`${name}(${section[1]})`), ctx.manPageUrl(name, section[1]));
      next.text = next.text.slice(section[0].length);
      continue;
    }
    const url = run.href ?? (run.footnote !== undefined ? ctx.footnotes.get(run.footnote) : undefined);
    if (url && run.text.trim()) {
      let text = run.text;
      // A link may span several fonts: take every run that points at the same place.
      while (runs[i + 1] && runs[i + 1].text !== '\n' && (runs[i + 1].href ?? runs[i + 1].footnote) === (run.href ?? run.footnote)) text += runs[++i].text;
      out += link(escapeMarkdown(text.trim()), url);
      continue;
    }
    out += styled(run.text, run.font);
  }
  return out.trim();
}

/** A table cell is one line, and GitHub tables split on `|` even inside code spans. */
function cell(runs: Run[], ctx: RenderContext): string {
  return renderRuns(runs, ctx).replace(/\\\n/g, ' ').replace(/(?<!\\)\|/g, '\\|') || ' ';
}

function indentLines(text: string, prefix: string, first: string): string {
  return text.split('\n').map((line, i) => (i === 0 ? first : line ? prefix : '') + line).join('\n');
}

function renderBlock(block: Block, ctx: RenderContext): string {
  switch (block.kind) {
    case 'paragraph': return renderRuns(block.runs, ctx);
    case 'heading': return `**${renderRuns(block.runs, ctx)}**`;
    case 'code': {
      const longest = Math.max(2, ...[...block.text.matchAll(/`+/g)].map((m) => m[0].length));
      const fence = '`'.repeat(longest + 1);
      return `${fence}\n${block.text}\n${fence}`;
    }
    case 'list':
      return block.items.map((item, n) => {
        const marker = block.ordered ? `${n + 1}. ` : '- ';
        const body = renderBlocks(item, ctx) || ' ';
        return indentLines(body, ' '.repeat(marker.length), marker);
      }).join('\n');
    case 'definition': {
      const body = renderBlocks(block.body, ctx);
      const term = renderRuns(block.term, ctx);
      return indentLines(body ? `${term}\n\n${body}` : term, '  ', '- ');
    }
    case 'table': {
      if (block.rows.length === 0) return '';
      const width = block.rows[0].length;
      const line = (row: Run[][]) => `| ${row.map((c) => cell(c, ctx)).join(' | ')} |`;
      const [head, ...rest] = block.header ? block.rows : [block.rows[0].map(() => []), ...block.rows];
      return [line(head), `|${' --- |'.repeat(width)}`, ...rest.map(line)].join('\n');
    }
  }
}

/** Blocks as Markdown, separated by blank lines. */
export function renderBlocks(blocks: Block[], ctx: RenderContext): string {
  return blocks.map((b) => renderBlock(b, ctx)).filter((text) => text.trim() !== '').join('\n\n');
}
