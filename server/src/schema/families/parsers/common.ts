// Parsers every family shares with units: same syntax, so the same validators (values/systemd).
import type { ValueSpec } from '../../types';

const LOG_LEVELS = ['emerg', 'alert', 'crit', 'err', 'warning', 'notice', 'info', 'debug'];

export const commonParsers: Readonly<Record<string, ValueSpec>> = {
  bool: { kind: 'boolean', label: 'boolean' },
  tristate: { kind: 'boolean', label: 'boolean (empty: unset)' },
  sec: { kind: 'timespan', label: 'time span (bare number: seconds)' },
  iec_uint64: { kind: 'bytes', label: 'byte size (K, M, G, T, P, E: base 1024)' },
  iec_size: { kind: 'bytes', label: 'byte size (K, M, G, T, P, E: base 1024)' },
  unsigned: { kind: 'integer', min: 0, label: 'non-negative integer' },
  uint64: { kind: 'integer', min: 0, label: 'non-negative integer' },
  uint32: { kind: 'integer', min: 0, max: 4294967295, label: 'non-negative integer' },
  uint16: { kind: 'integer', min: 0, max: 65535, label: 'non-negative integer' },
  uint8: { kind: 'integer', min: 0, max: 255, label: 'non-negative integer' },
  log_level: { kind: 'enum', values: LOG_LEVELS.map((name) => ({ name })), min: 0, max: 7, label: 'log level' },
  path: { kind: 'path', label: 'absolute path' },
  string: { kind: 'text', label: 'text' },
  strv: { kind: 'text', list: true, label: 'list of words' },
  warn_compat: { kind: 'text', label: 'obsolete: accepted with a warning, has no effect' },
};
