// The round-trip floor: a vscode-languageserver process that answers hover with null and does
// nothing else. The bench times the same request against it and against the real server.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a plain CommonJS script, so the floor pays no loader cost
const { createConnection, ProposedFeatures, TextDocumentSyncKind } = require('vscode-languageserver/node');

const connection = createConnection(ProposedFeatures.all);
connection.onInitialize(() => ({
  capabilities: { textDocumentSync: TextDocumentSyncKind.None, hoverProvider: true, completionProvider: {} },
}));
connection.onHover(() => null);
connection.onCompletion(() => []);
connection.listen();
