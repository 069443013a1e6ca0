import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DiagnosticData } from '../../../server/src/rules/types';
import { check, codes, errors } from './helpers';

const WEB = `[Unit]
Description=Web front end
After=db.container

[Container]
Image=docker.io/library/nginx:1.27
PublishPort=8080:80
Volume=web-data.volume:/usr/share/nginx/html:Z
Network=web.network
ReadOnly=true
Pull=newer

[Service]
Restart=always

[Install]
WantedBy=default.target
`;

describe('Quadlet rules', () => {
  it('accepts a valid .container with [Unit], [Service] and [Install]', () => {
    assert.deepEqual(check('web.container', WEB, { quadletUnits: ['db.container', 'web-data.volume', 'web.network'] }), []);
  });

  it('reports a misspelt key as quadlet does, with a fix', () => {
    const found = check('web.container', '[Container]\nImgae=nginx\nImage=nginx\n');
    assert.deepEqual(codes(found), ['quadlet/unknown-key']);
    assert.equal(found[0].severity, 1);
    assert.match(String(found[0].message), /Unsupported key 'Imgae' in \[Container\].*Did you mean Image\?/);
    const fixes = (found[0].data as DiagnosticData).fixes ?? [];
    assert.equal(fixes[0].title, 'Change to Image');
    assert.equal(fixes[0].edits[0].newText, 'Image');
    assert.deepEqual(found[0].range, { start: { line: 1, character: 0 }, end: { line: 1, character: 5 } });
  });

  it('requires the key each type needs', () => {
    assert.deepEqual(codes(errors(check('web.container', '[Container]\nExec=sleep 1\n'))), ['quadlet/missing-key']);
    assert.deepEqual(codes(errors(check('web.container', '[Unit]\nDescription=x\n'))), ['quadlet/missing-key']);
    assert.deepEqual(codes(errors(check('app.kube', '[Kube]\nPublishPort=80:80\n'))), ['quadlet/missing-key']);
    assert.deepEqual(codes(errors(check('app.image', '[Image]\n'))), ['quadlet/missing-key']);
    assert.deepEqual(codes(errors(check('app.build', '[Build]\nSetWorkingDirectory=unit\n'))), ['quadlet/missing-key']);
    assert.deepEqual(errors(check('app.build', '[Build]\nImageTag=localhost/app\nSetWorkingDirectory=unit\n')), []);
    assert.deepEqual(codes(errors(check('root.container', '[Container]\nImage=a\nRootfs=/srv/root\n'))), ['quadlet/conflicting-keys']);
    assert.deepEqual(errors(check('root.container', '[Container]\nRootfs=/srv/root\n')), []);
    assert.deepEqual(errors(check('data.volume', '[Volume]\n')), []);
    assert.deepEqual(codes(errors(check('data.volume', '[Volume]\nType=nfs\n'))), ['quadlet/missing-key']);
  });

  it('warns about keys newer than the target Podman, and about a Podman without Quadlet', () => {
    const text = '[Container]\nImage=nginx\nHttpProxy=false\n';
    assert.deepEqual(check('web.container', text), []);
    const old = check('web.container', text, { podmanVersion: '5.0.0' });
    assert.deepEqual(codes(old), ['quadlet/newer-key']);
    assert.match(String(old[0].message), /added to \[Container\] in Podman 5\.7\.0/);
    assert.equal(old[0].severity, 2);
    const debian = check('web.container', text, { podmanVersion: '4.3.1' });
    assert.deepEqual(codes(debian), ['quadlet/podman-too-old']);
    assert.match(String(debian[0].message), /Podman 4\.3\.1 has no Quadlet \(it came with Podman 4\.4\.0\)/);
    assert.deepEqual(codes(check('x.artifact', '[Artifact]\nArtifact=quay.io/a/b:1\n', { podmanVersion: '5.6.0' })), ['quadlet/podman-too-old']);
  });

  it('checks values: enum words podman refuses are errors, unreadable booleans warnings', () => {
    const pull = check('web.container', '[Container]\nImage=nginx\nPull=newr\n');
    assert.deepEqual(codes(pull), ['quadlet/invalid-value']);
    assert.equal(pull[0].severity, 1);
    assert.equal((pull[0].data as DiagnosticData).fixes?.[0].title, 'Change to newer');
    const readOnly = check('web.container', '[Container]\nImage=nginx\nReadOnly=maybe\n');
    assert.deepEqual(codes(readOnly), ['quadlet/invalid-value']);
    assert.equal(readOnly[0].severity, 2);
    assert.deepEqual(check('web.container', '[Container]\nImage=nginx\nReadOnly=YES\nNotify=Healthy\nExposeHostPort=8000-8010/tcp\n'), []);
    assert.deepEqual(codes(errors(check('web.container', '[Container]\nImage=nginx\nExposeHostPort=http\n'))), ['quadlet/invalid-value']);
  });

  it('reports what quadlet refuses in combination', () => {
    assert.deepEqual(codes(errors(check('web.container', '[Container]\nImage=a\nGroup=web\n'))), ['quadlet/missing-key']);
    assert.deepEqual(errors(check('web.container', '[Container]\nImage=a\nUser=web\nGroup=web\n')), []);
    assert.deepEqual(codes(errors(check('web.container', '[Container]\nImage=a\nReloadCmd=/bin/true\nReloadSignal=SIGHUP\n'))), ['quadlet/conflicting-keys']);
    assert.deepEqual(codes(errors(check('web.container', '[Container]\nImage=a\nRemapUsers=auto\nUserNS=keep-id\n'))), ['quadlet/conflicting-keys']);
    assert.deepEqual(codes(errors(check('n.network', '[Network]\nGateway=10.0.0.1\n'))), ['quadlet/missing-key']);
    assert.deepEqual(errors(check('n.network', '[Network]\nSubnet=10.0.0.0/24\nGateway=10.0.0.1\n')), []);
    assert.deepEqual(codes(errors(check('web.container', '[Container]\nImage=a\n[Service]\nType=simple\nKillMode=process\n'))), ['quadlet/invalid-value', 'quadlet/invalid-value']);
  });

  it('resolves references to other Quadlet units only when the units beside the file are known', () => {
    const text = '[Unit]\nAfter=db.container\n[Container]\nImage=app.build\nPod=app.pod\nNetwork=app.network\nVolume=data.volume:/data\nMount=type=image,source=base.image,destination=/base\n';
    assert.deepEqual(check('web.container', text), []);
    const found = errors(check('web.container', text, { quadletUnits: [] }));
    assert.deepEqual(codes(found), Array(6).fill('quadlet/missing-unit'));
    assert.deepEqual(found.map((d) => d.range.start.line), [1, 3, 4, 5, 6, 7]);
    assert.deepEqual(errors(check('web.container', text, { quadletUnits: ['db.container', 'app.build', 'app.pod', 'app.network', 'data.volume', 'base.image'] })), []);
    assert.deepEqual(codes(errors(check('web.container', '[Container]\nImage=a\nPod=mypod\n'))), ['quadlet/invalid-value']);
  });

  it('warns about [Service] keys quadlet does not support', () => {
    const found = check('web.container', '[Container]\nImage=a\n[X-Mine]\nA=b\n[Service]\nUser=web\nDynamicUser=yes\n');
    assert.deepEqual(codes(found), ['quadlet/service-key-not-supported', 'quadlet/service-key-not-supported']);
    assert.ok(found.every((d) => d.severity === 2));
  });

  it('marks deprecated keys and reads nothing of a file that is not a Quadlet type', () => {
    assert.deepEqual(codes(check('web.container', '[Container]\nImage=a\nVolatileTmp=true\n')), ['quadlet/deprecated-key']);
    assert.deepEqual(check('web.container.d/override.conf', '[Container]\nBogus=1\n'), []);
  });
});
