// The host of the browser server (VS Code for the Web): no file system, no unit folders, no
// systemctl. The unit names it knows are those of the open documents; rules that read other files
// get no workspace view and stay quiet, rather than report files as missing that it cannot see.
import { UNIT_TYPES } from '../classify/fileKind';
import type { ServerHost } from '../hostInterface';
import { catalogIndexSource } from '../features/catalogIndexSource';
import { EFFECTIVE_UNIT_SCHEME } from '../features/dropins/protocol';
import { basename } from '../util/posixPath';
import type { UnitFile } from './unitCatalog';

const UNIT_FILE = new RegExp(`^[^.][^/]*\\.(${UNIT_TYPES.join('|')})$`);

export function browserHost(): ServerHost {
  return {
    workspace: () => undefined,
    unitCatalog: (_roots, open) => {
      // Their URIs are not file: ones (vscode-vfs:, vscode-test-web:), so links keep the URI.
      // A merged unit the client shows (EFFECTIVE_UNIT_SCHEME) is a view, not a file of the workspace.
      const all = (): UnitFile[] => open.all().filter((d) => UNIT_FILE.test(basename(d.path)) && !d.uri.startsWith(`${EFFECTIVE_UNIT_SCHEME}:`))
        .map(({ uri, path }) => ({ name: basename(path), path, uri, origin: 'workspace' }));
      return { all, find: (name) => all().find((f) => f.name === name) };
    },
    indexSource: (catalog, _roots, open) => catalogIndexSource(catalog, (path) => open.text(path),
      () => open.all().map((d) => d.path).filter((path) => /\.(conf|ini)$/.test(path))),
    // No man pages in a browser: hover shows our own text and links to the online manual.
    manualPages: () => undefined,
    // The version then comes from daemonConfig.systemd.version, else the newest the schema knows.
    systemdVersion: () => Promise.resolve(undefined),
    scopeOf: () => undefined,
    name: 'the web',
  };
}
