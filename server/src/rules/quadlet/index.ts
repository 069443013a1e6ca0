// Quadlet's own verdict on one file: what `quadlet` (Podman's systemd generator) refuses, warns about or
// ignores, checked against the Podman release the file targets. The entry point of the Quadlet rules.
import type { Diagnostic } from 'vscode-languageserver-types';
import { comparePodman, FIRST_QUADLET_PODMAN, QUADLET_FILE_SECTIONS, quadletFileType, quadletKeys } from '../../schema/quadlet';
import { WARNING } from '../common/diagnostic';
import { combinationChecks } from './combinations';
import type { QuadletCheckInput, QuadletContext } from './context';
import { keyChecks } from './keys';
import { CODES, problem } from './problem';
import { referenceChecks } from './references';
import { requiredChecks } from './required';
import { valueChecks } from './values';

export type { QuadletCheckInput } from './context';
export { CODES as QUADLET_CODES } from './problem';

const FIRST_LINE = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** The release that brought this file type (`.artifact` in 5.7.0), from the first key of its section. */
function typeSince(section: string): string {
  const releases = quadletKeys(section).map((k) => k.since).sort(comparePodman);
  return releases[0] ?? FIRST_QUADLET_PODMAN;
}

/** Every Quadlet diagnostic for the file; none for a name that is not a Quadlet type (a drop-in is checked by its unit). */
export function checkQuadlet(input: QuadletCheckInput): Diagnostic[] {
  const type = quadletFileType(input.fileName);
  if (!type) return [];
  const main = QUADLET_FILE_SECTIONS[type];
  if (comparePodman(input.podmanVersion, FIRST_QUADLET_PODMAN) < 0) {
    return [problem(FIRST_LINE, `Podman ${input.podmanVersion} has no Quadlet (it came with Podman ${FIRST_QUADLET_PODMAN}): this file is not turned into a service. Set daemonConfig.podman.version to check it for a newer Podman.`, WARNING, CODES.podmanTooOld)];
  }
  const since = typeSince(main);
  if (comparePodman(input.podmanVersion, since) < 0) {
    return [problem(FIRST_LINE, `.${type} files came with Podman ${since}; the quadlet of Podman ${input.podmanVersion} does not read them.`, WARNING, CODES.podmanTooOld)];
  }
  const context: QuadletContext = { ...input, type, main };
  const checks = input.dropIn ? [keyChecks, valueChecks] : [keyChecks, requiredChecks, combinationChecks, valueChecks, referenceChecks];
  const found = checks.flatMap((check) => check(context));
  // In the order of the file, as a reader meets them.
  return found.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
