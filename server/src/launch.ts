// Entry of dist/server.js (the `daemon-config-language-server` bin). The server wants two V8 flags
// that only work when given to node on its command line (set at run time with v8.setFlagsFromString
// they left RSS with 1,000 open files at 108 MB instead of 77 MB). The shebang and the VS Code client
// pass them; when node was started without them (`node dist/server.js --stdio`, as other editors
// are told to), this starts the server in a second node that has them, passing stdio, the IPC
// channel, signals and the exit status through. It stays small: it is all the first node loads.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { SERVER_NODE_FLAGS } from './nodeFlags';

const SERVER_MAIN = join(__dirname, 'serverMain.js');
/** Set in the second node's environment, so that it never starts a third. */
const RELAUNCHED = 'DAEMON_CONFIG_SERVER_RELAUNCHED';

const flagName = (flag: string) => flag.split('=')[0].replace(/_/g, '-');

/** The flags node was not given (on its command line or in NODE_OPTIONS). */
function missingFlags(execArgv: readonly string[], nodeOptions: string): string[] {
  const given = new Set([...execArgv, ...nodeOptions.split(/\s+/)].map(flagName));
  return SERVER_NODE_FLAGS.filter((flag) => !given.has(flagName(flag)));
}

function forwardIpc(child: ChildProcess): void {
  child.on('message', (message) => process.send?.(message));
  process.on('message', (message) => { if (child.connected) child.send(message as object); });
  process.on('disconnect', () => { if (child.connected) child.disconnect(); });
}

function relaunch(flags: string[]): void {
  // The editor may talk over node's IPC channel (`--node-ipc`): the second node gets one as well.
  const ipc = typeof process.send === 'function';
  const child = spawn(process.execPath, [...flags, ...process.execArgv, SERVER_MAIN, ...process.argv.slice(2)], {
    stdio: ipc ? ['inherit', 'inherit', 'inherit', 'ipc'] : 'inherit',
    env: { ...process.env, [RELAUNCHED]: '1' },
  });
  if (ipc) forwardIpc(child);
  const signals = ['SIGTERM', 'SIGINT', 'SIGHUP'] as const;
  for (const signal of signals) process.on(signal, () => child.kill(signal));
  child.on('error', (error) => {
    console.error(`daemon-config-language-server: cannot start ${process.execPath}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    if (signal) {
      // End the same way, so that whoever started us sees the signal.
      for (const s of signals) process.removeAllListeners(s);
      process.kill(process.pid, signal);
      return;
    }
    process.exit(code ?? 1);
  });
}

const missing = process.env[RELAUNCHED] ? [] : missingFlags(process.execArgv, process.env.NODE_OPTIONS ?? '');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded at run time from its own file, never bundled here
if (missing.length === 0) require(SERVER_MAIN);
else relaunch(missing);
