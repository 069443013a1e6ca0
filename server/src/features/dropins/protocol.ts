// daemonConfig/effectiveUnit: the unit as systemd will load it, merged from its file and drop-ins
// as found in the workspace and the host's unit folders (no systemctl), each line with its source.
export const EFFECTIVE_UNIT_REQUEST = 'daemonConfig/effectiveUnit';

/**
 * The URI scheme under which the VS Code client shows an answer (`daemon-config-merged:/foo.service`).
 * Such a document is checked as the unit it shows, but never merged with drop-ins again, nor taken
 * for a unit file of the workspace.
 */
export const EFFECTIVE_UNIT_SCHEME = 'daemon-config-merged';

export interface EffectiveUnitParams {
  textDocument: { uri: string };
}

/** One directive line of the rendered text and where its value was written. */
export interface EffectiveLine {
  /** 0-based line of `text`. */
  line: number;
  section: string;
  key: string;
  value: string;
  /** The file and its 0-based line that the value comes from. */
  path: string;
  sourceLine: number;
}

export interface EffectiveUnitResult {
  unit: string;
  /** The merged unit in unit-file syntax; a comment above each directive says `# from /path:line` (1-based). */
  text: string;
  /** The files read, in order: the unit file (absent when it was not found), then the drop-ins. */
  files: { path: string; role: 'unit' | 'drop-in' }[];
  /** Drop-ins hidden by a file of the same name in a folder of higher precedence. */
  masked: { path: string; by: string }[];
  lines: EffectiveLine[];
}
