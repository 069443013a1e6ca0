// A family told by the content alone (a `.conf` with `[Journal]`, a `.network` outside networkd's folders)
// may be guessed wrong: say once which family was assumed, and how to choose another (the editor's
// language mode, one per family, or the associations setting).
import { FAMILY_LABELS } from '../../classify/families';
import { diagnostic, INFO } from '../common/diagnostic';
import type { Rule } from '../types';

export const FAMILY_ASSUMED = 'systemd/family-assumed';

export const familyAssumed: Rule = {
  code: FAMILY_ASSUMED,
  check({ kind }) {
    if (kind.dialect !== 'systemd' || kind.family === undefined || kind.familyEvidence !== 'content') return [];
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const d = diagnostic(range, `Taken for a ${FAMILY_LABELS[kind.family]} file by its content. If it is another kind of file, choose its language with Change Language Mode, or map a glob to a family in daemonConfig.files.associations.`, INFO);
    d.code = FAMILY_ASSUMED;
    return [d];
  },
};
