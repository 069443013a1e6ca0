// The load-time refusals in Chinese, one input per wording (the shared probes reach only some): every
// message, quick-fix title and related-information line has a template, and a few read as they should.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { MessageCatalog } from '../../../server/src/l10n/catalog';
import { localizeDiagnostic } from '../../../server/src/l10n/localize';
import { translatorFor } from '../../../server/src/l10n/translator';
import { zhCnMessages, zhCnSchemaText } from '../../../server/src/l10n/zh-cn';
import { diagnosticTexts } from '../../helpers/messageProbes';
import { diagnose as diagnoseSupervisor } from '../rules-supervisor/helpers';
import { diagnose as diagnoseUnit } from '../rules-systemd/helpers';

const long = (n: number, lead: string) => lead + 'a'.repeat(n - lead.length);

/** [code, unit file name, text]: each a wording of its own. */
const UNITS: [string, string, string][] = [
  ['systemd/restart-force-with-oneshot', 'a.service', '[Service]\nType=oneshot\nExecStart=/bin/true\nRestartForceExitStatus=1\n'],
  ['systemd/pam-kill-mode', 'a.service', '[Service]\nExecStart=/bin/true\nPAMName=login\nKillMode=process\n'],
  ['systemd/pam-kill-mode', 'a.socket', '[Socket]\nListenStream=/run/a.sock\nPAMName=login\nKillMode=mixed\n'],
  ['systemd/socket-without-listen', 'a.socket', '[Socket]\nAccept=no\n'],
  ['systemd/socket-without-listen', 'a.socket', '[Socket]\nListenStream=/run/a.sock\nListenFIFO=\n'],
  ['systemd/accept-non-accepting', 'a.socket', '[Socket]\nAccept=yes\nListenDatagram=/run/b.sock\nListenFIFO=/run/f\n'],
  ['systemd/accept-max-connections', 'a.socket', '[Socket]\nAccept=yes\nListenStream=/run/a.sock\nMaxConnections=0\n'],
  ['systemd/accept-with-service', 'a.socket', '[Socket]\nAccept=yes\nListenStream=/run/a.sock\nService=other.service\n'],
  ['systemd/symlinks-without-one-path', 'a.socket', '[Socket]\nListenStream=/run/a.sock\nListenFIFO=/run/a.fifo\nSymlinks=/run/link\n'],
  ['systemd/symlinks-without-one-path', 'a.socket', '[Socket]\nListenStream=8080\nSymlinks=/run/link\n'],
  ['systemd/socket-path-too-long', 'a.socket', `[Socket]\nListenStream=${long(108, '/run/')}\nListenStream=8080\n`],
  ['systemd/name-path-mismatch', 'mnt-data.mount', '[Mount]\nWhat=/dev/sda1\nWhere=/mnt/other\n'],
  ['systemd/name-path-mismatch', 'dev-sda2.swap', '[Swap]\nWhat=/dev/sdb\n'],
  ['systemd/mount-without-what', 'mnt-data.mount', '[Mount]\nWhere=/mnt/data\n'],
  ['systemd/api-mount-point', 'proc.mount', '[Mount]\nWhat=proc\nWhere=/proc\n'],
  ['systemd/api-mount-point', '-.automount', '[Automount]\nWhere=/\n'],
  ['systemd/automount-reserved-option', 'mnt-data.automount', '[Automount]\nExtraOptions=ro,fd=3\n'],
  ['systemd/isolate-several-units', 'a.service', '[Unit]\nOnFailure=x1.service x2.service\nOnFailureJobMode=isolate\n[Service]\nExecStart=/bin/true\n'],
  ['systemd/timer-without-time', 'a.timer', '[Timer]\nUnit=a.service\n'],
  ['systemd/timer-without-time', 'a.timer', '[Timer]\nOnCalendar=every day\nOnBootSec=soon\n'],
  ['systemd/path-without-path', 'a.path', '[Path]\nMakeDirectory=yes\n'],
  ['systemd/path-without-path', 'a.path', '[Path]\nDirectoryNotEmpty=run/inbox\n'],
  ['systemd/invalid-slice-name', 'a--b.slice', '[Slice]\nCPUWeight=10\n'],
  ['systemd/invalid-slice-name', 'a-.slice', '[Slice]\nCPUWeight=10\n'],
  ['systemd/invalid-slice-name', '-a.slice', '[Slice]\nCPUWeight=10\n'],
  ['systemd/invalid-slice-name', 'a@b.slice', '[Slice]\nCPUWeight=10\n'],
];

const server = (file: string) => `[supervisord]\nlogfile=/tmp/l.log\n[unix_http_server]\nfile=${file}\n`;
const socketPath = (bytes: number) => '/tmp/' + 'a'.repeat(bytes - 5);

/** [code, text, where it is and the files beside it]. */
const SUPERVISOR: [string, string, { path?: string; files?: Record<string, string> }][] = [
  ['supervisor/misspelt-supervisord', '[Supervisord]\nlogfile=/tmp/l.log\n\n[program:web]\ncommand=/bin/cat\n', {}],
  ['supervisor/misspelt-supervisord', '[Supervisord]\nnodaemon=true\n[program:web]\ncommand=/bin/cat\n',
    { path: '/srv/app/conf.d/web.conf', files: { '/srv/app/supervisord.conf': '[supervisord]\nlogfile=/tmp/l.log\n[include]\nfiles=conf.d/*.conf\n' } }],
  ['supervisor/invalid-user-name', '[supervisord]\nlogfile=/tmp/l.log\n[program:web]\ncommand=/bin/cat\nuser=bad user\n', {}],
  ['supervisor/bad-format', '[supervisord]\nlogfile=/tmp/l.log\n[program:web]\ncommand=/bin/echo 5%5%\n', {}],
  ['supervisor/socket-path-too-long', server(socketPath(106)), {}],
  ['supervisor/socket-path-too-long', server(socketPath(102)), {}],
  ['supervisor/socket-path-too-long', server(socketPath(103)), {}],
];

function found(): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [code, name, text] of UNITS) {
    const hits = diagnoseUnit(text, `/etc/systemd/system/${name}`).filter((d) => d.code === code);
    assert.ok(hits.length > 0, `${code} on ${name}`);
    out.push(...hits);
  }
  for (const [code, text, options] of SUPERVISOR) {
    const hits = diagnoseSupervisor(text, options).filter((d) => d.code === code);
    assert.ok(hits.length > 0, `${code} in ${JSON.stringify(text)}`);
    out.push(...hits);
  }
  return out;
}

describe('zh-cn load-time refusals', () => {
  const catalog = new MessageCatalog(zhCnMessages(), zhCnSchemaText());
  const diagnostics = found();

  it('has a template for every message, quick-fix title and related line we write', () => {
    // A related line that only quotes the user's assignment (`OnFailure=x1.service x2.service`) stays as written.
    const ours = (d: Diagnostic) => (d.relatedInformation ?? []).map((r) => r.message).filter((m) => !/^[A-Za-z]+=\S/.test(m) || / is | does /.test(m));
    const untranslated = diagnostics.flatMap((d) => [...diagnosticTexts(d), ...ours(d)].flatMap((text) => catalog.untranslated(text).map((piece) => `${String(d.code)}: ${piece}`)));
    assert.deepEqual(untranslated, []);
  });

  it('reads in Chinese, with the names and values as written', () => {
    const t = translatorFor('zh-cn');
    const zh = (code: string) => diagnostics.filter((d) => d.code === code).map((d) => localizeDiagnostic(d, t));
    const [pam] = zh('systemd/pam-kill-mode');
    assert.equal(pam.message, 'KillMode=process 不能与 PAMName= 一起使用：这个 service 单元必须使用 KillMode=control-group 或 KillMode=mixed。systemd 会拒绝加载它。');
    assert.deepEqual((pam.data as { fixes: { title: string }[] }).fixes.map((f) => f.title), ['改为 KillMode=control-group', '改为 KillMode=mixed']);
    const [single] = zh('systemd/pam-kill-mode').slice(1);
    assert.match(single.message as string, /这个 socket 单元必须使用 KillMode=control-group。/);
    const [accept] = zh('systemd/accept-non-accepting');
    assert.deepEqual(accept.relatedInformation?.map((r) => r.message), ['ListenDatagram= 不接受连接', 'ListenFIFO= 不接受连接']);
    const slices = zh('systemd/invalid-slice-name').map((d) => d.message);
    assert.ok(slices.includes('a--b.slice 不是有效的切片名（它有两个连续的短横线；短横线用来分隔切片树的各级）：systemd 会拒绝加载它。'), slices.join('\n'));
    const [timer] = zh('systemd/timer-without-time').slice(1);
    assert.equal(timer.message, '该定时器没有任何触发条件（systemd 会忽略或清除这里的每一项时间设置；也没有 OnClockChange=yes）：systemd 会拒绝加载它。');
    const pids = zh('supervisor/socket-path-too-long').map((d) => d.message as string);
    assert.equal(pids.length, 3);
    assert.match(pids[0], /^此套接字路径有 106 字节：.*无法启动服务器/);
    assert.match(pids[1], /只有当它的 pid 不超过 4 位时才能启动/);
    assert.match(pids[2], /只有当它的 pid 不超过 3 位时才能启动/);
  });
});
