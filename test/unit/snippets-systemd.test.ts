import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { diagnose } from '../helpers/analyzeText';
import { expandSnippet } from '../helpers/snippets';

// Unit snippets for systemd-unit files, Quadlet's for the quadlet language (package.json contributes.snippets).
const read = (file: string) => JSON.parse(readFileSync(resolve(__dirname, '../../snippets', file), 'utf8')) as Record<string, { body: string[] }>;
const snippets = { ...read('systemd.json'), ...read('quadlet.json') };
const QUADLET = new Set(Object.keys(read('quadlet.json')));

const FILE_FOR: Record<string, string> = {
  'Service unit': 'file:///etc/systemd/system/daemon.service',
  'Timer unit': 'file:///etc/systemd/system/backup.timer',
  'Service for a timer': 'file:///etc/systemd/system/backup.service',
  'Socket unit': 'file:///etc/systemd/system/app.socket',
  'Socket-activated service': 'file:///etc/systemd/system/app.service',
  'Drop-in override': 'file:///etc/systemd/system/daemon.service.d/override.conf',
  'Quadlet container': 'file:///etc/containers/systemd/web.container',
  'Quadlet volume': 'file:///etc/containers/systemd/web-data.volume',
};

describe('systemd snippets', () => {
  it('cover the four layouts', () => {
    assert.deepEqual(Object.keys(snippets).sort(), Object.keys(FILE_FOR).sort());
  });

  it('offer Quadlet\'s snippets in Quadlet files only', () => {
    assert.deepEqual([...QUADLET].sort(), ['Quadlet container', 'Quadlet volume']);
    const manifest = JSON.parse(readFileSync(resolve(__dirname, '../../package.json'), 'utf8')) as { contributes: { snippets: { language: string; path: string }[] } };
    const languages = (file: string) => manifest.contributes.snippets.filter((s) => s.path === file).map((s) => s.language);
    assert.deepEqual(languages('./snippets/quadlet.json'), ['quadlet']);
    assert.deepEqual(languages('./snippets/systemd.json'), ['systemd-unit']);
  });

  for (const [name, snippet] of Object.entries(snippets)) {
    it(`"${name}" expands to a unit with no errors or warnings`, () => {
      const problems = diagnose(FILE_FOR[name], expandSnippet(snippet.body) + '\n', 252).filter((d) => (d.severity ?? 1) <= 2);
      assert.deepEqual(problems.map((d) => `${d.range.start.line + 1}: ${String(d.message)}`), []);
    });
  }
});
