// The user and group names of this machine, from /etc/passwd and /etc/group as the host shows them
// (ServerHost's workspace view; undefined where it cannot read files, and nothing is checked then).
import type { WorkspaceView } from '../rules/types';

/** More names than any real machine has; a longer file is read up to here. */
const MAX_NAMES = 20_000;

export interface Accounts {
  users?: ReadonlySet<string>;
  groups?: ReadonlySet<string>;
}

function names(text: string | undefined): Set<string> | undefined {
  if (text === undefined) return undefined;
  const out = new Set<string>();
  for (const line of text.split('\n')) {
    const colon = line.indexOf(':');
    const name = colon > 0 ? line.slice(0, colon) : '';
    if (name && !name.startsWith('#') && !name.startsWith('+') && !name.startsWith('-')) out.add(name);
    if (out.size >= MAX_NAMES) break;
  }
  return out;
}

export function hostAccounts(workspace: WorkspaceView | undefined): Accounts {
  if (!workspace) return {};
  return { users: names(workspace.readFile('/etc/passwd')), groups: names(workspace.readFile('/etc/group')) };
}
