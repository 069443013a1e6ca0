// What the manifest changes in the editor for our languages, and which settings a workspace may
// not change: word-based suggestions are off in unit files and supervisor configs (typing `serv`
// offers the `service` snippet, not "server" picked up from other files), and the settings that
// guard destructive actions can only be set per user or machine.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';

const ROOT = resolve(__dirname, '../..');
const manifest = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8'));
const properties: Record<string, { scope?: string }> = Object.assign({}, ...manifest.contributes.configuration.map((c: { properties: object }) => c.properties));

describe('editor defaults for our languages', () => {
  for (const language of ['systemd-unit', 'supervisor-conf']) {
    it(`turns word-based suggestions off in ${language}`, () => {
      const defaults = manifest.contributes.configurationDefaults?.[`[${language}]`] as Record<string, unknown> | undefined;
      assert.equal(defaults?.['editor.wordBasedSuggestions'], 'off');
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
    'daemonConfig.supervisor.supervisorctlPath', 'daemonConfig.supervisor.supervisordPath']) {
    it(`${key} is machine- or application-scoped`, () => {
      assert.ok(['machine', 'application'].includes(properties[key]?.scope ?? ''), `${key} has scope ${properties[key]?.scope}`);
    });
  }
});
