// Where the server's settings come from, for editors other than VS Code: pushed with
// workspace/didChangeConfiguration (Neovim 0.7, ALE: no workspace/configuration), or the
// initialization options when the editor can be asked but has nothing configured (Eglot, Helix).
// Either must survive the moment the server learns the host's systemd release (systemctl --version).
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { RawLsp } from '../helpers/rawLsp';

const URI = 'file:///tmp/dc-settings/web.service';
// RestartSteps= came with systemd 254: its diagnostic names the target release.
const UNIT = '[Unit]\nDescription=Web\n\n[Service]\nExecStart=/usr/bin/web\nRestartSteps=3\n';

/** Waits until the server has logged the host's release, after which it reads its settings again. */
async function hostVersionKnown(lsp: RawLsp): Promise<void> {
  for (let waited = 0; waited < 15_000; waited += 20) {
    if (lsp.logs.some((l) => /target systemd version defaults to/.test(l.message))) return;
    await new Promise((done) => setTimeout(done, 20));
  }
  assert.fail(`the server never logged the host's systemd release: ${JSON.stringify(lsp.logs)}`);
}

async function restartStepsMessage(lsp: RawLsp): Promise<string> {
  const published = lsp.diagnostics(URI, 1);
  lsp.notify('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'systemd', version: 1, text: UNIT } });
  const diagnostics = (await published) as { message: string }[];
  return diagnostics.find((d) => /RestartSteps/.test(d.message))?.message ?? `none in ${JSON.stringify(diagnostics)}`;
}

describe('settings from editors other than VS Code', () => {
  let lsp: RawLsp;
  afterEach(async () => {
    assert.equal(await lsp.shutdown(), 0);
  });

  it('keeps the settings a client pushed once the host release is known', async () => {
    lsp = new RawLsp();
    await lsp.initialize(undefined);
    lsp.notify('workspace/didChangeConfiguration', { settings: { daemonConfig: { systemd: { version: 250 }, diagnosticsDelay: 0 } } });
    await hostVersionKnown(lsp);
    assert.match(await restartStepsMessage(lsp), /systemd 250 does not know/);
  });

  it('keeps the initialization options when the editor answers workspace/configuration with null', async () => {
    lsp = new RawLsp();
    await lsp.initialize({ settings: { systemd: { version: 250 }, diagnosticsDelay: 0 } }, { workspace: { configuration: true } });
    await hostVersionKnown(lsp);
    assert.match(await restartStepsMessage(lsp), /systemd 250 does not know/);
  });

  /** The methods the server asked to register for, once it has settled after `initialized`. */
  const registered = (client: RawLsp) => client.serverRequests.filter((r) => r.method === 'client/registerCapability')
    .flatMap((r) => (r.params as { registrations: { method: string }[] }).registrations.map((g) => g.method));

  it('registers for configuration changes only where the client can register (not Eglot 1.9), and takes pushed settings either way', async () => {
    lsp = new RawLsp();
    // Eglot 1.9: it can be asked (workspace/configuration) but announces no dynamic registration for it.
    await lsp.initialize(undefined, { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } } });
    lsp.notify('workspace/didChangeConfiguration', { settings: { daemonConfig: { systemd: { version: 250 }, diagnosticsDelay: 0 } } });
    await hostVersionKnown(lsp);
    assert.match(await restartStepsMessage(lsp), /systemd 250 does not know/);
    assert.deepEqual(registered(lsp), ['workspace/didChangeWatchedFiles']);
    assert.equal(await lsp.shutdown(), 0);

    lsp = new RawLsp();
    await lsp.initialize(undefined, { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } } });
    await hostVersionKnown(lsp);
    assert.deepEqual(registered(lsp), ['workspace/didChangeConfiguration']);
  });
});
