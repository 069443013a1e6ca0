// The `Key=value` assignments of one section of a systemd-style file, in order, for the few values
// the commands need (ServiceName=, Name=). Comments and other sections are skipped; a line that
// continues with `\` is read up to its first line, which is enough for a name.
const MAX_LINES = 100_000;

export function sectionValues(text: string, section: string, key: string): string[] {
  const values: string[] = [];
  let current = '';
  const lines = text.split(/\r?\n/, MAX_LINES);
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
    const header = /^\[([^\]]*)\]$/.exec(line);
    if (header) {
      current = header[1];
      continue;
    }
    if (current !== section) continue;
    const eq = line.indexOf('=');
    if (eq <= 0 || line.slice(0, eq).trim() !== key) continue;
    values.push(line.slice(eq + 1).replace(/\\$/, '').trim());
    if (values.length >= 1000) break;
  }
  return values;
}
