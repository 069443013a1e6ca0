// Where a service converted to a supervisor program goes: the supervisor configuration of the
// workspace near the unit (a `supervisord.conf` in the unit's folder, a sub-folder of it, or up to
// two folders up). With an `[include]` of `DIR/*.conf` (or `*.ini`) the program gets a file of its
// own there, as supervisor's layout expects; without one it is appended to that config. With no
// configuration around, it goes to a new `conf.d/NAME.conf` next to the unit, for an
// `[include] files = conf.d/*.conf` to pick up.
import { parseSupervisor } from '../parse/supervisor';
import type { ParsedDocument } from '../parse/model';
import { hasSection, includePatterns } from '../rules/supervisor/configSet';
import type { WorkspaceView } from '../rules/types';
import { dirname, isAbsolute, join, normalize } from '../util/posixPath';

export type ProgramPlace =
  | { kind: 'include'; config: string; folder: string; extension: string }
  | { kind: 'append'; config: string; text: string }
  | { kind: 'new'; folder: string };

const UPWARD_LEVELS = 3;

function mainConfigNear(unitPath: string, workspace: WorkspaceView, inWorkspace: (path: string) => boolean): { path: string; doc: ParsedDocument } | undefined {
  let dir = dirname(unitPath);
  for (let level = 0; level < UPWARD_LEVELS && inWorkspace(join(dir, 'x')); level++) {
    const candidates = [join(dir, 'supervisord.conf'), ...workspace.glob('*/supervisord.conf', dir).map((p) => (isAbsolute(p) ? p : join(dir, p)))];
    for (const path of candidates) {
      const text = workspace.readFile(path);
      if (text === undefined) continue;
      const doc = parseSupervisor(text);
      if (hasSection(doc, 'supervisord')) return { path, doc };
    }
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return undefined;
}

export function programPlace(unitPath: string, workspace: WorkspaceView | undefined, inWorkspace: (path: string) => boolean): ProgramPlace {
  const found = workspace ? mainConfigNear(unitPath, workspace, inWorkspace) : undefined;
  if (!found) return { kind: 'new', folder: join(dirname(unitPath), 'conf.d') };
  const here = dirname(found.path);
  for (const pattern of includePatterns(found.doc, here)) {
    const match = /^(.*)\/\*\.(conf|ini)$/.exec(pattern);
    if (!match || /[*?[]/.test(match[1])) continue;
    const folder = normalize(isAbsolute(match[1]) ? match[1] : join(here, match[1]));
    if (inWorkspace(join(folder, 'x'))) return { kind: 'include', config: found.path, folder, extension: match[2] };
  }
  return { kind: 'append', config: found.path, text: workspace?.readFile(found.path) ?? '' };
}
