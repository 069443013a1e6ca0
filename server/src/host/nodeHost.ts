// The Node server's host: the real file system, this machine's unit folders and its systemctl.
import type { ServerHost } from '../hostInterface';
import { fileSystemWorkspace } from './fsWorkspace';
import { hostPodmanVersion } from './podmanVersion';
import { hostSystemdVersion } from './systemdVersion';
import { createUnitCatalog, hostScopeOf, hostUnitPath, userUnitPath } from './unitCatalog';
import { nodeIndexSource } from './workspaceFiles';
import { manFolders, manPageSource } from './manPages';
import { memoryReleaser } from './memoryRelease';

export function nodeHost(env: NodeJS.ProcessEnv = process.env): ServerHost {
  // Read once: the user manager's folders follow the environment the server was started in.
  const userPath = userUnitPath(env);
  return {
    workspace: (open) => fileSystemWorkspace((path) => open.text(path)),
    unitCatalog: (workspaceRoots) => createUnitCatalog(workspaceRoots),
    indexSource: (catalog, workspaceRoots, open) => nodeIndexSource(catalog, workspaceRoots, hostUnitPath(), (path) => open.text(path)),
    manualPages: (manualPath, locale) => {
      const folders = manFolders(manualPath, env.MANPATH);
      return { key: `${folders.join(':')}|${locale ?? ''}`, source: manPageSource(folders, locale) };
    },
    systemdVersion: () => hostSystemdVersion(env),
    podmanVersion: () => hostPodmanVersion(env),
    scopeOf: (path) => hostScopeOf(path, userPath),
    documentClosed: memoryReleaser(),
    name: 'this host',
  };
}
