// The safe set and the single fixes: which lines, and the folders kept writable under ProtectSystem=strict.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mergeUnit } from '../../../server/src/features/dropins/merge';
import { fixOf, safeSetLines } from '../../../server/src/features/securityFixes';
import { securityMarkdown } from '../../../server/src/features/securityEditor';
import { translatorFor } from '../../../server/src/l10n/translator';
import { parse } from '../../../server/src/parse';
import { assessService, settingsOfMerge } from '../../../server/src/security';

const settingsOf = (text: string) => settingsOfMerge(mergeUnit([{ path: '/x', role: 'unit', doc: parse(text, 'systemd') }]), 'app.service', 'system');

describe('safe set', () => {
  it('keeps the folders the unit writes writable, with the managed directories where the path allows', () => {
    const lines = safeSetLines(settingsOf(['[Service]', 'ExecStart=/usr/bin/app --db=/var/lib/app/db --cache /var/cache/app',
      'PIDFile=/run/app/app.pid', 'StandardOutput=append:/var/log/app/out.log', 'StandardError=file:/srv/app/err.log', ''].join('\n')));
    for (const line of ['StateDirectory=app', 'CacheDirectory=app', 'RuntimeDirectory=app', 'LogsDirectory=app', 'ReadWritePaths=-/srv/app', 'ProtectSystem=strict']) {
      assert.ok(lines.includes(line), `${line} in ${lines.join(', ')}`);
    }
  });

  it('adds only what the unit does not set, and leaves home folders readable for a program there', () => {
    const lines = safeSetLines(settingsOf('[Service]\nExecStart=/home/me/bin/app\nPrivateTmp=no\nStateDirectory=app\nWorkingDirectory=/var/lib/app\n'));
    assert.ok(!lines.some((l) => l.startsWith('PrivateTmp=')));
    assert.ok(!lines.some((l) => l.startsWith('ProtectHome=')));
    assert.ok(!lines.includes('StateDirectory=app'), 'already there');
    assert.ok(lines.includes('NoNewPrivileges=yes'));
  });

  it('lowers the score of a bare service from 9.6 to 5.8 (systemd-analyze agrees)', () => {
    const bare = '[Service]\nExecStart=/usr/bin/app\n';
    const hardened = `${bare}${safeSetLines(settingsOf(bare)).join('\n')}\n`;
    assert.equal(assessService(settingsOf(hardened)).exposure, 58);
  });

  it('names one line per failed check where one line passes it', () => {
    const report = assessService(settingsOf('[Service]\nExecStart=/usr/bin/app\n'));
    const fix = (id: string) => { const c = report.checks.find((x) => x.assessor.id === id); return c && fixOf(c); };
    assert.equal(fix('NoNewPrivileges='), 'NoNewPrivileges=yes');
    assert.equal(fix('CapabilityBoundingSet=~CAP_SET(UID|GID|PCAP)'), 'CapabilityBoundingSet=~CAP_SETUID CAP_SETGID CAP_SETPCAP');
    assert.equal(fix('SystemCallFilter=~@mount'), 'SystemCallFilter=~@mount');
    assert.equal(fix('RestrictNamespaces=~user'), 'RestrictNamespaces=~user');
    assert.equal(fix('AmbientCapabilities='), undefined);
  });

  it('writes the table of checks in Chinese for a zh-cn editor', () => {
    const text = securityMarkdown(assessService(settingsOf('[Service]\nExecStart=/usr/bin/app\n')), translatorFor('zh-cn'));
    assert.match(text, /\*\*暴露等级 9\.6 UNSAFE\*\*/);
    assert.match(text, /\| `PrivateNetwork=` \| 使用主机的网络 \| 0\.5 \|/);
    assert.match(text, /能力边界集中保留了 CAP_SYS_ADMIN/);
  });
});

describe('exposure texts in Chinese', () => {
  it('translates every reason a check gives', () => {
    const zh = translatorFor('zh-cn');
    const units = [
      '[Service]\nExecStart=/a\n',
      '[Service]\nExecStart=/a\nUser=nobody\nSupplementaryGroups=adm\nProtectHome=read-only\nProtectSystem=yes\nUMask=0002\nKeyringMode=shared\nNotifyAccess=all\nDelegate=yes\nAmbientCapabilities=CAP_KILL\nSystemCallArchitectures=native x86\nSystemCallFilter=@system-service @mount\nIPAddressDeny=any\nIPAddressAllow=10.0.0.0/8\nDevicePolicy=closed\nDeviceAllow=/dev/null rw\nProtectProc=noaccess\n',
      '[Service]\nExecStart=/a\nUser=app\nProtectHome=tmpfs\nProtectSystem=full\nUMask=0007\nSystemCallFilter=~@clock\nIPAddressDeny=any\nIPAddressAllow=localhost\n',
      '[Service]\nExecStart=/a\nUMask=0027\n',
    ];
    const whys = new Set<string>();
    for (const unit of units) for (const c of assessService(settingsOf(unit)).checks) if (c.why) whys.add(c.why);
    assert.ok(whys.size > 45, `only ${whys.size} reasons seen`);
    for (const why of whys) assert.notEqual(zh.format(why, {}), why, why);
  });
});
