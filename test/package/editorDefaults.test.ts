// What the manifest changes in the editor for our languages, and which settings a workspace may
// not change: word-based suggestions are off in unit files and supervisor configs (typing `serv`
// offers the `service` snippet, not "server" picked up from other files), and the settings that
// guard destructive actions can only be set per user or machine.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { CLIENT_LANGUAGE_IDS } from '../../server/src/classify/languageIds';
import { SEMANTIC_TOKENS_LEGEND } from '../../server/src/features/semanticTokenLegend';

const ROOT = resolve(__dirname, '../..');
const STANDARD_MODIFIERS = ['declaration', 'definition', 'readonly', 'static', 'deprecated', 'abstract', 'async', 'modification', 'documentation', 'defaultLibrary'];
const manifest = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8'));
const properties: Record<string, { scope?: string }> = Object.assign({}, ...manifest.contributes.configuration.map((c: { properties: object }) => c.properties));

/** A language's grammar, with the grammars it includes by scope name (a family's wrapper includes source.systemd). */
function grammarText(language: string): string {
  const grammars = manifest.contributes.grammars as { language?: string; scopeName: string; path: string }[];
  const own = readFileSync(resolve(ROOT, grammars.find((g) => g.language === language)!.path), 'utf8');
  const included = [...own.matchAll(/"include": "(source\.[^"#]+)"/g)].map((m) => grammars.find((g) => g.scopeName === m[1])!.path);
  return [own, ...included.map((path) => readFileSync(resolve(ROOT, path), 'utf8'))].join('\n');
}

describe('editor defaults for our languages', () => {
  for (const language of CLIENT_LANGUAGE_IDS) {
    it(`turns word-based suggestions off in ${language}`, () => {
      const defaults = manifest.contributes.configurationDefaults?.[`[${language}]`] as Record<string, unknown> | undefined;
      assert.equal(defaults?.['editor.wordBasedSuggestions'], 'off');
    });
  }

  for (const language of CLIENT_LANGUAGE_IDS) {
    it(`turns semantic highlighting on in ${language}, with token colours taken from its grammar's scopes`, () => {
      const defaults = manifest.contributes.configurationDefaults?.[`[${language}]`] as Record<string, unknown> | undefined;
      assert.equal(defaults?.['editor.semanticHighlighting.enabled'], true);
      const grammar = grammarText(language);
      const entry = manifest.contributes.semanticTokenScopes?.find((s: { language: string }) => s.language === language);
      const scopes = Object.entries((entry?.scopes ?? {}) as Record<string, string[]>);
      assert.ok(scopes.length >= 5, `${language} maps ${scopes.length} token types`);
      const declared = (manifest.contributes.semanticTokenModifiers ?? []).map((m: { id: string }) => m.id) as string[];
      for (const [selector, names] of scopes) {
        const [type, ...modifiers] = selector.split('.');
        assert.ok(SEMANTIC_TOKENS_LEGEND.tokenTypes.includes(type), `${selector}: the server never sends ${type}`);
        for (const m of modifiers) assert.ok(SEMANTIC_TOKENS_LEGEND.tokenModifiers.includes(m), `${selector}: the server never sends ${m}`);
        for (const name of names) assert.ok(grammar.includes(`"${name}"`), `${selector}: ${name} is not a scope of the ${language} grammar`);
      }
      // VS Code knows the standard modifiers; ours must be declared.
      for (const m of SEMANTIC_TOKENS_LEGEND.tokenModifiers.filter((m) => !STANDARD_MODIFIERS.includes(m))) assert.ok(declared.includes(m), `${m} is not declared`);
    });
  }

  it('has a `service` snippet that `serv` finds in unit files', () => {
    const file = manifest.contributes.snippets.find((s: { language: string }) => s.language === 'systemd-unit').path as string;
    const snippets = JSON.parse(readFileSync(resolve(ROOT, file), 'utf8')) as Record<string, { prefix: string | string[] }>;
    const prefixes = Object.values(snippets).flatMap((s) => (Array.isArray(s.prefix) ? s.prefix : [s.prefix]));
    assert.ok(prefixes.includes('service'), prefixes.join(', '));
  });
});

describe('settings a workspace cannot change', () => {
  // A workspace's .vscode/settings.json must not turn confirmations off or choose how files are
  // installed; "machine" and "application" settings are read from user (or remote machine) settings only.
  for (const key of ['daemonConfig.systemd.confirmDestructive', 'daemonConfig.systemd.installMode', 'daemonConfig.supervisor.confirmDestructive',
    'daemonConfig.systemd.privilegeHelper', 'daemonConfig.supervisor.privilegeHelper',
    'daemonConfig.systemd.systemctlPath', 'daemonConfig.systemd.journalctlPath', 'daemonConfig.systemd.systemdAnalyzePath',
    'daemonConfig.systemd.networkctlPath', 'daemonConfig.systemd.systemdTmpfilesPath', 'daemonConfig.systemd.systemdSysusersPath',
    'daemonConfig.supervisor.supervisorctlPath', 'daemonConfig.supervisor.supervisordPath']) {
    it(`${key} is machine- or application-scoped`, () => {
      assert.ok(['machine', 'application'].includes(properties[key]?.scope ?? ''), `${key} has scope ${properties[key]?.scope}`);
    });
  }
});
