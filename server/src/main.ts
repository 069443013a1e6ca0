// Entry of dist/serverMain.js, which dist/server.js (launch.ts) loads. The transport comes from the command line: `--stdio` for any LSP
// editor, `--node-ipc` when VS Code starts it, `--socket=N` also works.
import { inspect } from 'node:util';
import { createConnection, ProposedFeatures, type Connection, type MessageReader } from 'vscode-languageserver/node';
import { nodeHost } from './host/nodeHost';
import { SingleWriteMessageWriter } from './host/stdioWriter';
import { startServer } from './server';

if (process.argv.includes('--version')) {
  console.log('daemon-config-language-server 0.1.0');
  process.exit(0);
}
const transports = ['--stdio', '--node-ipc', '--socket', '--pipe', '--clientProcessId'];
if (!process.argv.slice(2).some((a) => transports.some((t) => a.startsWith(t)))) {
  console.error('usage: daemon-config-language-server --stdio\n(speaks the Language Server Protocol on stdin/stdout)');
  process.exit(2);
}
process.on('uncaughtException', (error) => {
  // Keep serving: one bad request must not end the session. The client's log shows the stack.
  console.error(`uncaught exception: ${error.stack ?? error.message}`);
});

/**
 * Over stdio, our own writer (one write per message, host/stdioWriter.ts). The library sends
 * console output to the client's log only when it picks stdio itself, so that is done here too:
 * a stray console.log must never reach stdout, which is the protocol's.
 */
function stdioConnection(): Connection {
  // stdin as a stream, as the library's own stdio: it then also ends the process when stdin closes.
  // (Its overloads want two streams or two reader/writer objects; at run time it takes one of each.)
  const input = process.stdin as unknown as MessageReader;
  const connection = createConnection(ProposedFeatures.all, input, new SingleWriteMessageWriter(process.stdout));
  const text = (args: unknown[]) => args.map((a) => (typeof a === 'string' ? a : inspect(a))).join(' ');
  console.log = console.info = console.debug = (...args: unknown[]) => connection.console.log(text(args));
  console.warn = (...args: unknown[]) => connection.console.warn(text(args));
  console.error = console.trace = (...args: unknown[]) => connection.console.error(text(args));
  return connection;
}

startServer(process.argv.includes('--stdio') ? stdioConnection() : createConnection(ProposedFeatures.all), nodeHost());
