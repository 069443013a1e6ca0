// What completion offers in context: names the section already sets, template units by directive.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CompletionItem, TextEdit } from 'vscode-languageserver-types';
import { complete } from '../../../server/src/features/completion';
import type { UnitCatalog, UnitFile } from '../../../server/src/host/unitCatalog';
import { analyzeMarked } from '../../helpers/analyzeText';

const UNITS: UnitFile[] = ['getty@.service', 'modprobe@.service', 'network-online.target', 'app.socket'].map((name) => ({
  name, path: `/usr/lib/systemd/system/${name}`, origin: 'host',
}));
const catalog: UnitCatalog = { all: () => UNITS, find: (name) => UNITS.find((u) => u.name === name) };

const itemsAt = (uri: string, source: string) => {
  const { analyzed, marked } = analyzeMarked(uri, source);
  return complete(analyzed, marked.cursor, { version: 252, units: catalog });
};
const labelsAt = (uri: string, source: string) => itemsAt(uri, source).map((i) => i.label);

describe('completion leaves out single-valued names the section already sets', () => {
  it('drops Type= once set, keeps repeatable ExecStartPre= and After=', () => {
    const labels = labelsAt('file:///w/a.service', '[Unit]\nAfter=network.target\n[Service]\nType=simple\nExecStartPre=/bin/a\n$0\n');
    assert.ok(!labels.includes('Type'), 'Type is set');
    assert.ok(labels.includes('ExecStartPre') && labels.includes('Restart'), labels.join(','));
    const unit = labelsAt('file:///w/a.service', '[Unit]\nDescription=a\nAfter=network.target\n$0\n[Service]\n');
    assert.ok(unit.includes('After') && !unit.includes('Description'), unit.join(','));
  });

  it('still offers the name of the entry being written, also when typed', () => {
    assert.ok(labelsAt('file:///w/a.service', '[Service]\nTy$0pe=simple\n').includes('Type'));
    assert.ok(labelsAt('file:///w/a.service', '[Service]\nTy$0\nRestart=always\n').includes('Type'));
    assert.ok(!labelsAt('file:///w/a.service', '[Service]\nRes$0\nRestart=always\n').includes('Restart'));
    // Renaming one of two Type= lines: the other one still sets it.
    assert.ok(!labelsAt('file:///w/a.service', '[Service]\nType=simple\nTy$0pe=forking\n').includes('Type'));
    assert.ok(labelsAt('file:///w/a.service', '[Service]\nEnvironment=A=1\nTy$0pe=forking\nEnvironment=B=2\n').includes('Type'));
  });

  it('counts every [Service] of a unit (systemd merges them), but one supervisor section only', () => {
    assert.ok(!labelsAt('file:///w/a.service', '[Service]\nType=simple\n[Install]\n[Service]\n$0\n').includes('Type'));
    const supervisor = '[program:a]\ncommand=/bin/a\n$0\n[program:b]\ncommand=/bin/b\n';
    assert.ok(!labelsAt('file:///etc/supervisor/conf.d/x.conf', supervisor).includes('command'));
    assert.ok(labelsAt('file:///etc/supervisor/conf.d/x.conf', '[program:a]\ncommand=/bin/a\n[program:b]\n$0\n').includes('command'));
    // supervisor reads option names in any case
    assert.ok(!labelsAt('file:///etc/supervisor/conf.d/x.conf', '[program:a]\nCOMMAND=/bin/a\n$0\n').includes('command'));
  });
});

describe('completion of template units', () => {
  const find = (items: CompletionItem[], label: string) => items.find((i) => i.label === label);

  it('offers an instance to fill in, not the bare template, in the dependencies of a plain unit', () => {
    for (const line of ['After=', 'Wants=', 'Requires=', 'BindsTo=']) {
      const items = itemsAt('file:///w/a.service', `[Unit]\n${line}$0\n`);
      assert.equal(find(items, 'getty@.service'), undefined, `${line} offers the bare template`);
      const instance = find(items, 'getty@….service');
      assert.ok(instance, `${line}: ${items.map((i) => i.label).join(',')}`);
      assert.equal(instance.insertTextFormat, 2);
      assert.equal((instance.textEdit as TextEdit).newText, 'getty@${1:instance}.service');
    }
    const install = labelsAt('file:///w/a.service', '[Install]\nWantedBy=$0\n');
    assert.ok(install.includes('getty@….service') && !install.includes('getty@.service'));
    assert.ok(labelsAt('file:///w/a.service', '[Unit]\nAfter=$0\n').includes('network-online.target'));
  });

  it('offers the bare template too in a template unit, where systemd fills in its instance', () => {
    const labels = labelsAt('file:///w/worker@.service', '[Unit]\nBindsTo=$0\n');
    assert.ok(labels.includes('getty@.service') && labels.includes('getty@….service'), labels.join(','));
  });

  it('keeps templates as they are in Also=, and never offers them to Service= of a socket', () => {
    const also = labelsAt('file:///w/a.service', '[Install]\nAlso=$0\n');
    assert.ok(also.includes('modprobe@.service') && !also.includes('modprobe@….service'), also.join(','));
    const service = labelsAt('file:///w/x@.socket', '[Socket]\nService=$0\n');
    assert.ok(!service.includes('getty@.service') && service.includes('getty@….service'), service.join(','));
  });
});
