// Language-client middleware for completionItem/resolve.
//
// VS Code's extension host keeps each completion list (and what its items need to travel back)
// until the suggest widget moves on to a newer list, which with our incomplete lists happens on
// every keystroke; it then releases the old list and cancels the resolve it had asked for. The
// language client answers a cancelled resolve with the unresolved item it was given (the default
// value of handleFailedRequest), and the extension host converts that item for a list it has
// already released, which throws "DisposableStore is missing...". A resolve whose connection went
// away (a server restart) comes back the same way. Either answers nothing instead, which VS Code
// reads as "nothing to add".
import type { Middleware } from 'vscode-languageclient';

export const resolveCompletionItem: NonNullable<Middleware['resolveCompletionItem']> = async (item, token, next) => {
  const resolved = await next(item, token);
  // a real answer is a new item made from the server's reply; the very item we gave means none came
  return token.isCancellationRequested || resolved === item ? undefined : resolved;
};
