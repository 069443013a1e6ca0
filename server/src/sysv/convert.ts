// "Convert to a systemd service": the unit systemd-sysv-generator would make of an init script,
// improved where the script shows how it starts its daemon (start-stop-daemon): the daemon's own
// command line, PIDFile=, User=, and a Type= that says whether the daemon forks.
import type { Translator } from '../l10n/translator';
import { LSB_SUCCESS_EXIT_STATUS } from './facts';
import { generatorDependencies, type UnitDependencies } from './dependencies';
import type { InitScript } from './initScript';
import { entriesOf } from './lsbHeader';
import type { ShellWord } from './shellWords';
import { scriptFacts, type DaemonStart, type ScriptFacts } from './startStopDaemon';

export const CONVERT_COMMENTS = {
  header: 'Converted from the SysV init script {path} by daemon-config.',
  asGenerator: 'Runs the script itself, as systemd-sysv-generator would: daemon-config did not find how it starts its daemon.',
  direct: 'Runs the daemon the script starts with {tool} (line {line}) instead of the script.',
  forking: 'Type=forking is inferred: the script starts the daemon without --background, so the daemon puts itself in the background.',
  forkingPidFile: 'Type=forking is inferred: the script starts the daemon without --background, so the daemon puts itself in the background and writes its pid file.',
  simple: 'Type=simple: the script used --background, so the daemon stays in the foreground.',
  defaults: 'Variables the script reads from its defaults file.',
  root: 'The script runs as root and may do more than start the daemon (create folders, check the configuration): check what it does before it starts the daemon.',
} as const;

const UNIT_NAME = /^[A-Za-z0-9:_.\\-]+$/;

export interface Conversion {
  /** `NAME.service`. */
  unitName: string;
  text: string;
  /** Runs the daemon itself rather than the script. */
  direct: boolean;
  dependencies: UnitDependencies;
}

/** A literal argument in systemd's command-line syntax: `$` and `%` doubled, quoted when it has blanks or quotes. */
function quoteLiteral(text: string): string {
  const escaped = text.replace(/\$/g, '$$$$').replace(/%/g, '%%');
  if (text === ';') return '\\;';
  if (text !== '' && /^[^\s"'\\]+$/.test(text)) return escaped;
  return `"${escaped.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** One shell word in systemd's syntax: a lone unquoted `$VAR` splits into words in both, `${VAR}` is kept whole. */
function systemdWord(word: ShellWord): string | undefined {
  if (word.unknown || word.operator) return undefined;
  const [only] = word.parts;
  if (word.parts.length === 1 && 'variable' in only) return only.quoted ? `\${${only.variable}}` : `$${only.variable}`;
  let out = '';
  for (const part of word.parts) {
    if ('variable' in part) out += `\${${part.variable}}`;
    else {
      const quoted = quoteLiteral(part.text);
      // Inside a word with a variable, quotes around a piece would stay in the argument.
      if (quoted.startsWith('"') && word.parts.length > 1) return undefined;
      out += quoted;
    }
  }
  return out;
}

/** systemd rewrites /var/run/ to /run/ and warns about it: write /run/ at once. */
function pidFilePath(path: string): string {
  return path.replace(/^\/var\/run\//, '/run/').replace(/%/g, '%%');
}

function commandLine(daemon: DaemonStart): string | undefined {
  const [program] = daemon.argv;
  if (!program || program.parts.length !== 1 || !('text' in program.parts[0]) || !program.parts[0].text.startsWith('/')) return undefined;
  const words = daemon.argv.map(systemdWord);
  return words.every((w): w is string => w !== undefined && w !== '""') ? words.join(' ') : undefined;
}

function description(script: InitScript): string {
  const header = script.header;
  const short = header && entriesOf(header, 'Short-Description')[0]?.value;
  const long = header && entriesOf(header, 'Description')[0];
  const text = short || (long ? [long.value, ...long.more].join(' ').trim() : '') || script.name;
  return text.replace(/%/g, '%%');
}

function unitSection(script: InitScript, deps: UnitDependencies): string[] {
  const lines = ['[Unit]', `Description=${description(script)}`];
  const before = deps.before.filter((unit) => !deps.wantedBy.includes(unit));
  if (deps.after.length) lines.push(`After=${deps.after.join(' ')}`);
  if (deps.wants.length) lines.push(`Wants=${deps.wants.join(' ')}`);
  if (before.length) lines.push(`Before=${before.join(' ')}`);
  return lines;
}

function installSection(deps: UnitDependencies): string[] {
  if (!deps.wantedBy.length && !deps.aliases.length) return [];
  const lines = ['', '[Install]'];
  if (deps.wantedBy.length) lines.push(`WantedBy=${deps.wantedBy.join(' ')}`);
  if (deps.aliases.length) lines.push(`Alias=${deps.aliases.join(' ')}`);
  return lines;
}

function generatorService(script: InitScript, facts: ScriptFacts): string[] {
  // Where the script is installed, wherever this copy of it is.
  const path = `/etc/init.d/${script.name}`.replace(/%/g, '%%');
  return [
    'Type=forking', 'Restart=no', 'TimeoutSec=5min', 'IgnoreSIGPIPE=no', 'KillMode=process', 'GuessMainPID=no', 'RemainAfterExit=yes',
    ...(script.header ? [`SuccessExitStatus=${LSB_SUCCESS_EXIT_STATUS}`] : []),
    `ExecStart=${quoteLiteral(path)} start`, `ExecStop=${quoteLiteral(path)} stop`,
    ...(facts.usageHasReload ? [`ExecReload=${quoteLiteral(path)} reload`] : []),
  ];
}

function directService(daemon: DaemonStart, command: string, facts: ScriptFacts, t: Translator): string[] {
  const lines: string[] = [];
  if (daemon.background) lines.push(`# ${t.format(CONVERT_COMMENTS.simple)}`, 'Type=simple');
  else {
    lines.push(`# ${t.format(daemon.pidFile ? CONVERT_COMMENTS.forkingPidFile : CONVERT_COMMENTS.forking)}`, 'Type=forking');
    if (daemon.pidFile && !daemon.makePidFile) lines.push(`PIDFile=${pidFilePath(daemon.pidFile)}`);
  }
  const hasVariables = daemon.argv.some((w) => w.parts.some((p) => 'variable' in p));
  if (facts.defaults.length && hasVariables) {
    lines.push(`# ${t.format(CONVERT_COMMENTS.defaults)}`);
    for (const file of facts.defaults) lines.push(`EnvironmentFile=-${file}`);
  }
  if (daemon.user && !/^(0|root)$/.test(daemon.user)) lines.push(`User=${daemon.user}`);
  if (daemon.group && !/^(0|root)$/.test(daemon.group)) lines.push(`Group=${daemon.group}`);
  if (daemon.workingDirectory) lines.push(`WorkingDirectory=${daemon.workingDirectory}`);
  if (daemon.nice && /^-?\d+$/.test(daemon.nice)) lines.push(`Nice=${daemon.nice}`);
  if (daemon.umask && /^0?[0-7]{3,4}$/.test(daemon.umask)) lines.push(`UMask=${daemon.umask}`);
  lines.push(`ExecStart=${command}`);
  if (facts.reloadSignal) lines.push(`ExecReload=/bin/kill -${facts.reloadSignal} $MAINPID`);
  return lines;
}

/** The unit for an init script; undefined when its name cannot be a unit name. */
export function convertInitScript(script: InitScript, t: Translator): Conversion | undefined {
  if (!script.name || !UNIT_NAME.test(script.name)) return undefined;
  const unitName = `${script.name}.service`;
  const deps = generatorDependencies(script);
  const facts = scriptFacts(script.lines);
  // A variable left must come from the defaults file: one the script sets in a function or loop has a value systemd cannot know.
  const variables = facts.daemon?.argv.flatMap((w) => w.parts.flatMap((p) => ('variable' in p ? [p.variable] : []))) ?? [];
  const unset = variables.length > 0 && (!facts.defaults.length || variables.some((v) => facts.assignedInScript.has(v)));
  const command = facts.daemon && !unset ? commandLine(facts.daemon) : undefined;
  const comments = [`# ${t.format(CONVERT_COMMENTS.header, { path: script.path })}`];
  let service: string[];
  if (facts.daemon && command) {
    comments.push(`# ${t.format(CONVERT_COMMENTS.direct, { tool: facts.daemon.tool, line: facts.daemon.line + 1 })}`, `# ${t.format(CONVERT_COMMENTS.root)}`);
    service = directService(facts.daemon, command, facts, t);
  } else {
    comments.push(`# ${t.format(CONVERT_COMMENTS.asGenerator)}`);
    service = generatorService(script, facts);
  }
  const text = [...comments, ...unitSection(script, deps), '', '[Service]', ...service, ...installSection(deps), ''].join('\n');
  return { unitName, text, direct: Boolean(facts.daemon && command), dependencies: deps };
}
