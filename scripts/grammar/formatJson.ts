// Grammar JSON in the hand-written layout, so regenerating the grammars keeps their diffs small:
// an object of plain values sits on one line (`{ "a": 1 }`) inside a list or deeper than the
// repository's own rules.
export function formatJson(value: unknown, indent = '', inList = false): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const isArray = Array.isArray(value);
  const entries: [string, unknown][] = isArray ? value.map((v) => ['', v]) : Object.entries(value);
  const [open, close] = isArray ? ['[', ']'] : ['{', '}'];
  if (entries.length === 0) return open + close;
  const key = (k: string) => (isArray ? '' : `${JSON.stringify(k)}: `);
  const leaf = !isArray && entries.every(([, v]) => v === null || typeof v !== 'object');
  if (leaf && (inList || indent.length > 4)) return `{ ${entries.map(([k, v]) => key(k) + JSON.stringify(v)).join(', ')} }`;
  const inner = indent + '  ';
  return `${open}\n${entries.map(([k, v]) => inner + key(k) + formatJson(v, inner, isArray)).join(',\n')}\n${indent}${close}`;
}
