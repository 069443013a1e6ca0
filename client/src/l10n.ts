// Runtime strings of the pure-Node layers (client/src/systemd, client/src/supervisor). Those
// modules must load without the `vscode` module (unit tests, other hosts), so they call this
// `l10n.t`, which formats English until the extension hands it `vscode.l10n.t` on activation.
// The keys live in l10n/bundle.l10n.*.json next to those of the VS Code layer.

export type Translate = (message: string, args: (string | number | boolean)[]) => string;

/** Replaces `{0}`, `{1}`, ... with the arguments, as `vscode.l10n.t` does. */
export function formatMessage(message: string, args: readonly (string | number | boolean)[]): string {
  return message.replace(/\{(\d+)\}/g, (whole, index: string) => {
    const value = args[Number(index)];
    return value === undefined ? whole : String(value);
  });
}

let translate: Translate = formatMessage;

/** Installs the translator (the extension passes `vscode.l10n.t`); `undefined` restores English. */
export function setTranslator(fn: Translate | undefined): void {
  translate = fn ?? formatMessage;
}

export const l10n = {
  t(message: string, ...args: (string | number | boolean)[]): string {
    return translate(message, args);
  },
};
