// What supervisord checks against the machine it starts on: folders that must exist (log files,
// pid file, childlogdir) and accounts that must exist (user, chown). The checker may run on
// another machine than supervisord, so these are warnings about this machine.
import { dirname, isAbsolute } from '../../util/posixPath';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Entry } from '../../parse/model';
import { findSupervisorOption } from '../../schema/supervisor';
import { diagnostic, WARNING } from '../common/diagnostic';
import type { Rule, WorkspaceView } from '../types';
import { substitute } from './expandedValues';
import { splitHeader } from './sections';
import { cannotBeUserName } from './userName';

const LOGFILE_WORDS = ['none', 'off', 'auto', 'syslog'];

function exists(workspace: WorkspaceView, path: string): boolean {
  return workspace.glob(path.replace(/[*?[]/g, '[$&]'), '/').length > 0;
}

/** /etc/passwd and /etc/group read once per check (the files may change between checks). */
type Accounts = Map<string, Set<string> | undefined>;

/** Names in /etc/passwd or /etc/group, or undefined when the file cannot be read. */
function names(workspace: WorkspaceView, file: string, cache: Accounts): Set<string> | undefined {
  if (!cache.has(file)) {
    const text = workspace.readFile(file);
    cache.set(file, text === undefined ? undefined : new Set(text.split('\n').map((l) => l.split(':')[0]).filter(Boolean)));
  }
  return cache.get(file);
}

/** Folders looked up once per check: programs often share one log folder. */
type Folders = Map<string, boolean>;

function folderProblem(kind: string, value: string, workspace: WorkspaceView, folders: Folders): string | undefined {
  if (kind === 'logfile' && LOGFILE_WORDS.includes(value.toLowerCase())) return undefined;
  if (!isAbsolute(value)) return undefined; // relative to supervisord's working folder, unknown here
  const folder = kind === 'directory' ? value : dirname(value);
  let found = folders.get(folder);
  if (found === undefined) folders.set(folder, (found = exists(workspace, folder)));
  return found ? undefined : `The folder ${folder} does not exist on this machine: supervisord refuses to start until it does.`;
}

function accountProblem(kind: string, value: string, workspace: WorkspaceView, cache: Accounts): string | undefined {
  const [user, group] = kind === 'user_group' ? value.split(':', 2) : [value, undefined];
  const users = names(workspace, '/etc/passwd', cache);
  // A name no system can have is supervisor/invalid-user-name's error.
  if (users && !/^\d+$/.test(user) && !users.has(user) && !cannotBeUserName(user)) return `There is no user '${user}' on this machine: supervisord refuses an unknown account.`;
  const groups = group !== undefined ? names(workspace, '/etc/group', cache) : undefined;
  if (groups && group !== undefined && !/^\d+$/.test(group) && !groups.has(group)) return `There is no group '${group}' on this machine.`;
  return undefined;
}

export const notOnThisMachine: Rule = {
  code: 'supervisor/not-on-this-machine',
  check({ doc, filePath, workspace }) {
    if (!workspace) return [];
    const results: Diagnostic[] = [];
    const accounts: Accounts = new Map();
    const folders: Folders = new Map();
    const here: Record<string, string> = filePath ? { here: dirname(filePath) } : {};
    for (const section of doc.sections) {
      const { type } = splitHeader(section);
      for (const entry of section.entries) {
        const spec = findSupervisorOption(type, entry.key);
        if (!spec) continue;
        const kind = spec.value.kind;
        if (!['logfile', 'file_path', 'directory', 'user', 'user_group'].includes(kind)) continue;
        const value = valueOf(entry, here);
        if (value === undefined || value === '') continue;
        const problem = kind === 'user' || kind === 'user_group' ? accountProblem(kind, value, workspace, accounts) : folderProblem(kind, value, workspace, folders);
        if (problem) results.push(diagnostic(entry.valueRange, problem, WARNING));
      }
    }
    return results;
  },
};

function valueOf(entry: Entry, names: Record<string, string>): string | undefined {
  const value = entry.value.trim();
  if (value.startsWith('~')) return undefined;
  return value.includes('%') ? substitute(value, names) : value;
}
