import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { analyze } from '../../../server/src/analysis';
import { computeDiagnostics } from '../../../server/src/features/diagnostics';
import { fileSystemWorkspace } from '../../../server/src/host/fsWorkspace';
import { expandSnippet } from './expand';

interface Snippet { prefix: string | string[]; description: string; body: string | string[] }
const ROOT = join(__dirname, '..', '..', '..');
const snippets = JSON.parse(readFileSync(join(ROOT, 'snippets', 'supervisor.json'), 'utf8')) as Record<string, Snippet>;

function diagnostics(text: string, path: string) {
  const analyzed = analyze(`file://${path}`, 1, text, 'supervisor-conf');
  assert.ok(analyzed, 'recognised as a supervisor config');
  return computeDiagnostics(analyzed, { systemdVersion: 252 }, fileSystemWorkspace());
}

const describeFindings = (list: ReturnType<typeof diagnostics>): string[] =>
  list.map((d) => `${String(d.code)}@${d.range.start.line + 1}: ${typeof d.message === 'string' ? d.message : ''}`);

describe('supervisor snippets', () => {
  it('are well formed: prefixes, descriptions, bodies', () => {
    assert.ok(Object.keys(snippets).length >= 4);
    for (const [name, s] of Object.entries(snippets)) {
      assert.ok(s.description.length > 20, name);
      assert.ok(Array.isArray(s.body) && s.body.length > 1, name);
      assert.ok((Array.isArray(s.prefix) ? s.prefix : [s.prefix]).length > 0, name);
    }
  });

  it('each expands with its defaults to a config with no errors', () => {
    for (const [name, s] of Object.entries(snippets)) {
      const text = expandSnippet(s.body);
      const errors = diagnostics(text, `/tmp/snippet-check/${name.replace(/\W+/g, '-')}.conf`).filter((d) => d.severity === 1);
      assert.deepEqual(describeFindings(errors), [], `${name}:\n${text}`);
    }
  });

  it('together make a per-project configuration with no errors or warnings, and supervisord accepts it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'snippet-project-'));
    for (const sub of ['run', 'logs', 'conf.d', 'var-log/web', 'var-log/app', 'var-log/supervisor']) mkdirSync(join(dir, sub), { recursive: true });
    const main = expandSnippet(snippets['Per-project supervisord.conf'].body);
    const programs = ['Program', 'Program with several processes', 'Event listener', 'Group']
      .map((n) => expandSnippet(snippets[n].body).replace(/\/var\/log\//g, `${dir}/var-log/`)).join('\n');
    writeFileSync(join(dir, 'supervisord.conf'), main);
    writeFileSync(join(dir, 'conf.d', 'programs.conf'), programs);
    // Both sockets and identities are distinct per project: the socket path carries the project's name.
    assert.match(main, /file=%\(here\)s\/run\/myproject-supervisor\.sock/);
    assert.match(main, /serverurl=unix:\/\/%\(here\)s\/run\/myproject-supervisor\.sock/);
    assert.deepEqual(describeFindings(diagnostics(main, join(dir, 'supervisord.conf'))), []);
    assert.deepEqual(describeFindings(diagnostics(programs, join(dir, 'conf.d', 'programs.conf'))), []);
    let python = true;
    try { execFileSync('/usr/bin/python3', ['-c', 'import supervisor.options'], { stdio: 'ignore' }); } catch { python = false; }
    if (!python) return;
    const verdict = execFileSync('/usr/bin/python3', [join(ROOT, 'test', 'agreement', 'supervisor', 'oracle.py')],
      { input: JSON.stringify([join(dir, 'supervisord.conf')]), encoding: 'utf8' });
    assert.deepEqual(JSON.parse(verdict), [{ path: join(dir, 'supervisord.conf'), server: null, client: null }]);
  });
});
