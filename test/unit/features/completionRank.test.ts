// Directive names come in the order real units use them (data/systemd/directive-usage.tsv), then by name.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { CompletionItem } from 'vscode-languageserver-types';
import { complete } from '../../../server/src/features/completion';
import { analyzeMarked } from '../../helpers/analyzeText';

const ROOT = join(__dirname, '../../..');
const sorted = (items: CompletionItem[]) =>
  [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label)).map((i) => i.label);
const orderAt = (uri: string, source: string) => {
  const { analyzed, marked } = analyzeMarked(uri, source);
  return sorted(complete(analyzed, marked.cursor, { version: 252 }));
};

describe('the order of directive names', () => {
  it('puts the names real units use most first in [Service] and [Unit]', () => {
    const service = orderAt('file:///w/a.service', '[Service]\n$0\n');
    assert.deepEqual(service.slice(0, 2), ['ExecStart', 'Type']);
    const place = (name: string) => service.indexOf(name);
    for (const common of ['ExecStart', 'Type', 'Restart', 'User']) assert.ok(place(common) < place('AllowedCPUs'), `${common} after AllowedCPUs`);
    assert.ok(place('Restart') < 15, `Restart is ${place('Restart')}th`);
    assert.equal(orderAt('file:///w/a.service', '[Unit]\n$0\n')[0], 'Description');
  });

  it('orders names no corpus unit uses by name, after the used ones', () => {
    const service = orderAt('file:///w/a.service', '[Service]\n$0\n');
    const table = readFileSync(join(ROOT, 'data/systemd/directive-usage.tsv'), 'utf8');
    const used = new Set(table.split('\n').filter((l) => l.startsWith('Service\t')).map((l) => l.split('\t')[1]));
    const unseen = service.filter((name) => !used.has(name));
    const firstUnseen = service.indexOf(unseen[0]);
    assert.ok(service.slice(0, firstUnseen).every((name) => used.has(name)));
    // Deprecated names and those the target release lacks go last whatever their use.
    const active = unseen.slice(0, 20);
    assert.deepEqual(active, [...active].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
  });

  it('orders supervisor options by name (no corpus of real configs)', () => {
    const options = orderAt('file:///etc/supervisor/conf.d/a.conf', '[program:a]\n$0\n');
    assert.deepEqual(options, [...options].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
  });

  it('ships the table the ranking reads (generated file matches the committed table)', async () => {
    const { execFileSync } = await import('node:child_process');
    execFileSync(process.execPath, [join(ROOT, 'scripts/count-directive-usage.mjs'), '--check'], { stdio: 'pipe' });
  });
});
