// Entry of dist/serverMain.js, which dist/server.js (launch.ts) loads. The transport comes from the command line: `--stdio` for any LSP
// editor, `--node-ipc` when VS Code starts it, `--socket=N` also works.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { nodeHost } from './host/nodeHost';
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
startServer(createConnection(ProposedFeatures.all), nodeHost());
