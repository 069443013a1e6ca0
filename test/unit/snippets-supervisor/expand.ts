// Expands a VS Code snippet body the way inserting it without edits would: every placeholder
// takes its default, a choice its first option, a bare tab stop nothing; escapes are undone.
export function expandSnippet(body: string | string[]): string {
  const text = Array.isArray(body) ? body.join('\n') : body;
  return expand(text);
}

function expand(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\' && i + 1 < text.length && '$}\\,|'.includes(text[i + 1])) { out += text[++i]; continue; }
    if (c !== '$') { out += c; continue; }
    const bare = /^\$(\d+)/.exec(text.slice(i));
    if (bare) { i += bare[0].length - 1; continue; }
    if (text[i + 1] !== '{') { out += c; continue; }
    const end = closing(text, i + 2);
    const inner = text.slice(i + 2, end);
    i = end;
    const choice = /^\d+\|((?:\\.|[^\\|])*)\|$/.exec(inner);
    if (choice) { out += expand(firstChoice(choice[1])); continue; }
    const placeholder = /^\d+:([\s\S]*)$/.exec(inner);
    if (placeholder) { out += expand(placeholder[1]); continue; }
  }
  return out;
}

function firstChoice(options: string): string {
  let out = '';
  for (let i = 0; i < options.length; i++) {
    if (options[i] === '\\') { out += options[i] + (options[i + 1] ?? ''); i++; continue; }
    if (options[i] === ',') break;
    out += options[i];
  }
  return out;
}

/** Index of the `}` closing a `${` whose body starts at `from`. */
function closing(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\') { i++; continue; }
    if (text[i] === '{' && text[i - 1] === '$') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  throw new Error(`unclosed \${ in snippet: ${text.slice(from - 2, from + 30)}`);
}
