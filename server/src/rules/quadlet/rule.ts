// The Quadlet rules as one Rule of the family registry: the file's name and type from its kind, the
// target Podman release from the settings, and the Quadlet units beside it from the workspace.
import { NEWEST_PODMAN, quadletFileType } from '../../schema/quadlet';
import type { Rule, WorkspaceView } from '../types';
import { checkQuadlet } from './index';

/** Where quadlet looks for units (podman-systemd.unit(5)); with the file's own folder, what references resolve against. */
const SEARCH_PATH = ['/run/containers/systemd', '/etc/containers/systemd', '/usr/share/containers/systemd'];
const MAX_UNITS = 5000;

/** Quadlet unit names in the file's folder and quadlet's system folders; undefined when the workspace cannot list files. */
function unitsBeside(workspace: WorkspaceView | undefined, filePath: string | undefined): Set<string> | undefined {
  if (!workspace || !filePath) return undefined;
  const folder = filePath.slice(0, filePath.lastIndexOf('/')) || '/';
  const found = new Set<string>();
  for (const dir of [folder, ...SEARCH_PATH]) {
    // fnmatch globs have no `{a,b}`: every name of the folder, then the Quadlet ones.
    for (const path of workspace.glob('*', dir)) {
      const name = path.slice(path.lastIndexOf('/') + 1);
      if (quadletFileType(name)) found.add(name);
      if (found.size >= MAX_UNITS) return found;
    }
  }
  return found;
}

export const quadletRule: Rule = {
  code: 'quadlet',
  check({ doc, kind, settings, filePath, workspace, uri }) {
    if (kind.dialect !== 'systemd' || kind.family !== 'quadlet' || !kind.familyType) return [];
    const name = (filePath ?? uri ?? '').slice((filePath ?? uri ?? '').lastIndexOf('/') + 1);
    // A drop-in (`web.container.d/10.conf`) is checked for its keys and values only: what it lacks, its unit has.
    const dropIn = !name.endsWith(`.${kind.familyType}`);
    return checkQuadlet({
      doc, fileName: dropIn ? `drop-in.${kind.familyType}` : name, dropIn, podmanVersion: settings.podmanVersion ?? NEWEST_PODMAN,
      quadletUnits: dropIn ? undefined : unitsBeside(workspace, filePath),
    });
  },
};
