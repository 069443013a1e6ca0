// How each supervisor datatype (a converter in supervisor's datatypes.py) is written, as a ValueSpec
// whose `kind` names a validator in server/src/values/supervisor/.
import type { EnumValue, ValueSpec } from '../types';
import { RAW_FACTS, type RawFact } from './options.generated';

const facts = (key: string): readonly RawFact[] => RAW_FACTS[key] ?? [];

const LEVEL_SUMMARIES: Readonly<Record<string, string>> = {
  critical: 'Only messages that need attention now.',
  error: 'Errors, and critical messages.',
  warn: 'Warnings and worse.',
  info: 'Normal operation: processes starting, exiting, being stopped (the default).',
  debug: 'Also what supervisord does internally, such as process output and signals sent.',
  trace: 'Even more detail than debug.',
  blather: 'Everything, including supervisord\'s own internals.',
};

const LOGFILE_SUMMARIES: Readonly<Record<string, string>> = {
  AUTO: 'A file that supervisord names and creates in `childlogdir`, removed again at the next start.',
  NONE: 'Do not keep a log file for this stream.',
  OFF: 'Same as `NONE`.',
  SYSLOG: 'Send the stream to syslog (deprecated since 4.0: use the `*_syslog` option).',
};

export const SIGNAL_NAMES: readonly string[] = facts('signal_number.name').map((f) => f.value);
export const EVENT_TYPES: readonly RawFact[] = facts('event_type.name');
export const LOG_LEVELS: readonly string[] = facts('logging_level.value').map((f) => f.value);
export const TRUE_WORDS: readonly string[] = facts('boolean.true_word').map((f) => f.value);
export const FALSE_WORDS: readonly string[] = facts('boolean.false_word').map((f) => f.value);

const COMMON_SIGNALS = ['TERM', 'INT', 'QUIT', 'HUP', 'KILL', 'USR1', 'USR2'];

const signalValues: EnumValue[] = [...COMMON_SIGNALS, ...SIGNAL_NAMES.filter((s) => !COMMON_SIGNALS.includes(s))]
  .map((name) => ({ name, summary: `Send SIG${name}.` }));

export const KINDS = {
  boolean: { kind: 'boolean', label: 'boolean' },
  integer: { kind: 'integer', label: 'integer' },
  byteSize: { kind: 'byte_size', label: 'byte size (`50MB`, `1KB`, `0`)' },
  octal: { kind: 'octal', label: 'octal mode (`022`, `0700`)' },
  signal: { kind: 'signal', label: 'signal name or number', values: signalValues },
  autoRestart: {
    kind: 'auto_restart', label: '`true`, `false` or `unexpected`', booleans: true, values: [
      { name: 'unexpected', summary: 'Restart only when the exit code is not listed in `exitcodes` (the default).' },
      { name: 'true', summary: 'Restart whenever the program exits.' },
      { name: 'false', summary: 'Never restart it.' },
    ],
  },
  loggingLevel: {
    kind: 'logging_level', label: 'log level',
    values: LOG_LEVELS.map((name) => ({ name, summary: LEVEL_SUMMARIES[name] })),
  },
  exitcodes: { kind: 'exitcodes', label: 'exit codes (`0,2`)', list: true, min: 0, max: 255 },
  logfile: {
    kind: 'logfile', label: 'log file: path, `AUTO` or `NONE`',
    values: facts('logfile_name.special').map((f) => ({ name: f.value === 'SYSLOG' ? 'syslog' : f.value,
      summary: LOGFILE_SUMMARIES[f.value] })).filter((v) => v.name !== 'OFF'),
  },
  environment: { kind: 'environment', label: '`KEY="value",KEY2="value"`' },
  url: { kind: 'url', label: 'URL (`unix:///path.sock`, `http://host:port`)' },
  childUrl: {
    kind: 'url', label: 'URL or `AUTO`',
    values: [{ name: 'AUTO', summary: 'Use the URL supervisord itself serves.' }],
  },
  inetAddress: { kind: 'inet_address', label: '`[host:]port`', min: 1, max: 65535 },
  processName: { kind: 'process_name', label: 'process name' },
  user: { kind: 'user', label: 'user name or uid' },
  userGroup: { kind: 'user_group', label: '`user[:group]`' },
  path: { kind: 'path', label: 'path' },
  directory: { kind: 'directory', label: 'existing folder' },
  filePath: { kind: 'file_path', label: 'file path (its folder must exist)' },
  string: { kind: 'string', label: 'text' },
  command: { kind: 'command', label: 'command line' },
  importSpec: { kind: 'import_spec', label: 'Python callable `module:attribute`' },
  stringList: { kind: 'string_list', label: 'comma-separated list', list: true },
  programList: { kind: 'program_list', label: 'comma-separated program names', list: true },
  events: {
    kind: 'events', label: 'comma-separated event types', list: true,
    values: EVENT_TYPES.map((f) => ({ name: f.value, since: f.since, summary: f.note ? 'Any event of this family.' : undefined })),
  },
  fcgiSocket: { kind: 'fcgi_socket', label: '`unix:///path` or `tcp://host:port`' },
  globs: { kind: 'globs', label: 'space-separated file globs' },
} satisfies Record<string, ValueSpec>;

const BY_DATATYPE: Readonly<Record<string, ValueSpec>> = {
  boolean: KINDS.boolean,
  integer: KINDS.integer,
  byte_size: KINDS.byteSize,
  octal_type: KINDS.octal,
  signal_number: KINDS.signal,
  auto_restart: KINDS.autoRestart,
  logging_level: KINDS.loggingLevel,
  list_of_exitcodes: KINDS.exitcodes,
  logfile_name: KINDS.logfile,
  dict_of_key_value_pairs: KINDS.environment,
  inet_address: KINDS.inetAddress,
  process_or_group_name: KINDS.processName,
  name_to_uid: KINDS.user,
  colon_separated_user_group: KINDS.userGroup,
  path: KINDS.path,
  existing_directory: KINDS.directory,
  existing_dirpath: KINDS.filePath,
  import_spec: KINDS.importSpec,
  list_of_strings: KINDS.stringList,
  str: KINDS.string,
};

/** Options whose syntax is narrower than their converter says (supervisor checks them elsewhere). */
const BY_OPTION: Readonly<Record<string, ValueSpec>> = {
  command: KINDS.command,
  'supervisorctl/serverurl': KINDS.url,
  serverurl: KINDS.childUrl,
  'supervisord/user': KINDS.user,
  directory: KINDS.path,
  'supervisord/directory': KINDS.directory,
  socket: KINDS.fcgiSocket,
  socket_backlog: { ...KINDS.integer, min: 1, max: 65535 },
  buffer_size: { ...KINDS.integer, min: 1 },
  numprocs: { ...KINDS.integer },
  events: KINDS.events,
  programs: KINDS.programList,
  files: KINDS.globs,
};

export function valueSpecFor(section: string, option: string, datatype: string): ValueSpec {
  return BY_OPTION[`${section}/${option}`] ?? BY_OPTION[option] ?? BY_DATATYPE[datatype] ?? KINDS.string;
}

