// A slice's name is its place in the tree (slice_name_is_valid() in src/basic/unit-name.c): each
// dash starts a level, so no dash at the start or end and no two in a row, and no instances.
// systemd refuses to load a slice with any other name.
import type { Rule } from '../types';
import { headerOf, isUnitOf, refusal, unitNameOf } from './refusal';

export const INVALID_SLICE_NAME = 'systemd/invalid-slice-name';

export function sliceNameProblem(name: string): string | undefined {
  if (name === '-.slice') return undefined;
  const prefix = name.slice(0, -'.slice'.length);
  if (prefix.includes('@')) return 'a slice cannot be a template or an instance';
  if (prefix.startsWith('-')) return 'it starts with a dash';
  if (prefix.endsWith('-')) return 'it ends with a dash';
  if (prefix.includes('--')) return 'it has two dashes in a row';
  return undefined;
}

export const invalidSliceName: Rule = {
  code: INVALID_SLICE_NAME,
  check(context) {
    const name = unitNameOf(context);
    if (!isUnitOf(context, 'slice') || !name?.endsWith('.slice')) return [];
    const problem = sliceNameProblem(name);
    if (!problem) return [];
    return [refusal(context, headerOf(context.doc, 'Slice'),
      `${name} is not a valid slice name (${problem}; dashes separate the levels of the slice tree): systemd refuses to load it.`, INVALID_SLICE_NAME)];
  },
};
