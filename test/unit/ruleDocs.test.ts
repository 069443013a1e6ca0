// docs/rules.md documents every diagnostic code the server can emit, and nothing else; each
// diagnostic links to its entry there.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { RULES_PAGE, ruleAnchor } from '../../server/src/features/ruleDocs';
import { commonRules } from '../../server/src/rules/common';
import { supervisorRules } from '../../server/src/rules/supervisor';
import { systemdRules } from '../../server/src/rules/systemd';
import { diagnose } from '../helpers/analyzeText';

const root = join(__dirname, '..', '..');
const page = readFileSync(join(root, 'docs', 'rules.md'), 'utf8');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? sources(full) : name.endsWith('.ts') ? [full] : [];
  });
}

/** Every code in the server: string literals such as 'systemd/x' (dialect rules, value validators,
 * parser problems, the line formats' checks) and the common rules' codes under each dialect. */
function emittableCodes(): Set<string> {
  const codes = new Set<string>();
  for (const file of sources(join(root, 'server', 'src'))) {
    for (const m of readFileSync(file, 'utf8').matchAll(/['"`]((?:systemd|supervisor|syntax|tmpfiles|sysusers|sysv)\/[a-z0-9-]+)['"`]/g)) codes.add(m[1]);
  }
  for (const rule of commonRules) for (const dialect of ['systemd', 'supervisor']) codes.add(`${dialect}/${rule.code}`);
  for (const rule of [...systemdRules, ...supervisorRules]) codes.add(rule.code);
  return codes;
}

/** Codes the page documents: each entry is an anchor followed by a heading that names the code. */
function documentedCodes(): Map<string, string> {
  const entries = new Map<string, string>();
  for (const m of page.matchAll(/<a id="([^"]+)"><\/a>\n#+ ((?:systemd|supervisor|syntax|tmpfiles|sysusers|sysv)\/\S+)\n/g)) entries.set(m[2], m[1]);
  return entries;
}

describe('docs/rules.md', () => {
  it('has an entry, with the expected anchor, for every code the server emits', () => {
    const documented = documentedCodes();
    const codes = emittableCodes();
    assert.ok(codes.size > 40, `found only ${codes.size} codes: the scan is broken`);
    const missing = [...codes].filter((code) => !documented.has(code)).sort();
    assert.deepEqual(missing, [], 'document these codes in docs/rules.md');
    for (const code of codes) assert.equal(documented.get(code), ruleAnchor(code), `anchor of ${code}`);
  });

  it('documents no code that the server no longer emits', () => {
    const codes = emittableCodes();
    const stale = [...documentedCodes().keys()].filter((code) => !codes.has(code)).sort();
    assert.deepEqual(stale, [], 'remove these entries from docs/rules.md');
    const headings = [...page.matchAll(/^#+ ((?:systemd|supervisor|syntax|tmpfiles|sysusers|sysv)\/\S+)$/gm)].map((m) => m[1]);
    assert.deepEqual(headings.filter((h) => !documentedCodes().has(h)), [], 'every code heading needs its <a id> just above');
  });

  it('has no two entries with the same anchor, and links between entries resolve', () => {
    const ids = [...page.matchAll(/<a id="([^"]+)"><\/a>/g)].map((m) => m[1]);
    assert.equal(new Set(ids).size, ids.length);
    // GitHub also gives each heading an anchor: lower case, punctuation dropped, spaces as dashes.
    const slugs = [...page.matchAll(/^#+ (.+)$/gm)].map((m) => m[1].toLowerCase().replace(/[^\w\- ]/g, '').replace(/ /g, '-'));
    for (const m of page.matchAll(/\]\(#([^)]+)\)/g)) assert.ok(ids.includes(m[1]) || slugs.includes(m[1]), `broken link #${m[1]}`);
  });

  it('is where each diagnostic links to', () => {
    const diagnostics = diagnose('file:///tmp/web.service', '[Service]\nType=simpel\nExecStart=/usr/bin/web\n');
    const invalid = diagnostics.find((d) => d.code === 'systemd/invalid-value');
    assert.deepEqual(invalid?.codeDescription, { href: `${RULES_PAGE}#systemd-invalid-value` });
    assert.ok(diagnostics.every((d) => d.codeDescription?.href === `${RULES_PAGE}#${ruleAnchor(String(d.code))}`));
  });
});
