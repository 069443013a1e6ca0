// The value checks that follow systemd 252's parsers, in Chinese: inputs for the wordings the shared
// probes (coverage.test.ts) do not reach, each with a template, and a few read as they should.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MessageCatalog } from '../../../server/src/l10n/catalog';
import { zhCnMessages, zhCnSchemaText } from '../../../server/src/l10n/zh-cn';
import { diagnosticTexts } from '../../helpers/messageProbes';
import { diagnose } from '../rules-systemd/helpers';

/** [section, line]: each gives at least one diagnostic on that line, in a wording of its own. */
const LINES: [string, string][] = [
  ['Service', 'LimitNOFILE=10:5'],
  ['Service', 'ExecStart=@/bin/true'],
  ['Service', 'ExecStart=/bin/a"b'],
  ['Service', 'ExecStart=/bin/tru\\e'],
  ['Service', 'ExecStart=/bin/tr\\x01ue'],
  ['Service', `ExecStart=${'a'.repeat(300)}`],
  ['Service', 'User=nobody'],
  ['Service', 'SystemCallFilter=read:EPERM'],
  ['Service', 'SystemCallFilter=read ~write'],
  ['Service', 'AllowedCPUs=5-3'],
  ['Service', 'AllowedCPUs=9000'],
  ['Service', 'Environment="A=\\q"'],
  ['Service', 'DeviceAllow=/dev/null rwz'],
  ['Service', 'RootHash=abcd'],
  ['Service', 'RootHashSignature=base64:@@'],
  ['Service', 'SetCredentialEncrypted=name'],
  ['Service', 'LoadCredential=x:/a/../b'],
  ['Service', 'CacheDirectory=./.'],
  ['Service', `CacheDirectory=a/${'b'.repeat(300)}`],
  ['Service', 'StandardOutput=file:relative'],
  ['Service', 'StandardOutput=fd:a:b'],
  ['Service', 'PIDFile=../x'],
  ['Service', 'RestrictAddressFamilies=~none'],
  ['Service', 'BindPaths=/a:/b:zz'],
  ['Service', 'BindPaths=/a:/b:rbind:x'],
  ['Service', 'ExtensionImages=/a\\z'],
  ['Service', 'ConfigurationDirectory=a:b'],
  ['Service', 'MemoryMax=99999999999999999999999'],
  ['Service', 'IOReadBandwidthMax="/dev/sda 1M'],
  ['Socket', 'ListenDatagram=[::1]:x'],
  ['Socket', 'ListenStream=vsock:x'],
  ['Socket', 'ListenStream=1.2.3.4:99999'],
  ['Socket', 'ListenNetlink=route x y'],
  ['Socket', 'Service=web@.service'],
];

describe('zh-cn value checks of systemd 252', () => {
  const catalog = new MessageCatalog(zhCnMessages(), zhCnSchemaText());
  const found = LINES.map(([section, line]) => {
    const name = section === 'Socket' ? 'a.socket' : 'a.service';
    const extra = section === 'Socket' && !line.startsWith('Listen') ? 'ListenStream=/run/a.sock\n' : section === 'Service' ? 'Type=oneshot\n' : '';
    const at = extra === '' ? 1 : 2;
    // Only what is said about the line itself (not the unit's missing ExecStart= or [Install]).
    const texts = diagnose(`[${section}]\n${extra}${line}\n`, `/etc/systemd/system/${name}`).filter((d) => d.range.start.line === at).flatMap(diagnosticTexts);
    return { line, texts };
  });

  it('reaches a diagnostic with every input', () => {
    assert.deepEqual(found.filter((f) => f.texts.length === 0).map((f) => f.line), []);
  });

  it('has a template for every message they give', () => {
    assert.deepEqual(found.flatMap((f) => f.texts.flatMap((t) => catalog.untranslated(t).map((piece) => `${f.line}: ${piece}`))), []);
  });

  it('reads in Chinese, nested reasons included', () => {
    const zh = (line: string) => (found.find((f) => f.line === line)?.texts ?? []).map((t) => catalog.translate(t));
    assert.ok(zh('LimitNOFILE=10:5').includes('“10:5”中的软限制高于硬限制；systemd 会忽略此行。'), zh('LimitNOFILE=10:5').join('\n'));
    assert.ok(zh('AllowedCPUs=5-3').includes('AllowedCPUs= 不接受此行：范围“5-3”是倒序的。'), zh('AllowedCPUs=5-3').join('\n'));
    assert.ok(zh('PIDFile=../x').includes('PIDFile= 不接受“../x”：其中不允许出现“..”。'), zh('PIDFile=../x').join('\n'));
  });
});
