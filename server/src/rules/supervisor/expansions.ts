// `%(name)s` expansions an option cannot expand, and `%` signs Python's formatting refuses.
// supervisord formats every option it reads, so this holds for every known option.
import type { Diagnostic } from 'vscode-languageserver-types';
import { positionAt } from '../../parse/positions';
import { ANY_KEY, acceptsAnyKey, findSupervisorOption } from '../../schema/supervisor';
import { RAW_OPTIONS } from '../../schema/supervisor/options.generated';
import { checkExpansions } from '../../values/supervisor';
import type { ValueIssue } from '../../values/types';
import { diagnostic, ERROR, WARNING } from '../common/diagnostic';
import type { Rule } from '../types';
import { CLIENT_SECTIONS, hereEverywhere } from './knownExpansions';
import { splitHeader } from './sections';

/** Names the extra keys of `[rpcinterface:x]`/`[ctlplugin:x]` expand. */
function anyKeyExpansions(type: string): string[] | undefined {
  return RAW_OPTIONS.find((o) => o.section === type && o.option === ANY_KEY)?.expansions;
}

/** What follows `%(name)` in a complete expansion: flags, width, precision, conversion. */
const SPEC_TAIL = /[#0\- +]*(?:[1-9]\d*)?(?:\.\d+)?[a-zA-Z]/y;

/** Names supervisord's second expansion of `[supervisord] environment=` knows. */
const SECOND_PASS = ['here', 'host_node_name', 'ENV_*'];

/**
 * supervisord expands `[supervisord] environment=` twice, so `%%` written once comes back as a
 * lone `%`, and `%%(host_node_name)s` works. Offsets of the issues point into the written value.
 */
export function secondPass(value: string): ValueIssue[] {
  let once = '';
  const origin: number[] = [];
  // The first ')' at or after i and where `%(...)` closed there ends with its format (-1: no conversion
  // letter), looked up again only once i passes it: a regex from every `%(` of `%(%(%(...` was quadratic.
  let close = -1;
  let end = -1;
  for (let i = 0; i < value.length; i++) {
    if (value.startsWith('%%', i)) { once += '%'; origin.push(i); i++; continue; }
    if (value.startsWith('%(', i)) {
      if (close < i) {
        const found = value.indexOf(')', i);
        close = found < 0 ? value.length : found;
        SPEC_TAIL.lastIndex = close + 1;
        const tail = found < 0 ? null : SPEC_TAIL.exec(value);
        end = tail ? close + 1 + tail[0].length : -1;
      }
      if (end >= 0) { once += 'x'; origin.push(i); i = end - 1; continue; }
    }
    once += value[i];
    origin.push(i);
  }
  return checkExpansions(once, { allowed: SECOND_PASS, key: 'environment' }).map((issue) => ({
    ...issue, start: origin[issue.start] ?? value.length, end: (origin[issue.end - 1] ?? value.length - 1) + 1,
    message: `${issue.message} (supervisord expands [supervisord] environment= twice, so write %%%% for a percent sign.)`,
  }));
}

export const unknownExpansion: Rule = {
  code: 'supervisor/unknown-expansion',
  check(ctx) {
    const { doc } = ctx;
    const results: Diagnostic[] = [];
    // With an [include] anywhere, supervisord replaces %(here)s in every section before reading them.
    const includes = hereEverywhere(ctx);
    for (const section of doc.sections) {
      const { type } = splitHeader(section);
      // supervisorctl reads its own sections itself, without following [include].
      const here = includes && !CLIENT_SECTIONS.includes(type);
      for (const entry of section.entries) {
        if (!entry.value.includes('%')) continue; // the cheap test first: most values have no expansion
        const precise = findSupervisorOption(type, entry.key);
        const allowed = precise?.expansions ?? (acceptsAnyKey(type) ? anyKeyExpansions(type) : undefined);
        if (!allowed) continue;
        const issues = checkExpansions(entry.value, { allowed, key: entry.key, hereEverywhere: here });
        if (type === 'supervisord' && entry.key === 'environment' && issues.length === 0) issues.push(...secondPass(entry.value));
        for (const issue of issues) {
          const range = { start: positionAt(entry.pieces, issue.start), end: positionAt(entry.pieces, issue.end) };
          const d = diagnostic(range, issue.message, issue.severity === 'error' ? ERROR : WARNING);
          if (issue.code) d.code = issue.code;
          results.push(d);
        }
      }
    }
    return results;
  },
};
