// Types for the rule module (written in JavaScript so that eslint.config.mjs loads it without a build).
import type { Rule } from 'eslint';

declare const rule: Rule.RuleModule;
export default rule;

/** The problems in one pattern: `adjacent`, `nested` or `restart`, with the data of the message. */
export function regexProblems(pattern: string, flags: string): { messageId: string; data: Record<string, string> }[];
