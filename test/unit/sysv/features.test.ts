// Hover, completion and the conversion action on an init script, in English and Chinese.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CreateFile, MarkupContent, TextDocumentEdit } from 'vscode-languageserver-types';
import { canCreateFiles, CONVERT_KIND, sysvActions, unitPathFor } from '../../../server/src/features/sysvActions';
import { localizeDiagnostics } from '../../../server/src/l10n/localize';
import { english, translatorFor } from '../../../server/src/l10n/translator';
import { zhCnMessages, zhCnSchemaText } from '../../../server/src/l10n/zh-cn';
import { CONVERT_COMMENTS } from '../../../server/src/sysv/convert';
import { FACILITIES, KEYWORDS, RUNLEVELS } from '../../../server/src/sysv/facts';
import { initScriptOf } from '../../../server/src/sysv/initScript';
import { sysvCompletion } from '../../../server/src/sysv/lsbCompletion';
import { SYSV_FIX_TITLES, SYSV_MESSAGES, sysvDiagnostics } from '../../../server/src/sysv/lsbDiagnostics';
import { SYSV_HOVER_TEXT, sysvHover } from '../../../server/src/sysv/lsbHover';
import { mark } from '../../helpers/markers';

const zh = translatorFor('zh-cn');

function at(source: string, path = '/etc/init.d/web') {
  const { text, cursor } = mark(source);
  const script = initScriptOf(`file://${path}`, text);
  assert.ok(script);
  return { script, cursor };
}

const HEADER = '### BEGIN INIT INFO\n# Provides: web\n# Required-Start: $remote_fs\n# Default-Start: 2 3 4 5\n### END INIT INFO\n';

function hoverText(source: string, t = english): string {
  const { script, cursor } = at(source);
  return (sysvHover(script, cursor, t)?.contents as MarkupContent | undefined)?.value ?? '';
}

describe('hover on an LSB header', () => {
  it('explains a keyword and what systemd does with it', () => {
    const text = hoverText(HEADER.replace('Required-Start', 'Requi$0red-Start'));
    assert.match(text, /\*\*Required-Start\*\*/);
    assert.match(text, /After=/);
    assert.match(hoverText(HEADER.replace('Required-Start', 'Requi$0red-Start'), zh), /在 systemd 下/);
  });

  it('explains a facility, a runlevel, another script and the script itself', () => {
    assert.match(hoverText(HEADER.replace('$remote_fs', '$remo$0te_fs')), /remote-fs\.target/);
    assert.match(hoverText(HEADER.replace('$remote_fs', '$loc$0al_fs')), /drops it/);
    assert.match(hoverText(HEADER.replace('2 3 4 5', '2 3 4 $05')), /graphical\.target/);
    assert.match(hoverText(HEADER.replace('$remote_fs', 'postgre$0sql')), /postgresql\.service/);
    assert.match(hoverText(HEADER.replace('Provides: web', 'Provides: w$0eb')), /itself/);
    assert.equal(hoverText(HEADER.replace('# Provides', '#$0 Provides')), '');
  });
});

describe('completion in an LSB header', () => {
  it('offers the missing keywords at the start of a line', () => {
    const { script, cursor } = at(HEADER.replace('### END', '# Sh$0\n### END'));
    const items = sysvCompletion(script, cursor, english);
    const labels = items.map((i) => i.label);
    assert.ok(labels.includes('Short-Description'));
    assert.ok(!labels.includes('Provides'), 'already there');
    const item = items.find((i) => i.label === 'Short-Description');
    assert.deepEqual(item?.textEdit, { range: { start: { line: 4, character: 2 }, end: cursor }, newText: 'Short-Description: ' });
  });

  it('offers facilities after a dependency keyword, runlevels after Default-Start, nothing outside the header', () => {
    const facilities = at(HEADER.replace('$remote_fs', '$remote_fs $n$0'));
    const labels = sysvCompletion(facilities.script, facilities.cursor, english).map((i) => i.label);
    assert.ok(labels.includes('$network') && !labels.includes('$remote_fs'));
    const runlevels = at(HEADER.replace('2 3 4 5', '2 3 4 5 $0'));
    assert.deepEqual(sysvCompletion(runlevels.script, runlevels.cursor, english).map((i) => i.label), ['0', '1', '6', 'S']);
    const outside = at(`${HEADER}echo $0`);
    assert.deepEqual(sysvCompletion(outside.script, outside.cursor, english), []);
  });
});

describe('Convert to a systemd service', () => {
  const capabilities = { workspace: { workspaceEdit: { documentChanges: true, resourceOperations: ['create', 'rename'] } } };

  it('creates NAME.service where it belongs, never over an existing file', () => {
    const { script } = at(HEADER);
    const [action] = sysvActions(script, 'file:///etc/init.d/web', { createFiles: true, exists: () => false, t: english });
    assert.equal(action.kind, CONVERT_KIND);
    const [create, edit] = action.edit?.documentChanges ?? [];
    assert.deepEqual(create, { kind: 'create', uri: 'file:///etc/systemd/system/web.service', options: { overwrite: false, ignoreIfExists: false } } satisfies CreateFile);
    assert.match(((edit as TextDocumentEdit).edits[0] as { newText: string }).newText, /^\[Service\]$/m);
    assert.deepEqual(sysvActions(script, 'file:///etc/init.d/web', { createFiles: true, exists: (p) => p.endsWith('web.service'), t: english }), []);
    assert.deepEqual(sysvActions(script, 'file:///etc/init.d/web', { createFiles: false, exists: () => false, t: english }), []);
    assert.deepEqual(sysvActions(script, 'file:///etc/init.d/web', { createFiles: true, exists: () => false, only: ['quickfix'], t: english }), []);
    assert.equal(sysvActions(script, 'file:///etc/init.d/web', { createFiles: true, exists: () => false, only: 'junk', t: english }).length, 1);
  });

  it('puts the unit beside a script of a project, or beside its init.d folder', () => {
    const project = at(HEADER, '/src/pkg/debian/web.init');
    assert.equal(unitPathFor(project.script, 'web.service'), '/src/pkg/debian/web.service');
    const tree = at(HEADER, '/src/app/init.d/web');
    assert.equal(unitPathFor(tree.script, 'web.service'), '/src/app/web.service');
  });

  it('reads the client capability to create files', () => {
    assert.equal(canCreateFiles(capabilities), true);
    assert.equal(canCreateFiles({ workspace: { workspaceEdit: { resourceOperations: ['create'] } } }), false);
    assert.equal(canCreateFiles(null), false);
  });
});

describe('Chinese for init scripts', () => {
  it('has every message, hover line, comment and fact text', () => {
    const templates = [...Object.values(SYSV_MESSAGES), ...Object.values(SYSV_HOVER_TEXT), ...Object.values(CONVERT_COMMENTS), ...Object.values(SYSV_FIX_TITLES),
      'LSB keyword', 'LSB keyword (Debian expects it)', 'dropped by systemd', 'Convert to a systemd service ({unit})'];
    assert.deepEqual(templates.filter((t) => !(t in zhCnMessages())), []);
    const facts = [...KEYWORDS.flatMap((k) => [k.summary, k.systemd]), ...FACILITIES.map((f) => f.summary), ...Object.values(RUNLEVELS)];
    assert.deepEqual(facts.filter((t) => !zhCnSchemaText().has(t)), []);
  });

  it('translates the diagnostics as they leave the server', () => {
    const { script } = at('### BEGIN INIT INFO\n# Provides: www\n# Default-Start: 7\n### END INIT INFO\n');
    const messages = localizeDiagnostics(sysvDiagnostics(script), zh).map((d) => d.message);
    assert.ok(messages.length >= 5);
    assert.deepEqual(messages.filter((m) => typeof m !== 'string' || /^[\x20-\x7e]+$/.test(m)), [], 'all translated');
  });
});
