// Single-defect mutants of the base configurations: curated ones named after the defect, and
// systematic ones that put each value of a pool into each option, or delete each option.
import { parseSupervisor } from '../../../server/src/parse/supervisor';
import type { Entry } from '../../../server/src/parse/model';
import type { Base } from './bases';

export interface Config extends Base {
  /** What was changed, for the figures and failure messages. */
  mutation?: string;
  /** `machine`: supervisord refuses it because of this machine (a folder, an account), which we can only warn about. */
  kind: 'base' | 'curated' | 'systematic' | 'machine';
}

/** Options whose verdict depends on this machine (accounts, folders, importable modules), left out of systematic mutation. */
export const MACHINE_DEPENDENT = new Set([
  'user', 'chown', 'socket_owner', 'directory', 'childlogdir', 'logfile', 'pidfile', 'stdout_logfile', 'stderr_logfile',
  'result_handler', 'supervisor.rpcinterface_factory', 'supervisor.ctl_factory', 'history_file', 'files',
]);

export const POOL = [
  '', 'true', 'yup', 'OFF', '0', '-5', '1.5', '5s', '1_000', '50MB', '50M', '0o22', '0800', 'TERM', 'sigusr1', 'SIGTERMX', '99',
  'unexpected', 'always', 'AUTO', 'NONE', 'syslog', 'info', 'verbose', '0,2', '0,256', 'A="1",B="2"', 'A=1 B=2', 'A="1',
  'unix:///tmp/x.sock', 'http://localhost:9001', 'tcp://127.0.0.1:9200', '127.0.0.1:9001', 'a b', 'web:1',
  '%(here)s', '%(nope)s', '%(program_name)s', '%(process_num)d', '100%', '%%',
  'TICK_60', 'PROCESS_STATE,TICK_5', 'supervisor.rpcinterface:make_main_rpcinterface', 'web',
];

function lineOf(text: string, line: number): { start: number; end: number } {
  const lines = text.split('\n');
  const start = lines.slice(0, line).reduce((n, l) => n + l.length + 1, 0);
  return { start, end: start + lines[line].length };
}

function offset(text: string, pos: { line: number; character: number }): number {
  return lineOf(text, pos.line).start + pos.character;
}

function setValue(text: string, entry: Entry, value: string): string {
  return text.slice(0, offset(text, entry.valueRange.start)) + value + text.slice(offset(text, entry.valueRange.end));
}

function deleteEntry(text: string, entry: Entry): string {
  const first = lineOf(text, entry.range.start.line).start;
  const last = lineOf(text, entry.range.end.line).end;
  return text.slice(0, first) + text.slice(Math.min(text.length, last + 1));
}

function withFile(base: Base, path: string, text: string, mutation: string, kind: Config['kind']): Config {
  return { ...base, files: { ...base.files, [path]: text }, mutation, kind };
}

function withMain(base: Base, text: string, mutation: string, kind: Config['kind']): Config {
  return withFile(base, base.main, text, mutation, kind);
}

/** Every single-value and delete mutant of each file of `base` (the main config and its includes). */
export function systematic(base: Base): Config[] {
  const out: Config[] = [];
  for (const [path, text] of Object.entries(base.files)) {
    const where = path === base.main ? '' : `${path}: `;
    for (const section of parseSupervisor(text).sections) {
      for (const entry of section.entries) {
        if (MACHINE_DEPENDENT.has(entry.key) || entry.range.start.line !== entry.range.end.line) continue;
        for (const value of POOL) {
          if (value === entry.value) continue;
          out.push(withFile(base, path, setValue(text, entry, value), `${where}[${section.name}] ${entry.key}=${value}`, 'systematic'));
        }
        out.push(withFile(base, path, deleteEntry(text, entry), `${where}[${section.name}] delete ${entry.key}`, 'systematic'));
      }
    }
  }
  return out;
}

type Edit = (text: string) => string;

function setOption(sectionName: string, key: string, value: string): Edit {
  return (text) => {
    const section = parseSupervisor(text).sections.find((s) => s.name === sectionName);
    if (!section) throw new Error(`no [${sectionName}]`);
    const entry = section.entries.find((e) => e.key === key);
    if (entry) return setValue(text, entry, value);
    const end = lineOf(text, section.range.end.line).end;
    return `${text.slice(0, end)}\n${key}=${value}${text.slice(end)}`;
  };
}

function removeOption(sectionName: string, key: string): Edit {
  return (text) => {
    const entry = parseSupervisor(text).sections.find((s) => s.name === sectionName)?.entries.find((e) => e.key === key);
    if (!entry) throw new Error(`no ${key} in [${sectionName}]`);
    return deleteEntry(text, entry);
  };
}

const append = (more: string): Edit => (text) => `${text.trimEnd()}\n\n${more}\n`;
const replaceText = (from: string | RegExp, to: string): Edit => (text) => {
  const out = text.replace(from, to);
  if (out === text) throw new Error(`no ${String(from)}`);
  return out;
};

/** Named single defects on the hand-written project config (and a few on the others). */
const CURATED: [string, string, Edit][] = [
  ['project', 'bad boolean', setOption('program:web', 'autostart', 'yup')],
  ['project', 'bad integer', setOption('program:web', 'startsecs', '5s')],
  ['project', 'bad byte size', setOption('program:web', 'stdout_logfile_maxbytes', '20M')],
  ['project', 'program without command', removeOption('program:web', 'command')],
  ['project', 'bad signal', setOption('program:web', 'stopsignal', 'TERMINATE')],
  ['project', 'bad autorestart', setOption('program:web', 'autorestart', 'always')],
  ['project', 'numprocs without process_num', removeOption('program:worker', 'process_name')],
  ['project', 'unknown expansion', setOption('program:web', 'command', '/srv/%(prog)s/bin/web')],
  ['project', 'bad octal', setOption('program:worker', 'umask', '0800')],
  ['project', 'bad exit code', setOption('program:web', 'exitcodes', '0,256')],
  ['project', 'bad environment', setOption('program:web', 'environment', 'PORT=8080 APP_ENV=production')],
  ['project', 'unclosed quote in environment', setOption('program:web', 'environment', 'PORT="8080')],
  ['project', 'bad log level', setOption('supervisord', 'loglevel', 'verbose')],
  ['project', 'lone percent sign', setOption('program:web', 'command', '/bin/echo 100%')],
  ['project', 'expansion of text as a number', setOption('program:web', 'command', '/bin/run %(program_name)d')],
  ['project', 'group names an unknown program', setOption('group:app', 'programs', 'web,wroker')],
  ['project', 'stopasgroup without killasgroup', setOption('program:web', 'killasgroup', 'false')],
  ['project', 'process name with a space', setOption('program:worker', 'process_name', 'worker %(process_num)d')],
  ['project', 'program name with a colon', replaceText('[program:web]', '[program:web:main]')],
  ['project', 'program name with a space', replaceText('[program:web]', '[program:web main]')],
  ['project', 'username without password', setOption('unix_http_server', 'username', 'admin')],
  ['project', 'expansion the supervisord section lacks', setOption('supervisord', 'identifier', '%(program_name)s')],
  ['project', 'include without files', removeOption('include', 'files')],
  ['project', 'no [supervisord]', replaceText(/\[supervisord\][^[]*/, '')],
  ['project', 'factory typo', setOption('rpcinterface:supervisor', 'supervisor.rpcinterface_factory', 'supervisor.rpcinterface:make_main_rpcinterfac')],
  ['project', 'listener without events', append('[eventlistener:l]\ncommand=/bin/cat')],
  ['project', 'listener with redirect_stderr', append('[eventlistener:l]\ncommand=/bin/cat\nevents=TICK_5\nredirect_stderr=true')],
  ['project', 'listener buffer_size 0', append('[eventlistener:l]\ncommand=/bin/cat\nevents=TICK_5\nbuffer_size=0')],
  ['project', 'invalid line', append('[program:x]\ncommand=/bin/true\nthis line has no separator')],
  ['project', 'option before any section', (t) => `loglevel=info\n${t}`],
  ['project', 'bad minfds', setOption('supervisord', 'minfds', 'lots')],
  ['project', 'bad supervisord umask', setOption('supervisord', 'umask', '8')],
  ['project', 'empty supervisord directory', setOption('supervisord', 'directory', '')],
  ['project', 'percent sign escaped once in [supervisord] environment', setOption('supervisord', 'environment', 'RATE="100%%"')],
  ['project', 'unknown name escaped once in [supervisord] environment', setOption('supervisord', 'environment', 'X="%%(nope)s"')],
  ['project', 'host_node_name in [supervisord] environment unescaped', setOption('supervisord', 'environment', 'HOST="%(host_node_name)s"')],
  ['project', '[supervisord] with a capital', replaceText('[supervisord]', '[Supervisord]')],
  ['project', '[supervisord] without its d', replaceText('[supervisord]', '[supervisor]')],
  ['project', '[supervisord] with a name', replaceText('[supervisord]', '[supervisord:main]')],
  ['project', 'user placeholder left from an example', setOption('program:web', 'user', '<user_no_root>')],
  ['project', 'user name with a space', setOption('program:web', 'user', 'web user')],
  ['project', 'socket owner placeholder', setOption('unix_http_server', 'chown', '<owner>:root')],
  ['project', 'percent sign as a conversion after a flag', setOption('program:web', 'command', '/bin/echo 100% %(program_name)s')],
  ['inet', 'bad port', setOption('inet_http_server', 'port', '127.0.0.1:http')],
  ['inet', 'port out of range', setOption('inet_http_server', 'port', '70000')],
  ['inet', 'fcgi relative unix socket', setOption('fcgi-program:app', 'socket', 'unix://tmp/app.sock')],
  ['inet', 'fcgi bad socket', setOption('fcgi-program:php', 'socket', '127.0.0.1:9100')],
  ['inet', 'fcgi socket_mode on tcp', setOption('fcgi-program:php', 'socket_mode', '0700')],
  ['inet', 'fcgi socket_backlog 0', setOption('fcgi-program:php', 'socket_backlog', '0')],
  ['inet', 'fcgi without socket', removeOption('fcgi-program:php', 'socket')],
  ['inet', 'unknown event', setOption('eventlistener:ticks', 'events', 'TICK_60,TICK_30')],
  ['inet', 'ctlplugin without factory', removeOption('ctlplugin:extra', 'supervisor.ctl_factory')],
  ['inet', 'serverurl bad expansion', setOption('supervisorctl', 'serverurl', 'http://%(host)s:9011')],
  ['container', 'bad stopwaitsecs', setOption('program:app', 'stopwaitsecs', '30s')],
  ['container', 'bad stdout_syslog', setOption('program:cron', 'stdout_syslog', 'syslog')],
  // Accepted by supervisord: these must get warnings at most.
  ['project', 'unknown option (typo)', setOption('program:web', 'autostrat', 'true')],
  ['project', 'unknown section type', append('[programme:x]\ncommand=/bin/true')],
  ['project', 'deprecated syslog log file', setOption('program:web', 'stdout_logfile', 'syslog')],
  ['project', 'serverurl misses the socket', setOption('supervisorctl', 'serverurl', 'unix:///tmp/elsewhere.sock')],
  ['project', 'no rpcinterface', replaceText(/\[rpcinterface:supervisor\]\n.*\n/, '')],
  ['project', 'include matches nothing', setOption('include', 'files', 'conf.d/*.conf nothing/*.ini')],
  ['project', 'duplicate program', append('[program:web]\ncommand=/bin/true')],
  ['project', 'duplicate key', setOption('program:web', 'startsecs', '5\nstartsecs=6')],
  ['project', 'environment with a dropped separator', setOption('program:web', 'environment', 'A=1;B=2')],
  ['project', 'numprocs 0', setOption('program:worker', 'numprocs', '0')],
  ['project', 'bare %s in a command', setOption('program:web', 'command', '/bin/date +%s')],
  ['project', '"100% sure" beside an expansion (Python reads "% s")', setOption('program:web', 'command', '/bin/echo 100% sure %(program_name)s')],
  ['project', 'empty command', setOption('program:web', 'command', '')],
  ['project', 'empty exit codes', setOption('program:web', 'exitcodes', '')],
  ['project', 'escaped twice in [supervisord] environment', setOption('supervisord', 'environment', 'RATE="100%%%%",HOST="%%(host_node_name)s"')],
  ['inet', 'https serverurl', setOption('supervisorctl', 'serverurl', 'https://127.0.0.1:9011')],
];

/** Curated defects in an included file: [base, file, what, edit]. */
const CURATED_INCLUDED: [string, string, string, Edit][] = [
  ['project', 'conf.d/beat.conf', 'included program without command', removeOption('program:beat', 'command')],
  ['project', 'conf.d/beat.conf', 'included program with a bad boolean', setOption('program:beat', 'autostart', 'nope')],
  ['project', 'conf.d/beat.conf', 'included file adds an unknown group member', append('[group:extra]\nprograms=beat,missing')],
  ['project', 'conf.d/beat.conf', 'included file repeats a program of the main config', append('[program:web]\ncommand=/bin/true')],
  ['project', 'conf.d/monitor.conf', 'included listener with an unknown event', setOption('eventlistener:crashmail', 'events', 'PROCESS_STATE_EXITED,CRASH')],
  ['project', 'conf.d/monitor.conf', 'included listener with an unknown expansion', setOption('eventlistener:crashmail', 'command', '/bin/cat %(process)s')],
  ['example-project', 'conf.d/worker.conf', 'included group member renamed away', replaceText('[program:worker]', '[program:workers]')],
];

/** Defects that depend on the machine: supervisord refuses them here; we warn where it points. */
const MACHINE: [string, string, Edit][] = [
  ['project', 'log folder missing', setOption('program:web', 'stdout_logfile', '/var/log/no-such-folder/web.log')],
  ['project', 'supervisord log folder missing', setOption('supervisord', 'logfile', '/var/log/no-such-folder/supervisord.log')],
  ['project', 'pid file folder missing', setOption('supervisord', 'pidfile', '/run/no-such-folder/supervisord.pid')],
  ['project', 'childlogdir missing', setOption('supervisord', 'childlogdir', '/var/log/no-such-folder')],
  ['project', 'unknown user', setOption('program:web', 'user', 'no-such-user')],
  ['project', 'unknown socket group', setOption('unix_http_server', 'chown', 'root:no-such-group')],
];

export function machineDependent(bases: Base[]): Config[] {
  return MACHINE.flatMap(([baseName, mutation, edit]) => {
    const base = bases.find((b) => b.name === baseName);
    return base ? [withMain(base, edit(base.files[base.main]), mutation, 'machine')] : [];
  });
}

export function curated(bases: Base[]): Config[] {
  const out: Config[] = [];
  for (const [baseName, path, mutation, edit] of CURATED_INCLUDED) {
    const base = bases.find((b) => b.name === baseName);
    if (!base || base.files[path] === undefined) continue;
    out.push(withFile(base, path, edit(base.files[path]), mutation, 'curated'));
  }
  for (const [baseName, mutation, edit] of CURATED) {
    const base = bases.find((b) => b.name === baseName);
    if (!base) continue;
    const text = edit(base.files[base.main]);
    if (text === base.files[base.main]) continue;
    out.push(withMain(base, text, mutation, 'curated'));
  }
  return out;
}
