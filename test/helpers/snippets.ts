// Expands a VS Code snippet body the way accepting every default would.

export function expandSnippet(body: string | string[]): string {
  const text = Array.isArray(body) ? body.join('\n') : body;
  return text
    .replace(/\$\{\d+\|([^,|]*)[^|]*\|\}/g, '$1')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\{[A-Z_]+(?::([^}]*))?\}/g, (_, fallback: string | undefined) => fallback ?? 'name')
    .replace(/\$\d+/g, '');
}
