// The file: URI of an absolute path, as node's pathToFileURL(path).href writes it, without node:url,
// so that the core runs in a browser too. Bytes outside printable ASCII and the characters a URL
// path cannot carry literally are percent-encoded as UTF-8.

/** Printable ASCII that the URL path percent-encode set (and pathToFileURL's extra rules) escape. */
const ESCAPED = new Set([' ', '"', '#', '%', '<', '>', '?', '[', '\\', ']', '^', '`', '{', '|', '}', '~']);

/** `path` is absolute and resolved (no `.`, `..` or `//` segments), as the catalog and rules hold them. */
export function fileUriOf(path: string): string {
  let out = 'file://';
  for (const char of path) {
    const code = char.codePointAt(0) ?? 0;
    if (code > 0x20 && code < 0x7f && !ESCAPED.has(char)) out += char;
    else out += encodeURIComponent(char).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  }
  return out;
}
