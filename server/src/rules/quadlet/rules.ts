// What a Quadlet file gets besides the generic, schema-driven rules: quadlet's own verdict, and the note
// when the family was guessed from the content (a `.network` outside quadlet's folders).
import { familyAssumed } from '../family/assumed';
import type { Rule } from '../types';
import { quadletRule } from './rule';

export const quadletRules: readonly Rule[] = [quadletRule, familyAssumed];
