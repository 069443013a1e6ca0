// The part of the host's workspace view the line formats read (/etc/passwd and /etc/group).
export type { WorkspaceView as RulesWorkspaceStub } from '../../../server/src/rules/types';
