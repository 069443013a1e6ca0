// The manifest stays in step with the code: settings the server reads, strings it localises.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { SYSTEMD_FAMILIES } from '../../server/src/classify/families';
import { DEFAULT_SETTINGS, readSettings } from '../../server/src/settings';
import { WEB_COMMANDS } from '../../client/src/webCommands';
import { CLIENT_LANGUAGE_IDS } from '../../server/src/classify/languageIds';

const ROOT = resolve(__dirname, '../..');
const manifest = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8'));
const nls = JSON.parse(readFileSync(resolve(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;
const nlsZh = JSON.parse(readFileSync(resolve(ROOT, 'package.nls.zh-cn.json'), 'utf8')) as Record<string, string>;

interface Property { default?: unknown; markdownDescription?: string; description?: string }
const properties: Record<string, Property> = Object.assign({}, ...manifest.contributes.configuration.map((c: { properties: object }) => c.properties));

describe('manifest', () => {
  it('contributes the server settings with the defaults the server uses', () => {
    assert.equal(properties['daemonConfig.diagnosticsDelay'].default, DEFAULT_SETTINGS.diagnosticsDelay);
    assert.equal(properties['daemonConfig.systemd.version'].default, null);
    assert.equal(properties['daemonConfig.podman.version'].default, null);
    assert.equal(properties['daemonConfig.inlayHints.dropInOverrides'].default, DEFAULT_SETTINGS.dropInOverrideHints);
    assert.equal(properties['daemonConfig.inlayHints.timeSpans'].default, DEFAULT_SETTINGS.timeSpanHints);
    // null means "this host's version": the server falls back to what it detected.
    assert.equal(readSettings({ systemd: { version: null } }, 247).systemdVersion, 247);
    assert.equal(readSettings({ systemd: { version: 250 } }, 247).systemdVersion, 250);
    assert.equal(properties['daemonConfig.inlayHints.timeSpans'].default, DEFAULT_SETTINGS.timeSpanHints);
    assert.equal(properties['daemonConfig.inlayHints.specifiers'].default, DEFAULT_SETTINGS.specifierHints);
    assert.equal(readSettings({ inlayHints: { specifiers: false } }, 247).specifierHints, false);
    assert.equal(readSettings({ inlayHints: { specifiers: 'no' } }, 247).specifierHints, DEFAULT_SETTINGS.specifierHints);
    // The kinds a file can be associated with are exactly those the server reads.
    const associations = properties['daemonConfig.files.associations'] as Property & { additionalProperties?: { enum?: string[] } };
    assert.deepEqual(associations.default, {});
    assert.deepEqual(associations.additionalProperties?.enum, ['systemd', 'supervisor', ...SYSTEMD_FAMILIES]);
  });

  it('localises every %key% in English and Chinese', () => {
    const keys = [...JSON.stringify(manifest).matchAll(/"%([\w.-]+)%"/g)].map((m) => m[1]);
    assert.ok(keys.length > 5);
    for (const key of keys) {
      assert.ok(nls[key], `package.nls.json lacks ${key}`);
      assert.ok(nlsZh[key], `package.nls.zh-cn.json lacks ${key}`);
    }
  });

  it('points l10n at a folder holding a Simplified Chinese runtime bundle', () => {
    assert.equal(manifest.l10n, './l10n');
    const bundle = JSON.parse(readFileSync(resolve(ROOT, manifest.l10n, 'bundle.l10n.zh-cn.json'), 'utf8')) as Record<string, string>;
    assert.ok(Object.keys(bundle).length > 100);
  });

  it('activates on its languages (one per systemd family, and supervisor\'s) and shell scripts (for SysV init scripts) only, and declares its trust and host needs', () => {
    const languages = [...CLIENT_LANGUAGE_IDS].sort();
    assert.deepEqual(manifest.activationEvents.sort(), ['onLanguage:shellscript', ...languages.map((id) => `onLanguage:${id}`)].sort());
    assert.deepEqual(manifest.contributes.languages.map((l: { id: string }) => l.id).sort(), languages);
    assert.ok(manifest.capabilities.untrustedWorkspaces);
    assert.deepEqual(manifest.extensionKind, ['workspace']);
  });

  it('gives every command a category and a when gate in the palette', () => {
    const palette = new Map((manifest.contributes.menus?.commandPalette ?? []).map((m: { command: string; when?: string }) => [m.command, m.when]));
    for (const command of manifest.contributes.commands ?? []) {
      assert.ok(command.category, `${command.command} has no category`);
      assert.ok(command.enablement || palette.get(command.command), `${command.command} has no when/enablement gate`);
    }
  });
  it('hides every command in VS Code for the Web but those the browser entry registers, which need no host tool', () => {
    const browserEntry = readFileSync(resolve(ROOT, 'client/src/browserExtension.ts'), 'utf8');
    assert.doesNotMatch(browserEntry, /registerCommand\(|registerCommands/);
    assert.match(browserEntry, /registerMergedUnitCommand\(/);
    assert.match(browserEntry, /registerSecurityChecksCommand\(/);
    assert.deepEqual([...WEB_COMMANDS], ['daemonConfig.showMergedUnit', 'daemonConfig.security.showChecks']);
    const entries = Object.values(manifest.contributes.menus as Record<string, { command?: string; submenu?: string; when?: string }[]>).flat();
    const unhidden = entries.filter((m) => (m.command?.startsWith('daemonConfig.') || m.submenu) && !/(^|&& )!daemonConfig\.web( &&|$)/.test(m.when ?? '')
      && !WEB_COMMANDS.includes(m.command ?? '')
      // entries of a submenu inherit the submenu's own when clause
      && !Object.keys(manifest.contributes.menus).some((menu) => menu.startsWith('daemonConfig.') && manifest.contributes.menus[menu].includes(m)));
    assert.deepEqual(unhidden, []);
  });
});
