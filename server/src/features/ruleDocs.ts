// Where each diagnostic code is explained: an entry of docs/rules.md, whose anchors are the codes
// with `/` turned into `-` (`systemd/restart-with-oneshot` -> `#systemd-restart-with-oneshot`).
import type { Diagnostic } from 'vscode-languageserver-types';

export const RULES_PAGE = 'https://github.com/daemon-config/daemon-config/blob/main/docs/rules.md';

export function ruleAnchor(code: string): string {
  return code.toLowerCase().replace(/[^a-z0-9-]/g, '-');
}

/** Points a coded diagnostic at its entry, so the editor makes the code a link. */
export function linkRuleDocs(d: Diagnostic): void {
  if (typeof d.code === 'string' && d.code && !d.codeDescription) d.codeDescription = { href: `${RULES_PAGE}#${ruleAnchor(d.code)}` };
}
