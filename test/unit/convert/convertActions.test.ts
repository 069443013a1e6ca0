// The conversion code actions over an in-memory workspace: where they are offered, the files they
// create (never over an existing one), where a converted service goes, and what a client without
// file creation or disabled actions gets.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CodeAction, CreateFile, TextDocumentEdit } from 'vscode-languageserver-types';
import { analyze } from '../../../server/src/analysis';
import { convertActions, type ConvertContext } from '../../../server/src/features/convertActions';
import { convertSupportOf } from '../../../server/src/features/convertActionsSupport';
import { translatorFor } from '../../../server/src/l10n/translator';
import { memoryWorkspace } from '../rules-supervisor/helpers';

const FULL = convertSupportOf({ workspace: { workspaceEdit: { resourceOperations: ['create', 'rename'] } }, textDocument: { codeAction: { disabledSupport: true } } });
const CONFIG = '[supervisord]\n[include]\nfiles = conf.d/*.conf\n\n[group:app]\nprograms=web,worker\n';
const WEB = '[program:web]\ncommand=/usr/bin/web --port 80\npriority=10\n';
const WORKER = '[program:worker]\ncommand=/usr/bin/worker %(process_num)d\nnumprocs=2\n';
const FILES = { '/w/sv/supervisord.conf': CONFIG, '/w/sv/conf.d/web.conf': WEB, '/w/sv/conf.d/worker.conf': WORKER };

function actions(path: string, text: string, line: number, files: Record<string, string> = FILES, extra: Partial<ConvertContext> = {}): CodeAction[] {
  const a = analyze(`file://${path}`, 1, text);
  assert.ok(a);
  const range = { start: { line, character: 0 }, end: { line, character: 0 } };
  return convertActions(a, range, { support: FULL, workspace: memoryWorkspace({ ...files, [path]: text }), openPaths: [path], inWorkspace: (p) => p.startsWith('/w/'), ...extra });
}

/** Path → text of the files an action creates. */
function created(action: CodeAction): Map<string, string> {
  const out = new Map<string, string>();
  for (const change of action.edit?.documentChanges ?? []) {
    if ('kind' in change) {
      assert.equal(change.kind, 'create');
      assert.deepEqual((change as CreateFile).options, { ignoreIfExists: true });
      continue;
    }
    const edit = change as TextDocumentEdit;
    out.set(decodeURIComponent(edit.textDocument.uri.replace('file://', '')), edit.edits.map((e) => ('newText' in e ? e.newText : '')).join(''));
  }
  return out;
}

describe('convert code actions', () => {
  it('offers "Convert to a systemd service" anywhere in a [program:x] section, creating x.service beside it', () => {
    const found = actions('/w/sv/conf.d/web.conf', WEB, 1).filter((a) => a.kind === 'refactor.rewrite.convert');
    assert.deepEqual(found.map((a) => a.title), ['Convert to a systemd service (web.service)']);
    const files = created(found[0]);
    assert.deepEqual([...files.keys()], ['/w/sv/conf.d/web.service']);
    assert.match(files.get('/w/sv/conf.d/web.service') ?? '', /\nExecStart=\/usr\/bin\/web --port 80\n/);
  });

  it('picks x-converted.service when x.service exists, and refuses (with the reason) when both do', () => {
    const taken = { ...FILES, '/w/sv/conf.d/web.service': '[Service]\n' };
    assert.equal(actions('/w/sv/conf.d/web.conf', WEB, 0, taken)[0].title, 'Convert to a systemd service (web-converted.service)');
    const both = actions('/w/sv/conf.d/web.conf', WEB, 0, { ...taken, '/w/sv/conf.d/web-converted.service': '' })[0];
    assert.equal(both.edit, undefined);
    assert.match(both.disabled?.reason ?? '', /web.service and its -converted name both exist/);
  });

  it('converts the whole configuration from any of its files: units per program, a target per group, priority as ordering', () => {
    const whole = actions('/w/sv/supervisord.conf', CONFIG, 0).find((a) => a.kind === 'source.convert');
    assert.ok(whole);
    assert.equal(whole.title, 'Convert every supervisor program to a systemd unit (3 files)');
    const files = created(whole);
    assert.deepEqual([...files.keys()].sort(), ['/w/sv/app.target', '/w/sv/conf.d/web.service', '/w/sv/conf.d/worker@.service']);
    assert.match(files.get('/w/sv/app.target') ?? '', /\nWants=web.service worker@0.service worker@1.service\n/);
    assert.match(files.get('/w/sv/conf.d/worker@.service') ?? '', /\nAfter=web.service\n/, 'priority 999 starts after priority 10');
  });

  it('puts a converted service in the folder the configuration includes, or appends it to a config without [include]', () => {
    const unit = '[Service]\nExecStart=/usr/bin/api\n';
    const [into] = actions('/w/api.service', unit, 0, { '/w/sv/supervisord.conf': CONFIG });
    assert.equal(into.title, 'Convert to a supervisor program (conf.d/api.conf)');
    assert.match(created(into).get('/w/sv/conf.d/api.conf') ?? '', /^; Converted from api.service[\s\S]*\n\[program:api\]\ncommand=\/usr\/bin\/api\n/);
    const [appended] = actions('/w/api.service', unit, 0, { '/w/sv/supervisord.conf': '[supervisord]\n' });
    assert.equal(appended.title, 'Convert to a supervisor program (in supervisord.conf)');
    const edits = appended.edit?.changes?.['file:///w/sv/supervisord.conf'] ?? [];
    assert.deepEqual(edits[0].range.start, { line: 1, character: 0 });
    assert.match(edits[0].newText, /^\n; Converted from api.service/);
    const [alone] = actions('/w/api.service', unit, 0, {});
    assert.deepEqual([...created(alone).keys()], ['/w/conf.d/api.conf']);
  });

  it('refuses a program name the configuration already has', () => {
    const [action] = actions('/w/web.service', '[Service]\nExecStart=/usr/bin/web\n', 0);
    assert.match(action.disabled?.reason ?? '', /\[program:web\] already exists in the supervisor configuration \/w\/sv\/supervisord.conf/);
  });

  it('shows a refused conversion greyed out with its reason, or not at all to a client that cannot', () => {
    const oneshot = '[Service]\nType=oneshot\nExecStart=/bin/true\n';
    const [disabled] = actions('/w/job.service', oneshot, 0);
    assert.match(disabled.disabled?.reason ?? '', /A Type=oneshot service cannot be converted/);
    assert.deepEqual(actions('/w/job.service', oneshot, 0, FILES, { support: { createFiles: true, disabled: false } }), []);
    const [zh] = actions('/w/job.service', oneshot, 0, FILES, { t: translatorFor('zh-cn') });
    assert.equal(zh.title, '转换为 supervisor 程序');
    assert.equal(zh.disabled?.reason, 'Type=oneshot 的服务无法转换为 supervisor 程序：它运行完毕即退出，而 supervisord 让程序持续运行。只有 Type=simple、exec 和 notify 可以。');
  });

  it('without file creation, a new file is refused but appending to a config is still offered', () => {
    const noCreate = { support: { createFiles: false, disabled: true } };
    const [program] = actions('/w/sv/conf.d/web.conf', WEB, 0, FILES, noCreate);
    assert.match(program.disabled?.reason ?? '', /cannot create files/);
    const [appended] = actions('/w/api.service', '[Service]\nExecStart=/usr/bin/api\n', 0, { '/w/sv/supervisord.conf': '[supervisord]\n' }, noCreate);
    assert.equal(appended.disabled, undefined);
  });

  it('follows context.only, leaves drop-ins and other unit types alone, and titles in zh-cn', () => {
    assert.deepEqual(actions('/w/sv/conf.d/web.conf', WEB, 0, FILES, { only: ['quickfix'] }), []);
    assert.deepEqual(actions('/w/sv/conf.d/web.conf', WEB, 0, FILES, { only: ['source'] }).map((a) => a.kind), ['source.convert']);
    assert.deepEqual(actions('/w/web.service.d/x.conf', '[Service]\nExecStart=/bin/true\n', 0), []);
    assert.deepEqual(actions('/w/a.timer', '[Timer]\nOnCalendar=daily\n', 0), []);
    const zh = actions('/w/sv/conf.d/web.conf', WEB, 0, FILES, { t: translatorFor('zh-cn') });
    assert.deepEqual(zh.map((a) => a.title), ['转换为 systemd 服务（web.service）', '将每个 supervisor 程序转换为 systemd 单元（3 个文件）']);
  });
});
