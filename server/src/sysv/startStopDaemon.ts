// Finds how an init script starts its daemon: the `start-stop-daemon --start` call (or the variables
// of Debian's /lib/init/init-d-script framework), read into the program, its arguments and the
// options that matter to systemd.
import { literal, logicalLines, scriptVariables, shellWords, type ShellWord, type Variables } from './shellWords';

export interface DaemonStart {
  /** What starts it: `start-stop-daemon`, LSB's `start_daemon`, or the init-d-script framework. */
  tool: string;
  /** The program and its arguments, as shell words (variables from a defaults file may remain). */
  argv: ShellWord[];
  pidFile: string | undefined;
  /** --background: start-stop-daemon forks for the daemon, which itself stays in the foreground. */
  background: boolean;
  /** --make-pidfile: start-stop-daemon writes the pid file, not the daemon. */
  makePidFile: boolean;
  user: string | undefined;
  group: string | undefined;
  workingDirectory: string | undefined;
  nice: string | undefined;
  umask: string | undefined;
  /** 0-based line of the call (or of the framework's DAEMON=). */
  line: number;
}

export interface ScriptFacts {
  daemon: DaemonStart | undefined;
  /** `/etc/default/...` files the script reads (`. FILE`). */
  defaults: string[];
  /** The script stops the daemon with SIGHUP for reload (`start-stop-daemon --stop --signal HUP`). */
  reloadSignal: string | undefined;
  /** A usage line lists reload (systemd-sysv-generator's own test). */
  usageHasReload: boolean;
  /** Variables the script sets somewhere (in a function, a loop): their value is the script's, not a defaults file's. */
  assignedInScript: Set<string>;
}

const TAKES_VALUE: Readonly<Record<string, string>> = {
  '-x': 'exec', '--exec': 'exec', '-a': 'startas', '--startas': 'startas', '-p': 'pidfile', '--pidfile': 'pidfile',
  '-c': 'chuid', '--chuid': 'chuid', '-d': 'chdir', '--chdir': 'chdir', '-N': 'nicelevel', '--nicelevel': 'nicelevel',
  '-k': 'umask', '--umask': 'umask', '-n': 'name', '--name': 'name', '-u': 'user', '--user': 'user', '-g': 'group', '--group': 'group',
  '-R': 'retry', '--retry': 'retry', '-s': 'signal', '--signal': 'signal', '-r': 'chroot', '--chroot': 'chroot',
  '-I': 'iosched', '--iosched': 'iosched', '-P': 'procsched', '--procsched': 'procsched', '--ppid': 'ppid',
  '--notify-timeout': 'notify-timeout', '--output': 'output',
};
const FLAGS: Readonly<Record<string, string>> = {
  '-S': 'start', '--start': 'start', '-K': 'stop', '--stop': 'stop', '-T': 'status', '--status': 'status', '-t': 'test', '--test': 'test',
  '-b': 'background', '--background': 'background', '-m': 'make-pidfile', '--make-pidfile': 'make-pidfile',
  '-o': 'oknodo', '--oknodo': 'oknodo', '-q': 'quiet', '--quiet': 'quiet', '-v': 'verbose', '--verbose': 'verbose',
  '--remove-pidfile': 'remove-pidfile', '--notify-await': 'notify-await', '-C': 'no-close', '--no-close': 'no-close',
};

interface Call {
  options: Map<string, ShellWord>;
  flags: Set<string>;
  args: ShellWord[];
}

/** Reads one start-stop-daemon call from the word after its name; undefined when an option is not understood. */
function readCall(words: ShellWord[]): Call | undefined {
  const call: Call = { options: new Map(), flags: new Set(), args: [] };
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (word.operator) break;
    const text = literal(word);
    if (text === '--') {
      for (let j = i + 1; j < words.length && !words[j].operator; j++) call.args.push(words[j]);
      break;
    }
    if (text === undefined || !text.startsWith('-')) {
      // `${PIDFILE:+--pidfile ${PIDFILE}}` and the like: not followed.
      if (word.unknown) return undefined;
      continue;
    }
    const eq = text.indexOf('=');
    const name = eq > 0 ? text.slice(0, eq) : text;
    if (FLAGS[name]) { call.flags.add(FLAGS[name]); continue; }
    const option = TAKES_VALUE[name];
    if (option === undefined) return undefined;
    if (eq > 0) call.options.set(option, { parts: [{ text: text.slice(eq + 1) }], unknown: false });
    else if (i + 1 < words.length) call.options.set(option, words[++i]);
  }
  return call;
}

function daemonFromCall(call: Call, line: number): DaemonStart | undefined {
  const program = call.options.get('startas') ?? call.options.get('exec');
  if (!program) return undefined;
  const text = (option: string) => {
    const word = call.options.get(option);
    return word ? literal(word) : undefined;
  };
  // An option that changes how the daemon runs but whose value is not known here: the script knows better.
  if (call.options.has('chroot') || ['chuid', 'chdir', 'pidfile', 'umask', 'nicelevel'].some((o) => call.options.has(o) && text(o) === undefined)) return undefined;
  const [user, group] = (text('chuid') ?? '').split(':');
  return {
    tool: 'start-stop-daemon', argv: [program, ...call.args], pidFile: text('pidfile'), background: call.flags.has('background'), makePidFile: call.flags.has('make-pidfile'),
    user: user || undefined, group: group || undefined, workingDirectory: text('chdir'), nice: text('nicelevel'), umask: text('umask'), line,
  };
}

/** The /lib/init/init-d-script framework: the script only sets DAEMON, DAEMON_ARGS, PIDFILE, START_ARGS. */
function frameworkDaemon(lines: readonly string[], vars: Variables): DaemonStart | undefined {
  if (!/^#!\s*\/bin\/sh\s+\/lib\/init\/init-d-script\b/.test(lines[0] ?? '') && !lines.some((l) => /^\s*\.\s+\/lib\/init\/init-d-script\b/.test(l))) return undefined;
  const daemon = vars.get('DAEMON');
  if (!daemon || daemon === 'none') return undefined;
  const args = shellWords(vars.get('DAEMON_ARGS') ?? '', vars).filter((w) => !w.operator);
  const start = readCall(shellWords(vars.get('START_ARGS') ?? '', vars));
  const pidFile = vars.get('PIDFILE');
  const line = Math.max(0, lines.findIndex((l) => /^DAEMON=/.test(l)));
  return {
    tool: '/lib/init/init-d-script', argv: [{ parts: [{ text: daemon }], unknown: false }, ...args],
    pidFile: pidFile && pidFile !== 'none' ? pidFile : undefined,
    background: start?.flags.has('background') ?? false, makePidFile: start?.flags.has('make-pidfile') ?? false,
    user: undefined, group: undefined, workingDirectory: undefined, nice: undefined, umask: undefined, line,
  };
}

/** LSB's `start_daemon [-f] [-n nice] [-p pidfile] program args` (from /lib/lsb/init-functions): the daemon forks itself. */
function lsbStartDaemon(words: ShellWord[], line: number): DaemonStart | undefined {
  const start: DaemonStart = { tool: 'start_daemon', argv: [], pidFile: undefined, background: false, makePidFile: false, user: undefined, group: undefined,
    workingDirectory: undefined, nice: undefined, umask: undefined, line };
  let i = 0;
  for (; i < words.length; i++) {
    const text = literal(words[i]);
    if (text === '-f') continue;
    if (text === '-p' || text === '-n') {
      const value = words[i + 1] && literal(words[i + 1]);
      if (value === undefined) return undefined;
      if (text === '-p') start.pidFile = value;
      else start.nice = value;
      i++;
      continue;
    }
    break;
  }
  for (; i < words.length && !words[i].operator; i++) start.argv.push(words[i]);
  return start.argv.length ? start : undefined;
}

/** `NAME=` at the start of a command (after `;`, `{`, `then`, `local`, ...) or the variable of a `for` loop. */
const ASSIGNMENT = /(?:^|[;{(&|]|\b(?:then|do|else|local|export|readonly))[ \t]*([A-Za-z_][A-Za-z0-9_]*)=|\bfor[ \t]+([A-Za-z_][A-Za-z0-9_]*)[ \t]/g;

const USAGE_RELOAD = /\{reload[|}"]|\|reload[|}"]/i;
const SOURCED_DEFAULTS = /(?:^|[;&|]\s*|\s)(?:\.|source)\s+["']?(\/etc\/default\/[^\s"';|&]+)/;

/** What the script says about how its daemon starts, stops and reloads. */
export function scriptFacts(lines: readonly string[]): ScriptFacts {
  const vars = scriptVariables(lines);
  const facts: ScriptFacts = { daemon: undefined, defaults: [], reloadSignal: undefined, usageHasReload: false, assignedInScript: new Set() };
  let usageGoesOn = false;
  const starts: DaemonStart[] = [];
  for (const { text, line } of logicalLines(lines)) {
    const trimmed = text.trim();
    if (!trimmed.startsWith('#') && (usageGoesOn || /usage/i.test(trimmed))) {
      if (USAGE_RELOAD.test(trimmed)) facts.usageHasReload = true;
      usageGoesOn = !facts.usageHasReload && trimmed.endsWith('\\');
    }
    if (trimmed.startsWith('#')) continue;
    for (const m of trimmed.matchAll(ASSIGNMENT)) facts.assignedInScript.add(m[1] ?? m[2]);
    const sourced = SOURCED_DEFAULTS.exec(text);
    if (sourced) {
      const [word] = shellWords(sourced[1], vars);
      const path = word && literal(word);
      if (path && !facts.defaults.includes(path)) facts.defaults.push(path);
    }
    const lsb = text.search(/(?:^|[\s;&|(])start_daemon\s/);
    if (lsb >= 0 && !facts.daemon) facts.daemon = lsbStartDaemon(shellWords(text.slice(text.indexOf('start_daemon', lsb) + 'start_daemon'.length), vars), line);
    const at = text.search(/(^|[\s;&|(])start-stop-daemon\s/);
    if (at < 0) continue;
    const words = shellWords(text.slice(text.indexOf('start-stop-daemon', at) + 'start-stop-daemon'.length), vars);
    const call = readCall(words);
    if (!call) continue;
    if (call.flags.has('start') && !call.flags.has('test')) {
      const daemon = daemonFromCall(call, line);
      if (daemon) starts.push(daemon);
    }
    if (call.flags.has('stop')) {
      const signal = call.options.get('signal');
      const name = signal && literal(signal);
      if (name && /^(1|HUP|SIGHUP|USR1|SIGUSR1|USR2|SIGUSR2)$/.test(name)) facts.reloadSignal ??= name.replace(/^SIG/, '').replace(/^1$/, 'HUP');
    }
  }
  // A script that starts several programs (nfs-common: rpc.statd, rpc.idmapd) is more than one service.
  const programs = new Set(starts.map((d) => JSON.stringify(d.argv[0])));
  if (programs.size === 1) facts.daemon = starts[0];
  else if (programs.size > 1) facts.daemon = undefined;
  else facts.daemon ??= frameworkDaemon(lines, vars);
  return facts;
}
