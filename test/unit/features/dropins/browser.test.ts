// The merge in VS Code for the Web: the browser host knows only the open documents, whose URIs are
// not file: ones. An open drop-in is merged with the open unit it extends, and the merged view the
// client opens (EFFECTIVE_UNIT_SCHEME) is checked as a unit but never merged again.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { EFFECTIVE_UNIT_SCHEME, type EffectiveUnitResult } from '../../../../server/src/features/dropins/protocol';
import { browserHost } from '../../../../server/src/host/browserHost';
import { startInProcess, type InProcessSession } from '../../../helpers/inProcessServer';

const UNIT_URI = 'vscode-test-web://mount/deploy/app.service';
const DROP_IN_URI = 'vscode-test-web://mount/deploy/app.service.d/override.conf';
const UNIT = '[Service]\nExecStart=/usr/bin/app\n';
const DROP_IN = '[Service]\nExecStart=/usr/bin/app --verbose\n';

describe('drop-ins merged in the browser host', () => {
  let session: InProcessSession;
  before(async () => {
    session = await startInProcess(browserHost(), { settings: { diagnosticsDelay: 0, systemd: { version: 252 } } });
  });
  after(() => session.close());

  it('merges the open drop-in with the open unit and reports the added ExecStart=', async () => {
    const unitChecked = session.diagnostics(UNIT_URI);
    session.open(UNIT_URI, UNIT, 'systemd-unit');
    assert.deepEqual((await unitChecked).filter((d) => d.code === 'systemd/several-execstart'), []);
    const dropInChecked = session.diagnostics(DROP_IN_URI);
    session.open(DROP_IN_URI, DROP_IN, 'systemd-unit');
    const found = (await dropInChecked).filter((d) => d.code === 'systemd/several-execstart');
    assert.equal(found.length, 1);
    assert.equal(found[0].relatedInformation?.[0].location.uri, UNIT_URI);
    const merged = await session.client.sendRequest<EffectiveUnitResult | null>('daemonConfig/effectiveUnit', { textDocument: { uri: UNIT_URI } });
    assert.deepEqual(merged?.files.map((f) => f.path), ['/deploy/app.service', '/deploy/app.service.d/override.conf']);
    assert.match(merged?.text ?? '', /# from \/deploy\/app\.service\.d\/override\.conf:2\nExecStart=\/usr\/bin\/app --verbose/);

    // The view of the merge: checked as the unit it shows (two ExecStart= lines), not merged once more.
    const view = `${EFFECTIVE_UNIT_SCHEME}:/app.service`;
    const viewChecked = session.diagnostics(view);
    session.open(view, merged?.text ?? '', 'systemd-unit');
    assert.equal((await viewChecked).filter((d) => d.code === 'systemd/several-execstart').length, 1);
    assert.equal(await session.client.sendRequest('daemonConfig/effectiveUnit', { textDocument: { uri: view } }), null);
    const again = await session.client.sendRequest<EffectiveUnitResult | null>('daemonConfig/effectiveUnit', { textDocument: { uri: DROP_IN_URI } });
    assert.equal(again?.files[0].path, '/deploy/app.service', 'the view is not taken for the unit file');
  });
});
