// Schema text (summaries, labels, details) is plain words with `code` spans and nothing else of
// Markdown. Hover and completion documentation render it as Markdown, so everything outside the
// spans is escaped (`Mon..Fri *-*-* 09:00` must not turn into emphasis); plain-text places
// (completion details, diagnostics) show it without the backticks.

interface Piece {
  code: boolean;
  text: string;
}

/** Splits text into plain runs and code spans, pairing backtick runs of equal length as CommonMark does. */
export function splitCodeSpans(text: string): Piece[] {
  const pieces: Piece[] = [];
  let plain = '';
  let i = 0;
  while (i < text.length) {
    if (text[i] !== '`') { plain += text[i++]; continue; }
    let run = 1;
    while (text[i + run] === '`') run++;
    const fence = '`'.repeat(run);
    // The closing run must have exactly the same length.
    let close = text.indexOf(fence, i + run);
    while (close >= 0 && (text[close + run] === '`' || text[close - 1] === '`')) {
      let end = close;
      while (text[end] === '`') end++;
      close = text.indexOf(fence, end);
    }
    if (close < 0) { plain += fence; i += run; continue; }
    if (plain) pieces.push({ code: false, text: plain });
    plain = '';
    let content = text.slice(i + run, close);
    if (content.length >= 2 && content.startsWith(' ') && content.endsWith(' ') && content.trim()) content = content.slice(1, -1);
    pieces.push({ code: true, text: content });
    i = close + run;
  }
  if (plain) pieces.push({ code: false, text: plain });
  return pieces;
}

/** The text as a reader sees it: code spans without their backticks. */
export function plainText(text: string): string {
  return splitCodeSpans(text).map((p) => p.text).join('');
}

/**
 * Backslash-escapes what Markdown (CommonMark with GitHub's tables, strikethrough and autolinks,
 * as VS Code renders hovers) could read as markup, so that the text shows literally.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~&#!]/g, '\\$&')
    // Only at the start of a line do these begin a list, quote, heading or rule.
    .replace(/^([ \t]*)([-+=])/gm, '$1\\$2')
    .replace(/^([ \t]*\d+)([.)])/gm, '$1\\$2');
}

/** `text` as one code span, with a fence longer than any backtick run inside it. */
export function codeSpan(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || (text.startsWith(' ') && text.endsWith(' ') && text.trim() !== '') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** Schema text as Markdown: plain runs escaped, code spans kept as code. */
export function inlineMarkdown(text: string): string {
  return splitCodeSpans(text).map((p) => (p.code ? codeSpan(p.text) : escapeMarkdown(p.text))).join('');
}
