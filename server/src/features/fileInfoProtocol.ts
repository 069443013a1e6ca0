// The `daemonConfig/fileInfo` request: what the server knows about one file, for the editor's
// commands (which unit and manager, which supervisord config and program). The client asks instead
// of reading configs itself, so both sides agree by construction. Types only: the client imports
// this file without pulling the server's code into its bundle.

export const FILE_INFO_REQUEST = 'daemonConfig/fileInfo';

export interface FileInfoParams {
  textDocument: { uri: string };
  /** The cursor, for `programAtCursor`. */
  position?: { line: number; character: number };
}

/** null: the server does not take the file for a unit or a supervisor config (or cannot read it). */
export type FileInfoResult = SystemdFileInfo | SupervisorFileInfo | null;

export interface SystemdFileInfo {
  dialect: 'systemd';
  unit: {
    /** The unit the file defines or, for a drop-in, extends; undefined when its name tells none. */
    name: string | undefined;
    type: string | undefined;
    /** The manager it is checked for: the user's choice, else its folder; `unknown` outside both. */
    scope: 'system' | 'user' | 'unknown';
    /** `foo@.service`: it needs an instance to run. */
    template: boolean;
    /** The instance of `foo@bar.service`. */
    instance: string | undefined;
    dropIn: boolean;
  };
}

export interface SupervisorProgram {
  /** `x` of `[program:x]`. */
  name: string;
  sectionKind: 'program' | 'fcgi-program' | 'eventlistener';
  /** The `[group:g]` listing it, else its own name. */
  group: string;
  /** Process names in supervisord's order; empty when `process_name` holds what only the running machine knows. */
  processes: string[];
  /** The supervisorctl arguments that address exactly this program. */
  namespecs: string[];
  numprocs: number;
  /** Line of its `[program:x]` header in this file. */
  headerLine: number;
}

export interface SupervisorFileInfo {
  dialect: 'supervisor';
  supervisor: {
    /**
     * The config supervisord and supervisorctl read (`-c`): the file itself when it holds
     * [supervisord], [supervisorctl], [unix_http_server] or [include], else the main config whose
     * [include] files= take it in. null when none was found.
     */
    config: { path: string; how: 'self' | 'include' } | null;
    /** Programs defined in this file, with groups from the whole configuration. */
    programs: SupervisorProgram[];
    /** `[group:g]` sections of the whole configuration and the programs they list. */
    groups: { name: string; programs: string[] }[];
    /** The program whose section holds the cursor, when a position was sent. */
    programAtCursor: string | undefined;
    /** `[supervisorctl] serverurl` of the governing config, `%(here)s` expanded; undefined when absent. */
    serverUrl: string | undefined;
    /** `[unix_http_server] file` of the configuration, `%(here)s` expanded. */
    socket: string | undefined;
    /** Names of the `[ctlplugin:x]` sections of the governing config (supervisorctl imports their modules). */
    ctlPlugins: string[];
    /** `[include] files=` patterns that were not followed, and why. */
    includeErrors: string[];
  };
}
