// Unit names made from paths, as systemd's unit_name_from_path() and unit_name_to_path() make them:
// mounts, automounts and swaps must be named after their path.

const PLAIN = /^[A-Za-z0-9:_.]$/;

/** path_simplify() of an absolute path: no repeated slashes, no `.` components, no trailing slash. */
export function simplifyPath(path: string): string {
  return '/' + path.split('/').filter((p) => p !== '' && p !== '.').join('/');
}

/** systemd refuses to make a unit name from a path with `..` in it. */
export function hasDotDot(path: string): boolean {
  return path.split('/').includes('..');
}

function escapeByte(byte: number): string {
  return `\\x${byte.toString(16).padStart(2, '0')}`;
}

/** The unit name for an absolute path, or undefined where systemd cannot make one (`..`, relative) or hashes it (too long). */
export function unitNameFromPath(path: string, suffix: string): string | undefined {
  if (!path.startsWith('/')) return undefined;
  const simple = simplifyPath(path);
  if (simple === '/') return `-${suffix}`;
  const inner = simple.slice(1);
  if (hasDotDot(inner)) return undefined;
  let out = '';
  const bytes = new TextEncoder().encode(inner);
  bytes.forEach((byte, i) => {
    const c = String.fromCharCode(byte);
    if (c === '/') out += '-';
    else if (byte < 0x80 && PLAIN.test(c) && !(i === 0 && c === '.')) out += c;
    else out += escapeByte(byte);
  });
  const name = out + suffix;
  // Longer names are hashed by systemd; we do not judge those.
  return name.length >= 256 ? undefined : name;
}

/** The path a unit name stands for (`mnt-data.mount` -> `/mnt/data`), or undefined when it cannot be read. */
export function pathFromUnitName(name: string): string | undefined {
  const dot = name.lastIndexOf('.');
  const prefix = dot > 0 ? name.slice(0, dot) : name;
  if (prefix === '-') return '/';
  const bytes: number[] = [];
  for (let i = 0; i < prefix.length; i++) {
    const c = prefix[i];
    if (c === '-') bytes.push(0x2f);
    else if (c === '\\' && prefix[i + 1] === 'x' && /^[0-9a-fA-F]{2}$/.test(prefix.slice(i + 2, i + 4))) {
      bytes.push(parseInt(prefix.slice(i + 2, i + 4), 16));
      i += 3;
    } else if (c.charCodeAt(0) < 0x80) bytes.push(c.charCodeAt(0));
    else return undefined;
  }
  return '/' + new TextDecoder().decode(new Uint8Array(bytes));
}
