// Hover on a value: what the word under the cursor means in this file. Each kind of value answers
// in its own module; a directive's value kind (`calendar`, `timespan`, ...) may have a hover of its
// own in BY_VALUE_KIND, asked first, then the general ones in order. The first answer wins.
import type { Hover } from 'vscode-languageserver-types';
import { wordAt } from './cursor';
import { valueMarkdown, type ValueHover, type ValueHoverContext } from './valueHoverContext';
import { argvHover } from './valueHoverArgv';
import { commandVariableHover, execPrefixHover } from './valueHoverCommand';
import { quantityHover } from './valueHoverQuantity';
import { expansionHover, specifierHover } from './valueHoverSpecifiers';
import { unitNameHover } from './valueHoverUnits';
import { enumValueMarkdown } from './markdown';

export type { HoverHostFacts, ValueHover, ValueHoverContext } from './valueHoverContext';

/** Hovers for every value of one kind (ValueSpec.kind), asked before the general ones. */
export const BY_VALUE_KIND: Partial<Record<string, ValueHover>> = {};

/** Hovers for words found in many kinds of value, most specific first. */
const GENERAL: ValueHover[] = [expansionHover, specifierHover, execPrefixHover, commandVariableHover, unitNameHover, quantityHover, enumHover, argvHover];

export function valueHover(context: ValueHoverContext): Hover | null {
  const own = BY_VALUE_KIND[context.directive.value.kind];
  const answer = own?.(context);
  if (answer) return answer;
  for (const hover of GENERAL) {
    const found = hover(context);
    if (found) return found;
  }
  return null;
}

/** One of the directive's own words (`KillMode=mixed`): its meaning. */
function enumHover(context: ValueHoverContext): Hover | null {
  const { entry, directive, offset } = context;
  const word = wordAt(entry.value, offset);
  const text = entry.value.slice(word.start, word.end);
  const value = directive.value.values?.find((v) => v.name === text);
  return value ? valueMarkdown(context, enumValueMarkdown(directive, value, context.t), word.start, word.end) : null;
}
