// Entry of dist/browserServer.js: the language server in a web worker (VS Code for the Web). The
// client (client/src/browserExtension.ts) talks to it with postMessage; the host sees only the
// documents the editor sends.
import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import { browserHost } from './host/browserHost';
import { startServer } from './server';

// In a dedicated worker the global scope is the message port to the page.
const port = globalThis as unknown as ConstructorParameters<typeof BrowserMessageReader>[0];
startServer(createConnection(ProposedFeatures.all, new BrowserMessageReader(port), new BrowserMessageWriter(port)), browserHost());
