// Systemd's other file families are told apart from units by folder and name, then by content, and
// the user's associations win; a family file gets its syntax and one note, never "unknown section".
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { globMatches, readAssociations } from '../../server/src/classify/associations';
import { classify, classifyFile } from '../../server/src/classify/classify';
import { familyDiagnostics } from '../../server/src/features/familyDiagnostics';
import { MessageCatalog } from '../../server/src/l10n/catalog';
import { zhCnMessages, zhCnSchemaText } from '../../server/src/l10n/zh-cn';
import { readSettings } from '../../server/src/settings';

const CONTAINER = '[Unit]\nDescription=web\n\n[Container]\nImage=docker.io/library/nginx:latest\nPublishPort=8080:80\n\n[Install]\nWantedBy=default.target\n';
const JOURNALD_WITH_UNIT = '[Unit]\nDescription=stray\n\n[Journal]\nStorage=persistent\nSystemMaxUse=1G\n';

function familyOf(uri: string, text = '', associations?: Parameters<typeof classifyFile>[4]): string | undefined {
  const found = classifyFile(uri, text, undefined, undefined, associations);
  return found && 'evidence' in found ? `${found.family}:${found.evidence}` : found?.dialect;
}

describe('file families', () => {
  it('tells each family by its folder and name', () => {
    const table: [string, string][] = [
      ['/etc/containers/systemd/web.container', 'quadlet:name'],
      ['/home/ann/.config/containers/systemd/db.volume', 'quadlet:name'],
      ['/usr/share/containers/systemd/app.pod', 'quadlet:name'],
      ['/etc/containers/systemd/web.network', 'quadlet:name'],
      ['/etc/containers/systemd/web.container.d/10-env.conf', 'quadlet:name'],
      ['/etc/containers/systemd/users/1000/app.kube', 'quadlet:name'],
      ['/etc/systemd/network/10-eth0.network', 'networkd:name'],
      ['/usr/lib/systemd/network/99-default.link', 'networkd:name'],
      ['/run/systemd/network/br0.netdev', 'networkd:name'],
      ['/lib/systemd/network/80-container-host0.network', 'networkd:name'],
      ['/etc/systemd/network/10-eth0.network.d/mtu.conf', 'networkd:name'],
      ['/etc/systemd/nspawn/box.nspawn', 'nspawn:name'],
      ['/etc/systemd/journald.conf', 'journald.conf:name'],
      ['/etc/systemd/journald.conf.d/size.conf', 'journald.conf:name'],
      ['/etc/systemd/logind.conf', 'logind.conf:name'],
      ['/etc/systemd/system.conf', 'system.conf:name'],
      ['/etc/systemd/user.conf.d/limits.conf', 'user.conf:name'],
      ['/usr/lib/systemd/resolved.conf.d/fallback.conf', 'resolved.conf:name'],
      ['/srv/deploy/timesyncd.conf', 'timesyncd.conf:name'],
      ['/etc/systemd/sleep.conf', 'sleep.conf:name'],
      ['/etc/systemd/networkd.conf', 'networkd.conf:name'],
      ['/usr/lib/tmpfiles.d/app.conf', 'tmpfiles.d:name'],
      ['/etc/sysusers.d/app.conf', 'sysusers.d:name'],
    ];
    for (const [path, expected] of table) assert.equal(familyOf(`file://${path}`), expected, path);
  });

  it('outside the search paths, wants the section its extension implies', () => {
    assert.equal(familyOf('file:///srv/project/app.kube', '[Kube]\nYaml=app.yml\n'), 'quadlet:name');
    assert.equal(familyOf('file:///srv/project/base.image', '[Image]\nImage=quay.io/x\n'), 'quadlet:name');
    assert.equal(familyOf('file:///srv/project/web.container', '# web\n[Container]\nImage=nginx\n[Install]\nWantedBy=default.target\n'), 'quadlet:name');
    assert.equal(familyOf('file:///srv/project/vlan.netdev', '[NetDev]\nName=vlan1\nKind=vlan\n'), 'networkd:name');
    assert.equal(familyOf('file:///srv/project/99-x.link', '[Match]\nOriginalName=*\n[Link]\nMTUBytes=9000\n'), 'networkd:name');
    // Meson's build files and other programs' .link files are not ours.
    assert.equal(familyOf('file:///srv/project/meson.build', "project('x', 'c')\n['a', 'b']\n"), undefined);
    assert.equal(familyOf('file:///srv/project/a.link', 'https://example.org\n'), undefined);
    assert.equal(familyOf('file:///srv/project/web.container.d/10-env.conf', '[Service]\nEnvironment=A=1\n'), 'quadlet:name');
  });

  it('keeps units, unit drop-ins and supervisor configs as they were', () => {
    assert.equal(familyOf('file:///etc/systemd/system/web.service'), 'systemd');
    assert.equal(familyOf('file:///etc/systemd/system/web.service.d/override.conf'), 'systemd');
    assert.equal(familyOf('file:///etc/systemd/system/service.d/10-limits.conf'), 'systemd');
    assert.equal(familyOf('file:///etc/supervisor/conf.d/web.conf', '[program:web]\n'), 'supervisor');
    // A plain name outside a systemd folder says nothing: the content decides as before.
    assert.equal(familyOf('file:///srv/app/system.conf', '[Service]\nType=simple\n'), 'systemd');
    assert.equal(familyOf('file:///srv/app/sleep.conf', 'x = 1\n'), undefined);
    assert.equal(classify('file:///etc/containers/systemd/web.container', CONTAINER), undefined);
  });

  it('tells a .network by its content outside both search paths', () => {
    assert.equal(familyOf('file:///srv/a.network', '[Match]\nName=eth0\n\n[Network]\nDHCP=yes\n'), 'networkd:content');
    assert.equal(familyOf('file:///srv/a.network', '[Network]\nDHCP=yes\nDNS=1.1.1.1\n'), 'networkd:content');
    assert.equal(familyOf('file:///srv/a.network', '[Network]\nSubnet=10.89.0.0/24\nGateway=10.89.0.1\n'), 'quadlet:content');
    assert.equal(familyOf('file:///srv/a.network', '[Network]\nDNS=1.1.1.1\n\n[Install]\nWantedBy=default.target\n'), 'quadlet:content');
  });

  it('reads a .conf with a daemon\'s own section as that daemon\'s, even with a stray [Unit]', () => {
    assert.equal(familyOf('file:///srv/x.conf', JOURNALD_WITH_UNIT), 'journald.conf:content');
    assert.equal(familyOf('file:///srv/x.conf', '[Login]\nHandleLidSwitch=ignore\n'), 'logind.conf:content');
    assert.equal(familyOf('untitled:Untitled-1', '[Manager]\nDefaultTimeoutStopSec=10s\n'), 'system.conf:content');
    assert.equal(familyOf('file:///etc/systemd/journald.conf', JOURNALD_WITH_UNIT), 'journald.conf:name');
    // Not a .conf: the name is not a daemon config's, whatever the content.
    assert.equal(familyOf('file:///srv/x.service', JOURNALD_WITH_UNIT), 'systemd');
  });

  it('lets the user\'s associations decide, the last match winning', () => {
    const associations = readAssociations({ '**/quadlet/*.network': 'quadlet', '*.unit': 'systemd', 'legacy.conf': 'supervisor', 'odd.network': 'bogus' });
    assert.equal(familyOf('file:///srv/quadlet/a.network', '[Network]\nDHCP=yes\n', associations), 'quadlet:association');
    assert.equal(familyOf('file:///srv/web.unit', '', associations), 'systemd');
    assert.equal(familyOf('file:///etc/systemd/journald.conf', '', readAssociations({ 'journald.conf': 'systemd' })), 'systemd');
    assert.equal(familyOf('file:///srv/legacy.conf', '', associations), 'supervisor');
    assert.equal(associations.length, 3, 'an unknown family is left out');
    const later = readAssociations({ '*.network': 'networkd', '/srv/q/**': 'quadlet' });
    assert.equal(familyOf('file:///srv/q/a/b.network', '', later), 'quadlet:association');
    assert.deepEqual(readSettings({ files: { associations: { '*.x': 'nspawn' } } }, 252).fileAssociations, [{ pattern: '*.x', kind: 'nspawn' }]);
    assert.deepEqual(readSettings({ files: { associations: ['*.x'] } }, 252).fileAssociations, []);
  });

  it('matches globs as VS Code does', () => {
    assert.ok(globMatches('*.network', '/a/b/c.network'));
    assert.ok(!globMatches('*.network', '/a/b/c.netdev'));
    assert.ok(globMatches('**/systemd/*.network', '/etc/systemd/x.network'));
    assert.ok(!globMatches('**/systemd/*.network', '/etc/systemd/sub/x.network'));
    assert.ok(!globMatches('**/systemd/*.network', '/etc/notsystemd/x.network'));
    assert.ok(globMatches('systemd/**', '/etc/systemd/a/b'));
    assert.ok(globMatches('/srv/{a,b}/?.kube', '/srv/b/x.kube'));
    assert.ok(!globMatches('/srv/{a,b}/?.kube', '/srv/c/x.kube'));
    assert.ok(!globMatches('', '/x'));
    // Many stars on a long path stay linear: no backtracking.
    assert.ok(!globMatches('*a*a*a*a*a*a*a*a*a*a*a*a*b', 'a'.repeat(4000)));
  });

  it('gives a family file its syntax and one note, never an unknown section', () => {
    const found = classifyFile('file:///etc/containers/systemd/web.container', CONTAINER + 'oops\n');
    assert.ok(found && 'evidence' in found);
    const diagnostics = familyDiagnostics(found, CONTAINER + 'oops\n');
    assert.deepEqual(diagnostics.map((d) => [d.code, d.severity, d.range.start.line]),
      [['syntax/family-not-checked', 3, 0], ['syntax/missing-equals', 2, 9]]);
    assert.match(String(diagnostics[0].message), /^Podman Quadlet file, by its name and folder/);
    const guessed = classifyFile('file:///srv/x.conf', JOURNALD_WITH_UNIT);
    assert.ok(guessed && 'evidence' in guessed);
    assert.match(String(familyDiagnostics(guessed, JOURNALD_WITH_UNIT)[0].message), /journald\.conf.*daemonConfig\.files\.associations/);
    // tmpfiles.d lines are not INI: no syntax problems invented for them.
    const tmpfiles = classifyFile('file:///usr/lib/tmpfiles.d/app.conf', 'd /run/app 0755 root root -\n');
    assert.ok(tmpfiles && 'evidence' in tmpfiles);
    assert.deepEqual(familyDiagnostics(tmpfiles, 'd /run/app 0755 root root -\n').map((d) => d.code), ['syntax/family-not-checked']);
  });


  it('has every note in Simplified Chinese', () => {
    const catalog = new MessageCatalog(zhCnMessages(), zhCnSchemaText());
    const notes = [
      classifyFile('file:///etc/containers/systemd/web.container', CONTAINER),
      classifyFile('file:///srv/x.conf', JOURNALD_WITH_UNIT),
      classifyFile('file:///srv/a.kube', '', undefined, undefined, readAssociations({ '*.kube': 'quadlet' })),
      classifyFile('file:///etc/sysusers.d/a.conf', 'u app - -\n'),
    ].map((found) => (found && 'evidence' in found ? String(familyDiagnostics(found, '')[0].message) : 'not a family'));
    assert.equal(new Set(notes).size, 4);
    for (const note of notes) assert.deepEqual(catalog.untranslated(note), [], note);
  });
});
