// Commands that need no host tool (no systemctl, no supervisorctl): the browser entry registers
// them too, and the manifest shows them in VS Code for the Web (test/package/manifest.test.ts).
export const MERGED_UNIT_COMMAND = 'daemonConfig.showMergedUnit';

/** Shows the checks of a service's exposure score (the CodeLens on [Service] runs it). */
export const SECURITY_CHECKS_COMMAND = 'daemonConfig.security.showChecks';

export const WEB_COMMANDS: readonly string[] = [MERGED_UNIT_COMMAND, SECURITY_CHECKS_COMMAND];
