// Unit names for converted programs and groups: supervisor allows characters in a name that a
// unit name does not, and those are written the way systemd-escape writes them (`\xNN`).

const UNIT_NAME_CHAR = /[A-Za-z0-9:_.\\-]/;

export function escapeUnitName(name: string): string {
  let out = '';
  for (const ch of name) {
    if (UNIT_NAME_CHAR.test(ch) && ch !== '\\') { out += ch; continue; }
    for (const byte of new TextEncoder().encode(ch)) out += `\\x${byte.toString(16).padStart(2, '0')}`;
  }
  // A leading dot makes a hidden file that systemd skips.
  return out.startsWith('.') ? `\\x2e${out.slice(1)}` : out;
}

/** `web.service`, or `worker@.service` for a program with several copies. */
export function serviceFileName(program: string, template: boolean): string {
  return `${escapeUnitName(program)}${template ? '@' : ''}.service`;
}

/** The units a program starts: the service, or one instance per copy. */
export function serviceUnits(program: string, instances: readonly string[]): string[] {
  const base = escapeUnitName(program);
  return instances.length ? instances.map((i) => `${base}@${i}.service`) : [`${base}.service`];
}
