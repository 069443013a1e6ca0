// .nspawn's Bind=, BindReadOnly=, Overlay=, OverlayReadOnly= and TemporaryFileSystem=, as systemd 252's
// nspawn reads them (measured in test/agreement/families): one specification per line, split at ':'
// with backslash escapes and no quoting. A source may be relative (nspawn makes it absolute) or empty
// where a throw-away directory is meant; `+` before a source means "inside the container" and must be
// followed by an absolute path; destinations are absolute. Mount options are read only at start-up.
import { error } from '../../systemd/issue';
import type { ValueIssue, ValueValidator } from '../../types';

/** The parts of `value` between unescaped ':' (a backslash keeps the next character). */
function colonParts(value: string): string[] {
  const parts: string[] = [''];
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (ch === '\\') {
      if (i + 1 < value.length) parts[parts.length - 1] += value[++i];
    } else if (ch === ':') parts.push('');
    else parts[parts.length - 1] += ch;
  }
  return parts;
}

const absolute = (path: string) => path.startsWith('/');
/** A source: relative or absolute, or `+` and an absolute path; `empty` says whether it may be left out. */
const sourceOk = (path: string, empty: boolean) => (path === '' ? empty : path.startsWith('+') ? absolute(path.slice(1)) : true);

function refuse(value: string, message: string): ValueIssue[] {
  return [error(message, 0, value.length)];
}

/** Bind=, BindReadOnly=: SOURCE[:DESTINATION[:OPTIONS]]; alone, SOURCE (without `+`) is also the destination. */
export const validateNspawnBind: ValueValidator = (value, _spec, context) => {
  const v = value.trim();
  const [source, destination] = colonParts(v);
  const ok = destination === undefined ? sourceOk(source, false) && absolute(source.replace(/^\+/, ''))
    : sourceOk(source, true) && absolute(destination);
  return ok ? [] : refuse(v, `nspawn ignores ${context.key}=${v}: write [+]SOURCE[:DESTINATION[:OPTIONS]], with an absolute destination (alone, SOURCE must be absolute).`);
};

/** Overlay=, OverlayReadOnly=: LOWER:UPPER, or LOWER[:LOWER...]:UPPER:DESTINATION (UPPER may then be empty). */
export const validateNspawnOverlay: ValueValidator = (value, _spec, context) => {
  const v = value.trim();
  const parts = colonParts(v);
  const message = `nspawn ignores ${context.key}=${v}: write LOWER:UPPER, or LOWER...:UPPER:DESTINATION with an absolute destination (a + before a source needs an absolute path).`;
  if (parts.length < 2) return refuse(v, message);
  const ok = parts.length === 2 ? parts.every((p) => sourceOk(p, false))
    : parts.slice(0, -2).every((p) => sourceOk(p, false)) && sourceOk(parts[parts.length - 2], true) && absolute(parts[parts.length - 1]);
  return ok ? [] : refuse(v, message);
};

/** TemporaryFileSystem=: /PATH[:OPTIONS]. */
export const validateNspawnTmpfs: ValueValidator = (value, _spec, context) => {
  const v = value.trim();
  return absolute(colonParts(v)[0]) ? [] : refuse(v, `nspawn ignores ${context.key}=${v}: write an absolute PATH[:OPTIONS].`);
};
