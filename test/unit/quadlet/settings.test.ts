import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parsePodmanVersionOutput } from '../../../server/src/host/podmanVersion';
import { NEWEST_PODMAN } from '../../../server/src/schema/quadlet';
import { readSettings } from '../../../server/src/settings';

describe('daemonConfig.podman.version', () => {
  it('reads the setting, else the host\'s release, else the newest known', () => {
    assert.equal(readSettings({ podman: { version: '5.2.1' } }, 252, '4.9.3').podmanVersion, '5.2.1');
    assert.equal(readSettings({ podman: { version: '5' } }, 252).podmanVersion, '5.0.0');
    assert.equal(readSettings({ podman: { version: '' } }, 252, '4.9.3').podmanVersion, '4.9.3');
    assert.equal(readSettings({ podman: { version: 'latest; rm -rf /' } }, 252).podmanVersion, NEWEST_PODMAN);
    assert.equal(readSettings(undefined, 252).podmanVersion, NEWEST_PODMAN);
  });

  it('parses podman --version', () => {
    assert.equal(parsePodmanVersionOutput('podman version 4.3.1\n'), '4.3.1');
    assert.equal(parsePodmanVersionOutput('podman-remote version 5.2.0\n'), '5.2.0');
    assert.equal(parsePodmanVersionOutput('docker version 20'), undefined);
  });
});
