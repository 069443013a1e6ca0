// What the server announces in its initialize result, and the files it asks the client to watch.
import { TextDocumentSyncKind, type DidChangeWatchedFilesRegistrationOptions, type ServerCapabilities } from 'vscode-languageserver';
import { UNIT_TYPES } from './classify/fileKind';
import { CONVERT_ALL_KIND, CONVERT_KIND } from './features/convertActions';
import { SEMANTIC_TOKENS_LEGEND } from './features/semanticTokenLegend';
import { SIGNATURE_RETRIGGERS, SIGNATURE_TRIGGERS } from './features/signatureHelp';

export const SERVER_CAPABILITIES: ServerCapabilities = {
  textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: false },
  // Documentation comes on resolve: sent with every item it made each list ~190 KB.
  completionProvider: { triggerCharacters: ['[', '=', ' ', ',', '%', '(', ':'], resolveProvider: true },
  hoverProvider: true,
  documentSymbolProvider: true,
  foldingRangeProvider: true,
  codeActionProvider: { codeActionKinds: ['quickfix', 'refactor.rewrite', CONVERT_KIND, CONVERT_ALL_KIND] },
  codeLensProvider: { resolveProvider: false },
  definitionProvider: true,
  documentLinkProvider: { resolveProvider: false },
  documentFormattingProvider: true,
  documentRangeFormattingProvider: true,
  semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: { delta: true }, range: true },
  referencesProvider: true,
  documentHighlightProvider: true,
  renameProvider: { prepareProvider: true },
  workspaceSymbolProvider: true,
  selectionRangeProvider: true,
  inlayHintProvider: true,
  signatureHelpProvider: { triggerCharacters: SIGNATURE_TRIGGERS, retriggerCharacters: SIGNATURE_RETRIGGERS },
};

/** Unit files, supervisor configs and the folders of drop-ins and links: what the workspace index reads. */
export const WATCHED_FILES: DidChangeWatchedFilesRegistrationOptions = {
  watchers: [{ globPattern: `**/*.{${UNIT_TYPES.join(',')},conf,ini}` }, { globPattern: `**/*.{${UNIT_TYPES.join(',')}}.{d,wants,requires,upholds}` }],
};
