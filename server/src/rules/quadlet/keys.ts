// Keys and sections: quadlet refuses a file with a key its section does not take ("unsupported key"),
// passes sections it does not read to the generated service, and warns on [Service] keys it overrides.
import type { Diagnostic } from 'vscode-languageserver-types';
import { COMMON_SECTION, keyInRelease, quadletKey, quadletKeys } from '../../schema/quadlet';
import { closest } from '../../util/similar';
import { ERROR, INFO, replace, WARNING } from '../common/diagnostic';
import type { QuickFix } from '../types';
import { sectionsNamed, type QuadletContext } from './context';
import { CODES, problem } from './problem';

/** Keys quadlet still reads but no longer documents, and what replaced them. */
const DEPRECATED: Readonly<Record<string, string>> = {
  RemapUsers: 'UserNS=', RemapUid: 'UIDMap=', RemapGid: 'GIDMap=', RemapUidSize: 'UserNS=auto:size=N', VolatileTmp: 'Tmpfs=/tmp',
};
/** [Service] keys quadlet warns about: the container's user is set in the Quadlet section. */
const SERVICE_KEYS_NOT_SUPPORTED = ['User', 'Group', 'DynamicUser'];

function checkKeys(context: QuadletContext, section: string): Diagnostic[] {
  const found: Diagnostic[] = [];
  const names = quadletKeys(section).filter((k) => keyInRelease(k, context.podmanVersion)).map((k) => k.name);
  for (const { entries, name } of sectionsNamed(context.doc, section)) {
    for (const entry of entries) {
      const facts = quadletKey(section, entry.key);
      if (facts && keyInRelease(facts, context.podmanVersion)) {
        const replacement = DEPRECATED[entry.key];
        if (replacement) {
          found.push(problem(entry.keyRange, `${entry.key}= is deprecated: quadlet still reads it, but ${replacement} in [${name}] is the supported way.`, INFO, CODES.deprecatedKey));
        }
        continue;
      }
      if (facts) {
        found.push(problem(entry.keyRange, `${entry.key}= was added to [${name}] in Podman ${facts.since}; the quadlet of Podman ${context.podmanVersion} refuses the file ("unsupported key").`, WARNING, CODES.newerKey));
        continue;
      }
      const suggestions = closest(entry.key, names);
      const fixes: QuickFix[] = suggestions.map((s, i) => ({ title: `Change to ${s}`, preferred: i === 0, edits: [replace(entry.keyRange, s)] }));
      const hint = suggestions.length > 0 ? ` Did you mean ${suggestions[0]}?` : '';
      found.push(problem(entry.keyRange, `Unsupported key '${entry.key}' in [${name}]: quadlet refuses to convert the file.${hint}`, ERROR, CODES.unknownKey, fixes));
    }
  }
  return found;
}

/** [Quadlet] in a release older than it; other sections are the generic unknown-section rule's. */
function checkQuadletSection(context: QuadletContext): Diagnostic[] {
  const first = quadletKeys(COMMON_SECTION)[0];
  if (!first || keyInRelease(first, context.podmanVersion)) return [];
  return sectionsNamed(context.doc, COMMON_SECTION).slice(0, 1).map((section) => problem(section.nameRange,
    `[${COMMON_SECTION}] was added in Podman ${first.since}; the quadlet of Podman ${context.podmanVersion} passes it to the service unread.`, WARNING, CODES.newerKey));
}

function checkServiceKeys(context: QuadletContext): Diagnostic[] {
  return sectionsNamed(context.doc, 'Service').flatMap((s) => s.entries)
    .filter((e) => SERVICE_KEYS_NOT_SUPPORTED.includes(e.key))
    .map((e) => problem(e.keyRange, `quadlet does not support ${e.key}= in [Service]: it warns, and the generated service may not run as intended.`, WARNING, CODES.serviceKey));
}

export function keyChecks(context: QuadletContext): Diagnostic[] {
  return [...checkKeys(context, context.main), ...checkKeys(context, COMMON_SECTION), ...checkQuadletSection(context), ...checkServiceKeys(context)];
}
