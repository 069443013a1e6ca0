// What the core needs from the machine it runs on, in one small interface: the Node server gives
// it the file system, the host's unit folders and systemctl (host/nodeHost.ts); the browser server
// only the open documents (browserMain.ts); tests whatever they like. Nothing here may import Node.
import type { WorkspaceView } from './rules/types';
import type { UnitCatalog } from './host/unitCatalog';
import type { RefreshableIndexSource } from './features/workspaceIndex';
import type { ManualSource } from './features/manual/library';

/** The documents the editor has open, by absolute path (a file: URI's path). */
export interface OpenDocuments {
  /** The text of an open document; undefined when it is not open (or too large to analyse). */
  text(path: string): string | undefined;
  /** Every open document: its URI and the path in it. */
  all(): { uri: string; path: string }[];
}

export interface ServerHost {
  /**
   * The files rules may consult besides the document itself (a program file's main config,
   * `[include]` globs, /etc/passwd). An open document's text wins over what is on disk. Undefined
   * when the host cannot see files other than the open ones: rules that would read them stay quiet
   * rather than report files as missing.
   */
  workspace(open: OpenDocuments): WorkspaceView | undefined;
  /** Unit files of the workspace folders (absolute paths) and, where there is one, the host's unit search path. */
  unitCatalog(workspaceRoots: () => string[], open: OpenDocuments): UnitCatalog;
  /** The files references, rename and workspace symbols look through (features/workspaceIndex.ts). */
  indexSource(catalog: UnitCatalog, workspaceRoots: () => string[], open: OpenDocuments): RefreshableIndexSource;
  /**
   * The host's man pages for the `daemonConfig.hover.manualPath` setting ('' for the usual places)
   * and the editor's locale; `key` changes when the folders do. Undefined: no manual on this host.
   */
  manualPages(manualPath: string, locale: string | undefined): { key: string; source: ManualSource } | undefined;
  /** The host's systemd release (`systemctl --version`); undefined when there is none to ask. Never rejects. */
  systemdVersion(): Promise<number | undefined>;
  /** The host's Podman release (`podman --version`, `4.9.3`), the default target of Quadlet files; undefined when there is none. Never rejects. */
  podmanVersion?(): Promise<string | undefined>;
  /** 'user' for a path in one of this host's user unit folders, which the path alone may not tell. */
  scopeOf(path: string): 'user' | undefined;
  /**
   * Told after each document closes: the host may give the memory the closed documents used back
   * to the system (host/memoryRelease.ts; once per burst of closes, when the server is idle).
   */
  documentClosed?(): void;
  /** How the log names this host when it explains the default systemd version: "this host", "the browser". */
  readonly name: string;
}
