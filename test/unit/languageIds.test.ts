// The editor's language id names a family: it decides ahead of the name and the content, the user's
// associations still win, and `systemd-conf` takes its daemon from the name or the content.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { globMatches, readAssociations } from '../../server/src/classify/associations';
import { classifyFile } from '../../server/src/classify/classify';
import { SYSTEMD_FAMILIES } from '../../server/src/classify/families';
import { FAMILY_LANGUAGE_IDS, languageIdOf, SYSTEMD_LANGUAGE_IDS } from '../../server/src/classify/languageIds';
import { familyDiagnostics } from '../../server/src/features/familyDiagnostics';
import { MessageCatalog } from '../../server/src/l10n/catalog';
import { zhCnMessages, zhCnSchemaText } from '../../server/src/l10n/zh-cn';

interface ManifestLanguage { id: string; extensions?: string[]; filenames?: string[]; filenamePatterns?: string[] }
const MANIFEST = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')) as
  { contributes: { languages: ManifestLanguage[]; grammars: { language: string }[] } };

/**
 * The language VS Code gives a path from the manifest (languagesAssociations.ts getAssociationByPath): an exact
 * file name first, then the longest matching filenamePattern (a pattern with `/` is matched on the whole path),
 * then the longest extension; on a tie the language registered last. Our globs match as VS Code's do.
 */
function vscodeLanguageOf(path: string): string | undefined {
  const name = path.slice(path.lastIndexOf('/') + 1);
  let pattern: { id: string; length: number } | undefined;
  let extension: { id: string; length: number } | undefined;
  for (const language of [...MANIFEST.contributes.languages].reverse()) {
    if (language.filenames?.includes(name)) return language.id;
    for (const glob of language.filenamePatterns ?? []) {
      if ((!pattern || glob.length > pattern.length) && globMatches(glob, path)) pattern = { id: language.id, length: glob.length };
    }
    for (const ext of language.extensions ?? []) {
      if ((!extension || ext.length > extension.length) && name.endsWith(ext)) extension = { id: language.id, length: ext.length };
    }
  }
  return (pattern ?? extension)?.id;
}

const SAMPLE_PATHS = [
  '/etc/containers/systemd/web.container', '/etc/containers/systemd/db.network', '/home/ann/.config/containers/systemd/sub/app.pod',
  '/etc/containers/systemd/web.container.d/10-env.conf', '/etc/containers/systemd/network/x.network', '/usr/share/containers/systemd/x.build',
  '/etc/systemd/network/10-lan.network', '/etc/systemd/network/20-br0.netdev', '/usr/lib/systemd/network/99-default.link',
  '/etc/systemd/network/10-lan.network.d/mtu.conf', '/var/lib/machines/box.nspawn', '/etc/systemd/nspawn/box.nspawn',
  '/etc/systemd/journald.conf', '/etc/systemd/system.conf', '/etc/systemd/system.conf.d/limits.conf', '/etc/systemd/logind.conf.d/x.conf',
  '/usr/lib/systemd/resolved.conf.d/dns.conf', '/usr/lib/tmpfiles.d/app.conf', '/etc/sysusers.d/app.conf',
  '/etc/systemd/system/web.service', '/etc/systemd/system/web.service.d/override.conf', '/etc/systemd/user/sync.timer',
  '/etc/systemd/system/web.service.d/.#override.conf3a2b', '/etc/supervisor/conf.d/web.conf', '/etc/supervisord.conf',
  '/etc/supervisor/supervisord.conf', '/srv/app/README.md',
];

const NETWORK = '[Match]\nName=eth0\n\n[Network]\nDHCP=yes\n';
const JOURNALD = '[Journal]\nStorage=persistent\n';

function kindOf(uri: string, text: string, languageId?: string, associations?: Parameters<typeof classifyFile>[4]): string | undefined {
  const found = classifyFile(uri, text, languageId, undefined, associations);
  return found && 'evidence' in found ? `${found.family}:${found.evidence}` : found?.dialect;
}

describe('language ids of the families', () => {
  it('lets a family language id decide ahead of the name', () => {
    // The same networkd text, in networkd's folder: each family's id makes it that family's.
    const uri = 'file:///etc/systemd/network/10-lan.network';
    assert.equal(kindOf(uri, NETWORK), 'networkd:name');
    assert.equal(kindOf(uri, NETWORK, 'quadlet'), 'quadlet:language');
    assert.equal(kindOf(uri, NETWORK, 'systemd-networkd'), 'networkd:language');
    assert.equal(kindOf('file:///srv/web.service', '[Service]\nExecStart=/bin/true\n', 'systemd-nspawn'), 'nspawn:language');
    assert.equal(kindOf('file:///srv/list.txt', 'd /run/app 0755 root root -\n', 'systemd-tmpfiles'), 'tmpfiles.d:language');
    assert.equal(kindOf('file:///etc/tmpfiles.d/app.conf', 'u app - -\n', 'systemd-sysusers'), 'sysusers.d:language');
  });

  it('lets a family language id decide ahead of the content', () => {
    // A .network with Quadlet's [Install] is Quadlet's by content; the language mode says networkd.
    const quadletish = '[Network]\nSubnet=10.89.0.0/24\n\n[Install]\nWantedBy=default.target\n';
    assert.equal(kindOf('file:///srv/app.network', quadletish), 'quadlet:content');
    assert.equal(kindOf('file:///srv/app.network', quadletish, 'systemd-networkd'), 'networkd:language');
    // A supervisor program file the user calls a Quadlet file.
    assert.equal(kindOf('file:///srv/app.conf', '[program:x]\ncommand=/bin/x\n', 'quadlet'), 'quadlet:language');
  });

  it('keeps the associations ahead of the language id', () => {
    const associations = readAssociations({ '*.network': 'networkd', 'odd.conf': 'supervisor' });
    assert.equal(kindOf('file:///srv/app.network', NETWORK, 'quadlet', associations), 'networkd:association');
    assert.equal(kindOf('file:///srv/odd.conf', JOURNALD, 'systemd-conf', associations), 'supervisor');
  });

  it('takes the daemon of systemd-conf from the name, then the content, else classifies as usual', () => {
    // By name in any folder (the user said it is a daemon's config), and a drop-in by its folder.
    assert.equal(kindOf('file:///srv/project/logind.conf', '', 'systemd-conf'), 'logind.conf:language');
    assert.equal(kindOf('file:///srv/project/system.conf', '', 'systemd-conf'), 'system.conf:language');
    assert.equal(kindOf('file:///srv/resolved.conf.d/dns.conf', '[Resolve]\n', 'systemd-conf'), 'resolved.conf:language');
    // The name wins over the content: a logind.conf with a [Journal] section is still logind's.
    assert.equal(kindOf('file:///srv/logind.conf', JOURNALD, 'systemd-conf'), 'logind.conf:language');
    // By the content when the name says nothing.
    assert.equal(kindOf('file:///srv/tuning.conf', '[Unit]\n' + JOURNALD, 'systemd-conf'), 'journald.conf:language');
    // Neither: the usual rules, so a unit stays a unit and an unknown text stays unknown.
    assert.equal(kindOf('file:///srv/web.service', '[Service]\n', 'systemd-conf'), 'systemd');
    assert.equal(kindOf('file:///srv/other.conf', 'key=value\n', 'systemd-conf'), undefined);
  });

  it('leaves the unit and supervisor ids as they were: used only when name and content are silent', () => {
    assert.equal(kindOf('file:///etc/systemd/network/10-lan.network', NETWORK, 'systemd-unit'), 'networkd:name');
    assert.equal(kindOf('file:///srv/untitled', '', 'systemd-unit'), 'systemd');
    assert.equal(kindOf('file:///srv/untitled', '', 'plaintext'), undefined);
  });

  it('says in the note that the language mode told it, in English and Chinese', () => {
    const found = classifyFile('file:///srv/x.container', '[Container]\nImage=x\n', 'systemd-nspawn');
    assert.ok(found && 'evidence' in found);
    const note = String(familyDiagnostics(found, '')[0].message);
    assert.match(note, /^systemd-nspawn file, as its language mode says/);
    assert.deepEqual(new MessageCatalog(zhCnMessages(), zhCnSchemaText()).untranslated(note), []);
  });

  it('has one language id per family, each declared in package.json with a grammar', () => {
    assert.deepEqual(new Set(SYSTEMD_FAMILIES.map(languageIdOf)), new Set(FAMILY_LANGUAGE_IDS));
    for (const id of SYSTEMD_LANGUAGE_IDS) {
      assert.ok(MANIFEST.contributes.languages.some((l) => l.id === id), `language ${id}`);
      assert.ok(MANIFEST.contributes.grammars.some((g) => g.language === id), `grammar for ${id}`);
    }
  });

  it('gives each path, by VS Code\'s rule for overlapping patterns, the language of the family the server tells', () => {
    for (const path of SAMPLE_PATHS) {
      const found = classifyFile(`file://${path}`, '');
      const expected = found === undefined ? undefined : 'evidence' in found ? languageIdOf(found.family) : found.dialect === 'systemd' ? 'systemd-unit' : 'supervisor-conf';
      assert.equal(vscodeLanguageOf(path), expected, path);
    }
  });
});
