// Every message the Quadlet rules write on Podman's test corpus and on a set of broken files has its
// Simplified Chinese template, and every key and section summary its translation.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MessageCatalog } from '../../../server/src/l10n/catalog';
import { zhCnMessages, zhCnSchemaText } from '../../../server/src/l10n/zh-cn';
import { untranslatedQuadletSummaries } from '../../../server/src/l10n/zh-cn/quadlet';
import { loadCorpus } from '../../agreement/quadlet/evaluate';
import { check } from './helpers';

const BROKEN: [string, string][] = [
  ['a.container', '[Container]\nImgae=x\nImage=a\nRootfs=/r\nGroup=g\nReloadCmd=x\nReloadSignal=1\nPull=x\nNotify=x\nReadOnly=x\nExposeHostPort=x\nPod=p\nNetwork=n.network\nNetwork=c.container:x\nVolume=v.volume:/v\nMount=type=bind,source\nMount=type=bind,dst=/x\nRemapUid=0:1:1\nVolatileTmp=1\nHttpProxy=1\nSetWorkingDirectory=file\n[Quadlet]\nDefaultDependencies=1\n[Volume]\n[Foo]\n[Unit]\nAfter=x.volume\n[Service]\nUser=u\nType=simple\nKillMode=none\n'],
  ['b.container', '[Container]\nImage=a\nRemapUsers=bogus\nRemapUid=1\n'],
  ['c.container', '[Container]\nImage=a\nRemapUsers=keep-id\nRemapUid=1\nRemapUid=2\nSetWorkingDirectory=yaml\n'],
  ['d.container', '[Container]\nImage=a\nSetWorkingDirectory=/x\nRemapGid=1\n'],
  ['a.kube', '[Kube]\nRemapUsers=manual\nSetWorkingDirectory=yaml\n'],
  ['b.kube', '[Kube]\nYaml=a\nYaml=b\nSetWorkingDirectory=yaml\n'],
  ['a.build', '[Build]\nFile=rel\nSetWorkingDirectory=file\n'],
  ['b.build', '[Build]\nImageTag=t\n'],
  ['c.build', '[Build]\nImageTag=t\nFile=rel\n'],
  ['a.volume', '[Volume]\nDriver=image\n'],
  ['b.volume', '[Volume]\nType=nfs\nOptions=x\nImage=x\n'],
  ['c.volume', '[Volume]\nDriver=image\nImage=x.image\n'],
  ['a.image', '[Image]\n'],
  ['a.artifact', '[Artifact]\n'],
  ['a.network', '[Network]\nGateway=1\nIPRange=1\n'],
  ['b.network', '[Network]\nSubnet=1\nGateway=1\nGateway=2\nIPRange=1\nIPRange=2\n'],
];

describe('Quadlet in Simplified Chinese', () => {
  it('translates every message and fix title', () => {
    const catalog = new MessageCatalog(zhCnMessages(), zhCnSchemaText());
    const corpus = loadCorpus();
    const cases: [string, string, string][] = [
      ...corpus.cases.map((c): [string, string, string] => [c.file, corpus.files[c.file], '5.8.2']),
      ...BROKEN.map(([name, text]): [string, string, string] => [name, text, '5.8.2']),
      ...BROKEN.map(([name, text]): [string, string, string] => [name, text, '5.0.0']),
      ['a.container', '[Container]\nImage=a\n', '4.3.1'], ['a.artifact', '[Artifact]\n', '5.6.0'],
    ];
    const untranslated = new Set<string>();
    let messages = 0;
    for (const [name, text, podmanVersion] of cases) {
      for (const d of check(name, text, { podmanVersion, quadletUnits: [] })) {
        messages++;
        const titles = ((d.data as { fixes?: { title: string }[] } | undefined)?.fixes ?? []).map((f) => f.title);
        for (const piece of [String(d.message), ...titles].flatMap((m) => catalog.untranslated(m))) untranslated.add(piece);
      }
    }
    assert.ok(messages > 60, `only ${messages} messages`);
    assert.deepEqual([...untranslated], []);
  });

  it('has every key and section summary in Chinese', () => {
    assert.deepEqual(untranslatedQuadletSummaries(), []);
  });
});
