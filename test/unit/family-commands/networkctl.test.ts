import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import {
  fileInterface, interfaceNameProblem, networkctlReloadArgv, networkctlStatusArgv, sysusersArgv, tmpfilesCreateArgv,
} from '../../../client/src/families/networkctl';

describe('interface names', () => {
  it('accepts what the kernel accepts', () => {
    for (const name of ['eth0', 'enp3s0', 'wg-home', 'br.100', 'a', '123456789012345', '-eth']) assert.equal(interfaceNameProblem(name), undefined, name);
  });

  it('refuses empty, long, dot names and / : whitespace', () => {
    for (const name of ['', '1234567890123456', '.', '..', 'a/b', 'eth0:1', 'eth 0', 'eth\t0', 'eth\n', 'é'.repeat(8), 'a\0b']) {
      assert.notEqual(interfaceNameProblem(name), undefined, JSON.stringify(name));
    }
  });
});

describe('the interface a networkd file names', () => {
  it('is [Match] Name= of a .network when it is one plain name', () => {
    assert.equal(fileInterface('network', '[Match]\nName=eth0\n[Network]\nDHCP=yes\n'), 'eth0');
    assert.equal(fileInterface('network', '[Match]\nName=eth0\nName=\nName=wlan0\n'), 'wlan0');
  });

  it('is none for lists, globs, negations, bad names or no Name=', () => {
    for (const text of [
      '[Match]\nName=eth0 eth1\n', '[Match]\nName=en*\n', '[Match]\nName=!eth0\n', '[Match]\nName=eth0\nName=eth1\n',
      '[Match]\nMACAddress=00:11:22:33:44:55\n', '[Network]\nName=eth0\n', '[Match]\nName=waytoolonginterfacename\n',
    ]) assert.equal(fileInterface('network', text), undefined, text);
  });

  it('is [NetDev] Name= of a .netdev, and none for a .link', () => {
    assert.equal(fileInterface('netdev', '[NetDev]\nName=br0\nKind=bridge\n'), 'br0');
    assert.equal(fileInterface('link', '[Match]\nOriginalName=eth0\n[Link]\nName=lan0\n'), undefined);
  });
});

describe('argv for networkctl, systemd-tmpfiles and systemd-sysusers', () => {
  it('builds networkctl reload and status', () => {
    assert.deepEqual(networkctlReloadArgv(), ['networkctl', 'reload']);
    assert.deepEqual(networkctlStatusArgv('eth0'), ['networkctl', '--no-pager', 'status', '--', 'eth0']);
    assert.deepEqual(networkctlStatusArgv(undefined), ['networkctl', '--no-pager', 'status', '--all']);
    assert.throws(() => networkctlStatusArgv('-x y'), /interface/);
    assert.throws(() => networkctlStatusArgv('../etc'), /interface/);
  });

  it('reads only the given file, after --, and refuses relative paths', () => {
    assert.deepEqual(tmpfilesCreateArgv('/etc/tmpfiles.d/app.conf'), ['systemd-tmpfiles', '--create', '--', '/etc/tmpfiles.d/app.conf']);
    assert.deepEqual(sysusersArgv('/etc/sysusers.d/app.conf'), ['systemd-sysusers', '--', '/etc/sysusers.d/app.conf']);
    assert.throws(() => tmpfilesCreateArgv('app.conf'));
    assert.throws(() => sysusersArgv('--root=/x'));
    assert.throws(() => sysusersArgv('/a\0b'));
  });
});
