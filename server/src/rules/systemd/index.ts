// systemd-specific diagnostic rules (the generic, schema-driven ones live in rules/common).
import type { Rule } from '../types';

export const systemdRules: Rule[] = [];
