// The one way the commands show notifications: the message goes through withoutLinks, because
// most messages carry text from outside (supervisorctl/systemctl output, paths, config values).
// A test checks that nothing else in client/src calls vscode.window.show*Message.
import * as vscode from 'vscode';
import { withoutLinks } from '../notificationText';

type Rest = [vscode.MessageOptions, ...string[]] | string[];

function show(
  fn: (message: string, options: vscode.MessageOptions, ...items: string[]) => Thenable<string | undefined>,
  message: string,
  rest: Rest,
): Thenable<string | undefined> {
  const [first, ...others] = rest;
  if (typeof first === 'object') return fn(withoutLinks(message), first, ...(others as string[]));
  return fn(withoutLinks(message), {}, ...(rest as string[]));
}

export function showError(message: string, ...rest: Rest): Thenable<string | undefined> {
  return show((m, o, ...items) => vscode.window.showErrorMessage(m, o, ...items), message, rest);
}

export function showWarning(message: string, ...rest: Rest): Thenable<string | undefined> {
  return show((m, o, ...items) => vscode.window.showWarningMessage(m, o, ...items), message, rest);
}

export function showInfo(message: string, ...rest: Rest): Thenable<string | undefined> {
  return show((m, o, ...items) => vscode.window.showInformationMessage(m, o, ...items), message, rest);
}
