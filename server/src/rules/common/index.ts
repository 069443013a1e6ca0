// Rules that read only the schema, so they hold for both dialects.
import type { Rule } from '../types';
import { duplicateDirective } from './duplicateDirective';
import { outsideIgnoredSections } from './ignoredSections';
import { invalidValue } from './invalidValue';
import { unknownDirective, wrongSection } from './unknownDirective';
import { unknownSection } from './unknownSection';

export const commonRules: readonly Rule[] = [unknownSection,
  ...[unknownDirective, wrongSection, invalidValue, duplicateDirective].map(outsideIgnoredSections)];
