// Diagnostic rules specific to supervisor configs.
import type { Rule } from '../types';

export const supervisorRules: Rule[] = [];
