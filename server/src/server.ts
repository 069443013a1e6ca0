// LSP wiring only: map requests to the pure features, keep settings, debounce diagnostics.
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  TextDocuments, DidChangeConfigurationNotification, type Connection,
  type InitializeParams, type InitializeResult, ProtocolRequestType,
  CompletionRequest, CompletionResolveRequest, HoverRequest, DocumentSymbolRequest, FoldingRangeRequest, CodeActionRequest, DefinitionRequest, DocumentLinkRequest, SelectionRangeRequest, InlayHintRequest, SignatureHelpRequest,
  DocumentFormattingRequest, DocumentRangeFormattingRequest, CodeLensRequest,
  SemanticTokensRequest, SemanticTokensDeltaRequest, SemanticTokensRangeRequest,
  ResponseError, LSPErrorCodes, SetTraceNotification, Trace,
  ReferencesRequest, DocumentHighlightRequest, PrepareRenameRequest, RenameRequest, WorkspaceSymbolRequest, DidChangeWatchedFilesNotification, ShowMessageNotification, MessageType,
  type CompletionItem, type CompletionList, type Diagnostic,
} from 'vscode-languageserver';
import { analyze, type AnalyzedDocument } from './analysis';
import { DocumentCache } from './documentCache';
import { quickFixes, withPublishedData } from './features/codeActions';
import { convertActions, convertSupportOf, NO_CONVERT_SUPPORT, type ConvertSupport } from './features/convertActions'; // supervisor ⇄ systemd
import { completionList } from './features/completion';
import { resolveCompletion } from './features/completionDocs';
import { itemDefaultsSupport, packCompletionList, resolvesDetail, type ItemDefaultsSupport } from './features/completionPacking';
import { computeDiagnostics, diagnosticSteps } from './features/diagnostics';
import { DocumentDiagnostics } from './incremental/documentDiagnostics';
import { familyDiagnostics } from './features/familyDiagnostics';
import { LineFormatService } from './lineFormats/service';
import { fileInfo } from './features/fileInfo';
import { FILE_INFO_REQUEST, type FileInfoParams, type FileInfoResult } from './features/fileInfoProtocol';
import { foldingRanges } from './features/folding';
import { formatDocument, formatRange, type FormatResult } from './features/formatting';
import { hover } from './features/hover';
import { ManualLibrary } from './features/manual/library';
import { withManual } from './features/manual/manualHover';
import { localeOf } from './l10n/locale';
import { localizeDiagnostics } from './l10n/localize';
import { english, translatorFor, type Translator } from './l10n/translator';
import { unitDefinition, unitLinks } from './features/unitLinks';
import { documentSymbols } from './features/symbols';
import { selectionRanges } from './features/selectionRange';
import { inlayHints } from './features/inlayHints';
import { signatureHelp } from './features/signatureHelp';
import { classifyFile, pathOf } from './classify/classify';
import { readChosenScopes, UNIT_SCOPES_NOTIFICATION, type ChosenScopes } from './classify/chosenScopes';
import type { OpenDocuments, ServerHost } from './hostInterface';
import { DEFAULT_SETTINGS, NEWEST_KNOWN_SYSTEMD, readSettings, type ServerSettings } from './settings';
import { NEWEST_PODMAN } from './schema/quadlet';
import { capped, MAX_COMPLETION_ITEMS, MAX_DIAGNOSTICS, oversizeDiagnostic } from './limits';
import { LargeTextDocument, sizeAwareDocuments } from './largeDocument';
import { inSlices, isLarge, SlicedAnalysis } from './slicedAnalysis';
import { codeActionParams, completionItemParams, documentParams, positionParams, withUsableFixes,
  referenceParams, renameParams, watchedFilesParams, workspaceSymbolParams, fileInfoParams, rangeParams, selectionRangeParams,
  formattingParams, rangeFormattingParams, semanticTokensDeltaParams, semanticTokensRangeParams } from './params';
import { semanticTokens } from './features/semanticTokens';
import { SemanticTokenResults } from './features/semanticTokenDeltas';
import { documentHighlights, references, type ReferenceContext } from './features/references';
import { prepareRename, rename } from './features/rename';
import { NO_RENAME_SUPPORT, renameSupportOf, type RenameSupport } from './features/renameSupport';
import { WorkspaceIndex } from './features/workspaceIndex';
import { workspaceSymbols } from './features/workspaceSymbols';
import { IndexRunner } from './features/backgroundIndex';
import { RequestsFirst } from './requestsFirst';
import { watchedChanges } from './features/watchedChanges';
import { dropInAwareDiagnostics, effectiveUnit, EFFECTIVE_UNIT_REQUEST, type EffectiveUnitParams,
  type EffectiveUnitResult, type UnitFilesLookup } from './features/dropins';
import { fileUriOf } from './util/fileUri';
import { securityActions, securityHover, securityLenses, withSecurityHover } from './features/securityEditor';
import { SysvServer } from './features/sysvServer';
import { connectionGone, requestGuards } from './requestGuards';
import { SERVER_CAPABILITIES, WATCHED_FILES } from './capabilities';

/** After a unit's edit, how soon the other open units are checked again (and at most how often while typing). */
const OTHER_UNITS_RECHECK_MS = 300;

/**
 * Serves LSP on `connection`. Everything that touches the machine (files, unit folders, systemctl)
 * comes through `host`, so the same core runs in Node, in a web worker and in-process in tests.
 */
export function startServer(connection: Connection, host: ServerHost): void {
  // Oversize documents come as LargeTextDocument: cheap to edit, never analysed.
  const documents = new TextDocuments<TextDocument>(sizeAwareDocuments);
  // The manager the user chose per file, else the user folders of this host's environment; the
  // cache re-analyses a document when that changes.
  let chosenScopes: ChosenScopes = new Map();
  const cache = new DocumentCache(undefined, (uri) => {
    const path = pathOf(uri);
    return chosenScopes.get(path) ?? host.scopeOf(path);
  }, () => settings.fileAssociations);
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Per document: the last check's rule findings and the diagnostics last sent (code actions read their data). */
  const perDocument = new DocumentDiagnostics();
  let settings: ServerSettings = { ...DEFAULT_SETTINGS };
  let hostVersion = NEWEST_KNOWN_SYSTEMD;
  /** The host's Podman release, the default target of Quadlet files (undefined: the newest known). */
  let hostPodman: string | undefined;
  let pullConfiguration = false;
  let initOptions: unknown;
  /** `daemonConfig` as last pushed by a client that cannot be asked (workspace/didChangeConfiguration). */
  let pushedSettings: unknown;
  let locale: string | undefined;
  /** The language of everything the server writes itself, from the client's locale. */
  let t: Translator = english;
  // The host's man pages, read once each on first hover; a new library when the folders change.
  let manual = new ManualLibrary(undefined);
  let manualFolders: string | undefined;
  const useManualFolders = () => {
    const pages = host.manualPages(settings.manualPath, locale);
    if ((pages?.key ?? '') === manualFolders) return;
    manualFolders = pages?.key ?? '';
    manual = new ManualLibrary(pages?.source, (message) => connection.console.warn(`man pages: ${message}`));
  };
  let itemDefaults: ItemDefaultsSupport = new Set();
  /** The client fills in a completion item's detail on resolve (VS Code does, and shows it only for the focused item). */
  let detailOnResolve = false;
  let workspaceRoots: string[] = [];
  const open: OpenDocuments = {
    text: (path) => {
      const document = documents.all().find((d) => pathOf(d.uri) === path);
      return document instanceof LargeTextDocument ? undefined : document?.getText();
    },
    all: () => documents.all().map((d) => ({ uri: d.uri, path: pathOf(d.uri) })),
  };
  const units = host.unitCatalog(() => workspaceRoots, open);
  const workspace = host.workspace(open);
  const indexSource = host.indexSource(units, () => workspaceRoots, open);
  const index = new WorkspaceIndex(indexSource);
  // Drop-ins are found where references look (workspace index); an open document's URI names it in related information.
  const unitFilesLookup: UnitFilesLookup = {
    unitFiles: (scope) => index.unitFiles(scope),
    unitFolders: (scope) => index.unitFolders(scope),
    read: (path) => indexSource.read(path),
  };
  const uriOfPath = (path: string) => open.all().find((d) => d.path === path)?.uri ?? fileUriOf(path);
  let renameSupport: RenameSupport = NO_RENAME_SUPPORT;
  let convertSupport: ConvertSupport = NO_CONVERT_SUPPORT;
  // SysV init scripts: open files that are nothing else, in an init.d folder or with an LSB header.
  const sysv = new SysvServer({ open: (uri) => documents.get(uri), isOther: (uri, text, languageId) => classifyFile(uri, text, languageId, cache.scopeOf(uri), settings.fileAssociations) !== undefined,
    exists: (path) => open.text(path) !== undefined || workspace?.readFile(path) !== undefined });
  let watchFiles = false;
  /** The client lets the server register for workspace/didChangeConfiguration (Eglot 1.9 warns on such a request). */
  let registerConfiguration = false;

  const log = (message: string) => connection.console.log(message);
  const failed = (name: string, error: unknown) => connection.console.error(`${name} failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  // Requests that need the workspace's lists or files wait for the background index rather than walk at once.
  const requestsFirst = new RequestsFirst();
  const indexRuns = new IndexRunner(index, log, (error) => failed('workspace index', error), requestsFirst.pause);
  const { guard, serve, checked, checkedSync } = requestGuards(connection, failed, requestsFirst);
  // An oversize document is never parsed: every feature answers as for an unknown file. A large
  // one is analysed in slices, and the answer waits for it while other requests go ahead.
  const sliced = new SlicedAnalysis(cache);
  const whenAnalyzed = <R>(uri: string, fallback: R, work: (a: AnalyzedDocument) => R): R | Promise<R> => {
    const document = documents.get(uri);
    if (!document || document instanceof LargeTextDocument) return fallback;
    const a = sliced.get(document);
    return a instanceof Promise ? a.then((done) => (done ? work(done) : fallback)) : a ? work(a) : fallback;
  };

  const publish = (uri: string) => {
    timers.delete(uri);
    const document = documents.get(uri);
    if (!document) return;
    if (document instanceof LargeTextDocument) {
      cache.delete(uri);
      perDocument.forget(uri);
      void connection.sendDiagnostics({ uri, version: document.version, diagnostics: localizeDiagnostics([oversizeDiagnostic(document.length)], t) });
      return;
    }
    const { version } = document;
    const send = (diagnostics: Diagnostic[]) => {
      // Analysed in slices, the document may have changed (its own publish is on the way) or closed meanwhile.
      if (documents.get(uri)?.version !== version) return;
      // Kept as sent (translated), for clients that send a diagnostic back without its data.
      const sent = localizeDiagnostics(capped(diagnostics, MAX_DIAGNOSTICS), t);
      if (perDocument.changed(uri, sent)) void connection.sendDiagnostics({ uri, version, diagnostics: sent });
    };
    const onRuleError = (code: string, error: unknown) => connection.console.error(`rule ${code} failed on ${uri}: ${String(error)}`);
    // A unit is checked together with its unit file and drop-ins (features/dropins).
    const merged = (a: AnalyzedDocument, found: Diagnostic[]) => guard('drop-in diagnostics', found,
      () => dropInAwareDiagnostics(a, found, unitFilesLookup, uriOfPath, settings));
    const check = (a: AnalyzedDocument | undefined): Diagnostic[] | Promise<Diagnostic[]> => (!a ? otherFamily(document)
      // After an edit the rules redo only what it changed, a few milliseconds whatever the size: no slices then.
      : isLarge(document) && !a.edit ? inSlices(diagnosticSteps(a, settings, workspace, onRuleError, perDocument.memo(uri))).then((found) => merged(a, found))
        : merged(a, computeDiagnostics(a, settings, workspace, onRuleError, perDocument.memo(uri))));
    const diagnostics = guard<Diagnostic[] | Promise<Diagnostic[]>>('diagnostics', [], () => indexRuns.afterScan(() => {
      const a = sliced.get(document);
      return a instanceof Promise ? a.then(check) : check(a);
    }));
    if (diagnostics instanceof Promise) void diagnostics.then(send);
    else send(diagnostics);
  };
  // Not a unit nor a supervisor config: maybe a file of another systemd family, which gets its syntax and a note.
  const otherFamily = (document: TextDocument): Diagnostic[] => {
    const text = document.getText();
    const found = classifyFile(document.uri, text, document.languageId, cache.scopeOf(document.uri), settings.fileAssociations);
    return found && 'evidence' in found ? lineFormats.diagnostics(found, text) ?? familyDiagnostics(found, text) : sysv.diagnostics(document.uri);
  };
  // tmpfiles.d and sysusers.d files are answered by their line format (lineFormats/), not the INI features.
  const lineFormats = new LineFormatService((uri) => { const d = documents.get(uri); return d instanceof LargeTextDocument ? undefined : d; },
    () => ({ version: settings.systemdVersion, t, workspace, associations: settings.fileAssociations, scopeOf: cache.scopeOf, manual }));
  const schedule = (uri: string, delay = settings.diagnosticsDelay) => {
    clearTimeout(timers.get(uri));
    timers.set(uri, setTimeout(() => {
      try {
        publish(uri);
      } catch (error) {
        // A client that went away without shutdown (a closed pipe) leaves nothing to publish to.
        if (!connectionGone(error)) failed('diagnostics', error);
      }
    }, delay));
  };
  const refreshSettings = async () => {
    let raw: unknown = pushedSettings ?? (initOptions as { settings?: unknown } | undefined)?.settings;
    if (pullConfiguration) {
      // An editor with nothing configured answers null: the initialization options then stand.
      raw = (await connection.workspace.getConfiguration('daemonConfig').catch(() => undefined) as unknown) ?? raw;
    }
    settings = readSettings(raw, hostVersion, hostPodman);
    useManualFolders();
    for (const document of documents.all()) schedule(document.uri, 0);
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    pullConfiguration = Boolean(params.capabilities.workspace?.configuration);
    itemDefaults = itemDefaultsSupport(params.capabilities);
    detailOnResolve = resolvesDetail(params.capabilities);
    initOptions = params.initializationOptions;
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    workspaceRoots = folders.filter((uri) => uri.startsWith('file:')).map(pathOf);
    settings = readSettings((initOptions as { settings?: unknown } | undefined)?.settings, hostVersion, hostPodman);
    renameSupport = renameSupportOf(params.capabilities, params.clientInfo);
    convertSupport = convertSupportOf(params.capabilities);
    sysv.initialize(params.capabilities);
    watchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    registerConfiguration = params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    locale = typeof params.locale === 'string' ? params.locale : undefined;
    t = translatorFor(localeOf(locale));
    useManualFolders();
    return {
      capabilities: SERVER_CAPABILITIES,
      serverInfo: { name: 'daemon-config-language-server' },
    };
  });

  // Checks still waiting have no one to go to after shutdown.
  connection.onShutdown(() => {
    for (const timer of timers.values()) clearTimeout(timer);
    timers.clear();
  });

  connection.onInitialized(() => {
    // A client that cannot register still pushes didChangeConfiguration (Eglot does on start), and that is enough.
    if (pullConfiguration && registerConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'daemonConfig' }).catch(() => undefined);
    // New, deleted and changed unit files and configs reach the workspace index at once, not after its scans expire.
    if (watchFiles) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, WATCHED_FILES).then(() => {
        indexSource.follow?.();
        index.follow();
      }, () => undefined);
    }
    // The first references request should not wait for thousands of files.
    indexRuns.start();
    void Promise.all([host.systemdVersion(), host.podmanVersion?.()]).then(([version, podman]) => {
      if (version !== undefined) hostVersion = version;
      hostPodman = podman;
      log(`target systemd version defaults to ${hostVersion}${version === undefined ? ` (no systemctl on ${host.name})` : ` (${host.name})`}`);
      log(`target Podman version for Quadlet files defaults to ${podman ?? `${NEWEST_PODMAN}, the newest known (no podman on ${host.name})`}`);
      return refreshSettings();
    });
  });
  connection.onDidChangeConfiguration((change) => {
    // Kept, so that learning the host's systemd release later does not throw the pushed settings away;
    // a client that can be asked but answers null (or nothing) may still push them.
    pushedSettings = (change as { settings?: { daemonConfig?: unknown } | null } | null)?.settings?.daemonConfig;
    void refreshSettings();
  });

  // TextDocuments fires a content change right after each open: that one must not push the open's
  // immediate check back by the typing delay.
  const justOpened = new Set<string>();
  // The workspace index reads an open document's text, not the disk's: its facts follow each edit.
  const edited = (uri: string) => {
    if (uri.startsWith('file:')) index.edited(pathOf(uri));
  };
  documents.onDidOpen((e) => {
    justOpened.add(e.document.uri);
    edited(e.document.uri);
  });
  documents.onDidChangeContent((e) => {
    schedule(e.document.uri, justOpened.delete(e.document.uri) ? 0 : undefined);
    edited(e.document.uri);
    // A unit and its drop-ins are checked together: an edit to one re-checks the others that are open,
    // at most every OTHER_UNITS_RECHECK_MS while typing, so that a big one open beside it does not
    // hold up every keystroke (a check already pending for one of them is left as it is).
    if (isUnitOrDropIn(e.document.uri)) {
      const pause = Math.max(settings.diagnosticsDelay, OTHER_UNITS_RECHECK_MS);
      for (const other of documents.all()) if (other.uri !== e.document.uri && isUnitOrDropIn(other.uri) && !timers.has(other.uri)) schedule(other.uri, pause);
    }
  });
  documents.onDidClose((e) => {
    justOpened.delete(e.document.uri);
    edited(e.document.uri);
    clearTimeout(timers.get(e.document.uri));
    timers.delete(e.document.uri);
    cache.delete(e.document.uri);
    perDocument.forget(e.document.uri);
    sliced.forget(e.document.uri);
    sysv.forget(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    host.documentClosed?.();
  });

  serve(CompletionRequest.type, positionParams, [], (p) => {
    return lineFormats.completion(p.textDocument.uri, p.position) ?? sysv.completion(p.textDocument.uri, p.position, t) ?? whenAnalyzed<CompletionItem[] | CompletionList>(p.textDocument.uri, [], (a) => {
      const found = completionList(a, p.position, { version: versionFor(a), units, t });
      // A very long list goes out incomplete, so that the client asks again as the user types.
      const bounded = found.items.length > MAX_COMPLETION_ITEMS ? { ...found, isIncomplete: true, items: capped(found.items, MAX_COMPLETION_ITEMS) } : found;
      const list = packCompletionList(bounded, itemDefaults, p.position, detailOnResolve && found.detailsOnResolve === true);
      // A complete list without defaults goes out as a plain array, as it always did; LSP reads both the same way.
      return list.isIncomplete || list.itemDefaults ? list : list.items;
    });
  });
  // Should resolving fail, the client still gets its item back (so the outer fallback is never used).
  serve(CompletionResolveRequest.type, completionItemParams, undefined as never,
    (item) => guard('completionItem/resolve', item, () => resolveCompletion(item, t)));
  // On a service's [Service] header the exposure checks follow the section's hover.
  serve(HoverRequest.type, positionParams, null, async (p) => lineFormats.hover(p.textDocument.uri, p.position) ?? sysv.hover(p.textDocument.uri, p.position, t) ?? withSecurityHover(
    await whenAnalyzed(p.textDocument.uri, null, (a) => withManual(manual, (m) => hover(a, p.position, versionFor(a), m, { units, workspace }, t))),
    await whenAnalyzed(p.textDocument.uri, undefined, (a) => guard('security hover', undefined, () => securityHover(a, p.position, unitFilesLookup, t)))));
  serve(DocumentSymbolRequest.type, documentParams, [], (p) => {
    return lineFormats.symbols(p.textDocument.uri) ?? whenAnalyzed(p.textDocument.uri, [], (a) => documentSymbols(a.doc));
  });
  serve(FoldingRangeRequest.type, documentParams, [], (p) => {
    return whenAnalyzed(p.textDocument.uri, [], (a) => foldingRanges(a.doc));
  });
  serve(DefinitionRequest.type, positionParams, null, (p) => {
    return indexRuns.afterScan(() => whenAnalyzed(p.textDocument.uri, null, (a) => unitDefinition(a, p.position, units)));
  });
  serve(DocumentLinkRequest.type, documentParams, [], (p) => {
    return indexRuns.afterScan(() => whenAnalyzed(p.textDocument.uri, [], (a) => unitLinks(a, units)));
  });
  serve(CodeActionRequest.type, codeActionParams, [], (p) => {
    const fixes = capped([...quickFixes(p.textDocument.uri, withUsableFixes(withPublishedData(p.context.diagnostics, perDocument.published(p.textDocument.uri)))),
      ...sysv.actions(p.textDocument.uri, p.context.only, t)]);
    // Hardening actions (features/securityEditor.ts) only where the client names no problem, unless it asks for quick fixes only.
    const hardening = p.context.diagnostics.length === 0 && (!p.context.only || p.context.only.some((k) => 'refactor.rewrite'.startsWith(k)));
    return whenAnalyzed(p.textDocument.uri, fixes, (a) => capped([...fixes,
      ...(hardening ? guard('security actions', [], () => securityActions(a, p.range, unitFilesLookup, t)) : []),
      ...guard('conversions', [], () => convertActions(a, p.range, { support: convertSupport, workspace, openPaths: open.all().map((d) => d.path), inWorkspace, only: p.context.only, t }))]));
  });
  serve(CodeLensRequest.type, documentParams, [], (p) => (settings.securityCodeLens
    ? indexRuns.afterScan(() => whenAnalyzed(p.textDocument.uri, [], (a) => securityLenses(a, unitFilesLookup, t))) : []));
  connection.onNotification(UNIT_SCOPES_NOTIFICATION, (params: unknown) => {
    const chosen = readChosenScopes(params);
    if (typeof chosen === 'string') return void connection.console.warn(`ignored ${UNIT_SCOPES_NOTIFICATION}: ${chosen}`);
    chosenScopes = chosen;
    for (const document of documents.all()) schedule(document.uri, 0);
  });
  // Formatting: a layout that would change what the file means is refused with a log line, not applied.
  const formatted = (uri: string, result: FormatResult) => {
    if (result.refused) log(`formatting ${uri}: ${result.refused}`);
    return result.edits;
  };
  serve(DocumentFormattingRequest.type, formattingParams, [], (p) => {
    return whenAnalyzed(p.textDocument.uri, [], (a) => formatted(a.uri, formatDocument(a.doc, p.options, settings.supervisorSpacing)));
  });
  serve(DocumentRangeFormattingRequest.type, rangeFormattingParams, [], (p) => {
    return whenAnalyzed(p.textDocument.uri, [], (a) => formatted(a.uri, formatRange(a.doc, p.range, p.options, settings.supervisorSpacing)));
  });
  // Semantic tokens: an unknown or oversize file gets none, so the editor keeps its grammar's colours.
  const tokenResults = new SemanticTokenResults();
  documents.onDidClose((e) => tokenResults.forget(e.document.uri));
  serve(SemanticTokensRequest.type, documentParams, { data: [] }, (p) => {
    return lineFormats.tokens(p.textDocument.uri, (data) => tokenResults.full(p.textDocument.uri, data)) ?? whenAnalyzed(p.textDocument.uri, { data: [] }, (a) => tokenResults.full(p.textDocument.uri, semanticTokens(a)));
  });
  serve(SemanticTokensDeltaRequest.type, semanticTokensDeltaParams, { data: [] }, (p) => {
    return lineFormats.tokens(p.textDocument.uri, (data) => tokenResults.delta(p.textDocument.uri, p.previousResultId, data))
      ?? whenAnalyzed(p.textDocument.uri, { data: [] }, (a) => tokenResults.delta(p.textDocument.uri, p.previousResultId, semanticTokens(a)));
  });
  serve(SemanticTokensRangeRequest.type, semanticTokensRangeParams, { data: [] }, (p) => {
    return lineFormats.tokens(p.textDocument.uri, (data) => ({ data }), p.range) ?? whenAnalyzed(p.textDocument.uri, { data: [] }, (a) => ({ data: semanticTokens(a, p.range) }));
  });
  // References, rename, highlights and workspace symbols read the workspace index (workspaceIndex.ts).
  const inWorkspace = (path: string) => workspaceRoots.some((root) => path.startsWith(root.endsWith('/') ? root : `${root}/`));
  const referenceContext: ReferenceContext = { index, workspace, inWorkspace };
  const refused = (refusal: string) => new ResponseError<void>(LSPErrorCodes.RequestFailed, t.message(refusal));
  serve(ReferencesRequest.type, referenceParams, [], (p) => {
    return indexRuns.afterIndex(() => whenAnalyzed(p.textDocument.uri, [], (a) => capped(references(a, p.position, p.context.includeDeclaration, referenceContext))));
  });
  serve(DocumentHighlightRequest.type, positionParams, [], (p) => {
    return whenAnalyzed(p.textDocument.uri, [], (a) => capped(documentHighlights(a, p.position)));
  });
  serve(PrepareRenameRequest.type, positionParams, null, (p) => {
    return indexRuns.afterIndex(() => whenAnalyzed(p.textDocument.uri, null, (a) => {
      const answer = prepareRename(a, p.position, referenceContext, renameSupport);
      return answer && 'refusal' in answer ? refused(answer.refusal) as never : answer;
    }));
  });
  serve(RenameRequest.type, renameParams, null, (p) => {
    return indexRuns.afterIndex(() => whenAnalyzed(p.textDocument.uri, null, (a) => {
      const answer = rename(a, p.position, p.newName, referenceContext, renameSupport, documents.all());
      if (!answer) return null;
      if ('refusal' in answer) return refused(answer.refusal) as never;
      for (const note of answer.notes) void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: t.message(note) });
      return answer.edit;
    }));
  });
  serve(WorkspaceSymbolRequest.type, workspaceSymbolParams, [], (p) => {
    const relativeFolder = (path: string) => {
      const root = workspaceRoots.find((r) => path.startsWith(`${r}/`));
      return root ? path.slice(root.length + 1, path.lastIndexOf('/')) : path.slice(0, path.lastIndexOf('/'));
    };
    return indexRuns.afterIndex(() => workspaceSymbols(p.query, index, relativeFolder));
  });
  connection.onNotification(DidChangeWatchedFilesNotification.type, checked('workspace/didChangeWatchedFiles', watchedFilesParams, (p) => {
    // Each reported file is read again on its next use; the folder scans change by these files alone.
    const changes = watchedChanges(p.changes);
    if (changes && indexSource.changed) indexSource.changed(changes);
    else indexSource.refresh();
    index.changed(changes);
    // Files came or went, or the folders must be walked again: done in the background, not by the next request.
    if (!changes || changes.some((c) => c.change !== 'changed')) indexRuns.start();
    // A unit or drop-in changed on disk: the open ones are checked again with it.
    if (p.changes.some((c) => isUnitOrDropIn(c.uri))) for (const d of documents.all()) if (isUnitOrDropIn(d.uri)) schedule(d.uri);
  }));
  // daemonConfig/fileInfo: what the editor's commands need to know about a file (fileInfo.ts). A file
  // not open in the editor (the config a program file names) is read from disk as the rules read it.
  const fileInfoRequest = new ProtocolRequestType<FileInfoParams, FileInfoResult, never, void, void>(FILE_INFO_REQUEST);
  serve(fileInfoRequest, fileInfoParams, null, (p) => {
    const { uri } = p.textDocument;
    if (documents.get(uri)) return whenAnalyzed<FileInfoResult>(uri, null, (a) => fileInfo(a, p.position, workspace));
    const path = pathOf(uri);
    const text = uri.startsWith('file:') ? workspace?.readFile(path) : undefined;
    const a = text === undefined ? undefined : analyze(uri, 0, text, undefined, chosenScopes.get(path) ?? host.scopeOf(path), settings.fileAssociations);
    return a ? fileInfo(a, p.position, workspace) : null;
  });
  serve(SelectionRangeRequest.type, selectionRangeParams, [], (p) => {
    return whenAnalyzed(p.textDocument.uri, [], (a) => selectionRanges(a.doc, p.positions));
  });
  serve(InlayHintRequest.type, rangeParams, [], (p) => {
    return indexRuns.afterScan(() => whenAnalyzed(p.textDocument.uri, [], (a) => inlayHints(a, p.range, { settings, version: versionFor(a), workspace, unitFiles: unitFilesLookup, t })));
  });
  serve(SignatureHelpRequest.type, positionParams, null, (p) => {
    return whenAnalyzed(p.textDocument.uri, null, (a) => signatureHelp(a, p.position, t));
  });
  // daemonConfig/effectiveUnit: the unit merged with its drop-ins from files, no systemctl (features/dropins).
  const effectiveUnitRequest = new ProtocolRequestType<EffectiveUnitParams, EffectiveUnitResult | null, never, void, void>(EFFECTIVE_UNIT_REQUEST);
  serve(effectiveUnitRequest, documentParams, null, (p) => indexRuns.afterScan(() => {
    const { uri } = p.textDocument;
    if (documents.get(uri)) return whenAnalyzed<EffectiveUnitResult | null>(uri, null, (a) => effectiveUnit(a, unitFilesLookup, t));
    const path = pathOf(uri);
    const text = uri.startsWith('file:') ? indexSource.read(path) : undefined;
    const a = text === undefined ? undefined : analyze(uri, 0, text, undefined, chosenScopes.get(path) ?? host.scopeOf(path), settings.fileAssociations);
    return a ? effectiveUnit(a, unitFilesLookup, t) : null;
  }));
  // The library's own $/setTrace handler reads params.value blindly.
  connection.onNotification(SetTraceNotification.type, (p) => {
    const value = (p as { value?: unknown } | null)?.value;
    if (value === 'off' || value === 'messages' || value === 'verbose') (connection.tracer as unknown as { trace: Trace }).trace = Trace.fromString(value);
  });

  const isUnitOrDropIn = (uri: string) => /\.service$|\.d\/[^/]+\.conf$/.test(uri);
  // A Quadlet file's keys are dated by Podman release.
  const versionFor = (a: AnalyzedDocument) => (a.kind.dialect === 'systemd' ? (a.kind.family === 'quadlet' ? settings.podmanVersion : settings.systemdVersion)
    : a.support.schema.latestVersion);

  documents.listen(checkedSync);
  connection.listen();
}
