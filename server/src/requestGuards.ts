// Every request and document notification goes through a shape check before any handler reads its
// params, and every handler's failure is logged and answered with a fallback: the server never dies
// on what a client sends.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  ConnectionError, ConnectionErrors, ErrorCodes, LSPErrorCodes, ResponseError, type Connection, type ProtocolRequestType, type RequestHandler, type TextDocuments,
} from 'vscode-languageserver';
import { didChangeParams, didOpenParams, documentParams } from './params';
import { RequestsFirst } from './requestsFirst';

/** Whether `error` says the connection is closed or disposed: the client went away, nothing is wrong here. */
export function connectionGone(error: unknown): boolean {
  return error instanceof ConnectionError && (error.code === ConnectionErrors.Closed || error.code === ConnectionErrors.Disposed);
}

/** `requestsFirst` notes every answer, so that background work lets its reply out first. */
export function requestGuards(connection: Connection, failed: (name: string, error: unknown) => void, requestsFirst = new RequestsFirst()) {
  const guard = <T>(name: string, fallback: T, work: () => T): T => {
    try {
      const result = work();
      // A large document's answer comes later (slicedAnalysis.ts); its failure is caught the same way.
      return result instanceof Promise ? result.catch((error: unknown) => (failed(name, error), fallback)) as T : result;
    } catch (error) {
      failed(name, error);
      return fallback;
    }
  };
  // Requests are registered through onRequest so that the shape check runs before anything reads
  // the params (connection.onHover & co. read params.workDoneToken first and throw on null).
  const serve = <P, R, PR, RO>(type: ProtocolRequestType<P, R, PR, void, RO>, check: (params: unknown) => string | undefined,
    fallback: R, work: (params: P) => R | Promise<R>) => {
    const name = type.method.replace(/^textDocument\//, '');
    const handler = (params: P, token: unknown): R | Promise<R> | ResponseError<void> => {
      const problem = check(params);
      if (problem) return new ResponseError<void>(ErrorCodes.InvalidParams, `${type.method}: ${problem}`);
      // Params sent as an array arrive spread, so the token may be missing or something else.
      if ((token as { isCancellationRequested?: unknown } | undefined)?.isCancellationRequested === true) {
        return new ResponseError<void>(LSPErrorCodes.RequestCancelled, `${type.method} cancelled`);
      }
      return requestsFirst.noting(guard<R | Promise<R>>(name, fallback, () => work(params)));
    };
    // (TypeScript cannot see that R fits HandlerResult's conditional type for a generic R.)
    connection.onRequest(type, handler as unknown as RequestHandler<P, R, void>);
  };
  // TextDocuments trusts its notifications; a malformed one is logged and dropped before it gets there.
  const checked = <P>(method: string, check: (params: unknown) => string | undefined, handler: (params: P) => void) => (params: P) => {
    const problem = check(params);
    if (problem) connection.console.warn(`ignored ${method}: ${problem}`);
    else handler(params);
    // Diagnostics it publishes are written on a later turn, as a reply is.
    requestsFirst.answer();
  };
  const checkedSync: Parameters<TextDocuments<TextDocument>['listen']>[0] = {
    onDidOpenTextDocument: (h) => connection.onDidOpenTextDocument(checked('textDocument/didOpen', didOpenParams, h)),
    onDidChangeTextDocument: (h) => connection.onDidChangeTextDocument(checked('textDocument/didChange', didChangeParams, h)),
    onDidCloseTextDocument: (h) => connection.onDidCloseTextDocument(checked('textDocument/didClose', documentParams, h)),
    onWillSaveTextDocument: (h) => connection.onWillSaveTextDocument(checked('textDocument/willSave', documentParams, h)),
    onWillSaveTextDocumentWaitUntil: (h) => connection.onWillSaveTextDocumentWaitUntil((params, token) => {
      const problem = documentParams(params);
      return problem ? new ResponseError(ErrorCodes.InvalidParams, `textDocument/willSaveWaitUntil: ${problem}`) : h(params, token);
    }),
    onDidSaveTextDocument: (h) => connection.onDidSaveTextDocument(checked('textDocument/didSave', documentParams, h)),
  };
  return { guard, serve, checked, checkedSync };
}
