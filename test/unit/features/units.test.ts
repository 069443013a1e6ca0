import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { MarkupContent, TextEdit } from 'vscode-languageserver-types';
import { complete } from '../../../server/src/features/completion';
import { hover } from '../../../server/src/features/hover';
import { unitDefinition, unitLinks } from '../../../server/src/features/unitLinks';
import { createUnitCatalog } from '../../../server/src/host/unitCatalog';
import { analyzeMarked } from '../../helpers/analyzeText';

function workspace() {
  const root = mkdtempSync(join(tmpdir(), 'dc-units-'));
  mkdirSync(join(root, 'deploy'));
  writeFileSync(join(root, 'deploy', 'frps.service'), '[Service]\nExecStart=/usr/bin/frps\n');
  writeFileSync(join(root, 'backup.timer'), '[Timer]\nOnCalendar=daily\n');
  return { root, catalog: createUnitCatalog(() => [root], { system: [], user: [] }) };
}

describe('unit names and specifiers', () => {
  it('completes unit names from the workspace and the special units', () => {
    const { catalog } = workspace();
    const at = (source: string) => {
      const { analyzed, marked } = analyzeMarked('file:///w/frpc.service', source);
      return complete(analyzed, marked.cursor, { version: 252, units: catalog }).map((i) => i.label);
    };
    const labels = at('[Unit]\nAfter=network.target $0\n');
    assert.ok(labels.includes('frps.service') && labels.includes('backup.timer'), labels.join(' '));
    assert.ok(labels.includes('network-online.target') && labels.includes('multi-user.target'));
    assert.ok(!labels.includes('frpc.service'), 'a unit does not depend on itself');
    // A typed part of the name narrows the list (the client asks again as it changes).
    const typed = at('[Unit]\nAfter=network.target fr$0\n');
    assert.ok(typed.includes('frps.service') && !typed.includes('backup.timer'), typed.join(' '));
  });

  it('goes to the file of a unit named in a dependency and links it', () => {
    const { root, catalog } = workspace();
    const { analyzed, marked } = analyzeMarked('file:///w/frpc.service', '[Unit]\nWants=<<frp$0s.service>> other.service\n');
    const location = unitDefinition(analyzed, marked.cursor, catalog);
    assert.equal(location?.uri, `file://${join(root, 'deploy', 'frps.service')}`);
    const links = unitLinks(analyzed, catalog);
    assert.deepEqual(links.map((l) => l.range), marked.ranges);
  });

  it('completes specifiers after % and explains them on hover', () => {
    const { analyzed, marked } = analyzeMarked('file:///w/a.service', '[Service]\nExecStart=/usr/bin/a --home %$0\n');
    const items = complete(analyzed, marked.cursor, { version: 252 });
    const home = items.find((i) => i.label === '%h');
    assert.ok(home);
    assert.equal((home.textEdit as TextEdit).range.start.character, marked.cursor.character - 1);
    const over = analyzeMarked('file:///w/a.service', '[Service]\nExecStart=/usr/bin/a --home <<%$0h>>/x 100%%\n');
    const result = hover(over.analyzed, over.marked.cursor, 252);
    assert.deepEqual(result?.range, over.marked.ranges[0]);
    assert.match((result?.contents as MarkupContent).value, /^\*\*%h\*\*/);
  });

  it('completes supervisor expansions after %(', () => {
    const { analyzed, marked } = analyzeMarked('file:///etc/supervisor/conf.d/a.conf', '[program:a]\ncommand=/bin/a\nnumprocs=2\nprocess_name=%(program_name)s_%(pro$0\n');
    const labels = complete(analyzed, marked.cursor, { version: '4.2.5' }).map((i) => i.label);
    assert.ok(labels.includes('%(process_num)s') && labels.includes('%(program_name)s'), labels.join(' '));
  });

  it('explains a supervisor expansion on hover, and says when the option does not take it', () => {
    const known = analyzeMarked('file:///etc/supervisor/conf.d/a.conf', '[program:a]\ncommand=/bin/a\nnumprocs=2\nprocess_name=<<%(process_n$0um)02d>>\n');
    const result = hover(known.analyzed, known.marked.cursor, 252);
    assert.deepEqual(result?.range, known.marked.ranges[0]);
    assert.match((result?.contents as MarkupContent).value, /number of this copy/);
    const wrong = analyzeMarked('file:///etc/supervisor/conf.d/a.conf', '[program:a]\ncommand=/bin/a\nuser=%(proc$0ess_num)d\n');
    assert.match((hover(wrong.analyzed, wrong.marked.cursor, 252)?.contents as MarkupContent).value, /does not expand/);
  });
});
