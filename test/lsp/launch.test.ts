// `node dist/server.js --stdio`, as README and docs/editors.md tell other editors to start the server,
// runs the server with its V8 memory flags (they only work on node's command line), over stdio or
// node IPC, and ends the way the server ends.
import assert from 'node:assert/strict';
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { afterEach, describe, it } from 'node:test';
import { createMessageConnection, IPCMessageReader, IPCMessageWriter, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { SERVER } from '../helpers/lspClient';
import { SERVER_NODE_FLAGS as FLAGS } from '../../server/src/nodeFlags';

const childrenOf = (pid: number): number[] => {
  const file = `/proc/${pid}/task/${pid}/children`;
  return existsSync(file) ? readFileSync(file, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number) : [];
};
const commandLine = (pid: number) => readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
const alive = (pid: number) => { try { process.kill(pid, 0); return true; } catch { return false; } };
const exited = (child: ChildProcess) => new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
  if (child.exitCode !== null || child.signalCode !== null) resolve({ code: child.exitCode, signal: child.signalCode });
  else child.once('exit', (code, signal) => resolve({ code, signal }));
});

/** The process that answers: the started one, or the one it started. */
function servingProcess(pid: number): number {
  const children = childrenOf(pid);
  return children.length > 0 ? servingProcess(children[0]) : pid;
}

async function initialize(connection: MessageConnection) {
  connection.onRequest('workspace/configuration', () => [null]);
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  const result = await connection.sendRequest<{ serverInfo?: { name: string } }>('initialize', {
    processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: { settings: { diagnosticsDelay: 0 } },
  });
  assert.equal(result.serverInfo?.name, 'daemon-config-language-server');
}

/** Every process a test started, with what it started: a failed assertion must not leave them running. */
const started: number[] = [];
afterEach(() => {
  for (const pid of started.splice(0).flatMap((p) => [...childrenOf(p), p])) if (alive(pid)) process.kill(pid, 'SIGKILL');
});

function overStdio(args: string[]) {
  const child = spawn(process.execPath, [...args, SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  started.push(child.pid!);
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  return { child, connection };
}

describe('starting the server without node flags', { skip: !existsSync('/proc/self/task') && 'needs /proc' }, () => {
  it('serves over stdio from a node that has the memory flags, and exits 0 after shutdown and exit', async () => {
    const { child, connection } = overStdio([]);
    await initialize(connection);
    const server = servingProcess(child.pid!);
    const argv = commandLine(server);
    for (const flag of FLAGS) assert.ok(argv.includes(flag), `the serving process runs without ${flag}: ${argv.join(' ')}`);
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
    assert.deepEqual(await exited(child), { code: 0, signal: null });
    assert.equal(alive(server), false);
    connection.dispose();
  });

  it('passes SIGTERM on, and ends by it as the server did', async () => {
    const { child, connection } = overStdio([]);
    await initialize(connection);
    const server = servingProcess(child.pid!);
    assert.notEqual(server, child.pid);
    child.kill('SIGTERM');
    assert.deepEqual(await exited(child), { code: null, signal: 'SIGTERM' });
    assert.equal(alive(server), false);
    connection.dispose();
  });

  it('serves over node IPC (how VS Code starts it) through the second node', async () => {
    const child = fork(SERVER, ['--node-ipc'], { execArgv: [], stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    started.push(child.pid!);
    const connection = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    await initialize(connection);
    const server = servingProcess(child.pid!);
    for (const flag of FLAGS) assert.ok(commandLine(server).includes(flag), commandLine(server).join(' '));
    const symbols = await connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: 'file:///w/none.service' } });
    assert.deepEqual(symbols, []);
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
    assert.equal((await exited(child)).code, 0);
    connection.dispose();
  });

  it('starts no second node when node already has the flags (the bin, the VS Code client)', async () => {
    const { child, connection } = overStdio(FLAGS);
    await initialize(connection);
    assert.deepEqual(childrenOf(child.pid!), []);
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
    assert.equal((await exited(child)).code, 0);
    connection.dispose();
  });
});
