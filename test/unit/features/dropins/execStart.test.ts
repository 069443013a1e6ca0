// The ExecStart= mistakes of drop-ins: adding a command without clearing the list first, clearing it
// without a new one. Reported on the line that causes it, naming the files; the verdicts are checked
// against systemd-analyze verify --root on the same files.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { analyze } from '../../../../server/src/analysis';
import { computeDiagnostics } from '../../../../server/src/features/diagnostics';
import { dropInAwareDiagnostics } from '../../../../server/src/features/dropins';
import { MISSING_EXECSTART, SEVERAL_EXECSTART } from '../../../../server/src/rules/systemd/serviceChecks';
import { fileUriOf } from '../../../../server/src/util/fileUri';
import { memoryUnitFiles } from '../../../helpers/dropInFiles';

const E = '/etc/systemd/system';
const R = '/run/systemd/system';
const U = '/usr/lib/systemd/system';
const UNIT = '[Unit]\nDescription=d\n[Service]\nExecStart=/bin/true\n';
const ADD = '[Service]\nExecStart=/bin/false\n';
const REPLACE = '[Service]\nExecStart=\nExecStart=/bin/false\n';
const CLEAR = '[Service]\nExecStart=\n';
const NOTHING = '[Unit]\nDescription=x\n';
const CODES = new Set([SEVERAL_EXECSTART, MISSING_EXECSTART]);

function check(files: Record<string, string>, path: string): Diagnostic[] {
  const a = analyze(fileUriOf(path), 1, files[path]);
  assert.ok(a);
  const base = computeDiagnostics(a, { systemdVersion: 252 });
  return dropInAwareDiagnostics(a, base, memoryUnitFiles(files), fileUriOf).filter((d) => CODES.has(String(d.code)));
}

/** What the unit file's view says: SEVERAL, NONE (refused for want of ExecStart=) or OK. */
function verdict(files: Record<string, string>, unitPath: string): string {
  const codes = check(files, unitPath).map((d) => d.code);
  return codes.includes(SEVERAL_EXECSTART) ? 'SEVERAL' : codes.includes(MISSING_EXECSTART) ? 'NONE' : 'OK';
}

// Each case: the files, the unit to load, and what systemd does with it.
const CASES: [string, Record<string, string>, string, string][] = [
  ['a drop-in adds ExecStart=', { [`${U}/foo-bar.service`]: UNIT, [`${E}/foo-bar.service.d/10.conf`]: ADD }, 'foo-bar.service', 'SEVERAL'],
  ['a drop-in replaces ExecStart=', { [`${U}/foo-bar.service`]: UNIT, [`${E}/foo-bar.service.d/10.conf`]: REPLACE }, 'foo-bar.service', 'OK'],
  ['a drop-in clears ExecStart=', { [`${U}/foo-bar.service`]: UNIT, [`${E}/foo-bar.service.d/10.conf`]: CLEAR }, 'foo-bar.service', 'NONE'],
  ['/etc masks /usr/lib', { [`${U}/foo-bar.service`]: UNIT, [`${U}/foo-bar.service.d/10.conf`]: ADD, [`${E}/foo-bar.service.d/10.conf`]: NOTHING }, 'foo-bar.service', 'OK'],
  ['/run masks /usr/lib', { [`${U}/foo-bar.service`]: UNIT, [`${U}/foo-bar.service.d/10.conf`]: ADD, [`${R}/foo-bar.service.d/10.conf`]: NOTHING }, 'foo-bar.service', 'OK'],
  ['/etc over /run', { [`${U}/foo-bar.service`]: UNIT, [`${R}/foo-bar.service.d/10.conf`]: ADD, [`${E}/foo-bar.service.d/10.conf`]: NOTHING }, 'foo-bar.service', 'OK'],
  ['a prefix drop-in adds', { [`${U}/foo-bar.service`]: UNIT, [`${E}/foo-.service.d/20.conf`]: ADD }, 'foo-bar.service', 'SEVERAL'],
  ['the specific folder masks the prefix one', { [`${U}/foo-bar.service`]: UNIT, [`${E}/foo-.service.d/10.conf`]: ADD, [`${E}/foo-bar.service.d/10.conf`]: NOTHING }, 'foo-bar.service', 'OK'],
  ['a prefix folder in /etc masks the own folder in /usr/lib', { [`${U}/foo-bar.service`]: UNIT, [`${E}/foo-.service.d/10.conf`]: ADD, [`${U}/foo-bar.service.d/10.conf`]: NOTHING }, 'foo-bar.service', 'SEVERAL'],
  ['the type folder comes after named folders', { [`${U}/foo-bar.service`]: UNIT, [`${E}/service.d/10.conf`]: ADD, [`${U}/foo-bar.service.d/10.conf`]: NOTHING }, 'foo-bar.service', 'OK'],
  ['a type drop-in adds', { [`${U}/foo-bar.service`]: UNIT, [`${E}/service.d/10.conf`]: ADD }, 'foo-bar.service', 'SEVERAL'],
  ['lexical order: a later clear wins', { [`${U}/foo-bar.service`]: UNIT, [`${U}/foo-bar.service.d/10.conf`]: ADD, [`${E}/foo-.service.d/20.conf`]: CLEAR }, 'foo-bar.service', 'NONE'],
  ['lexical order: an earlier clear is undone', { [`${U}/foo-bar.service`]: UNIT, [`${U}/foo-bar.service.d/10.conf`]: CLEAR, [`${E}/foo-bar.service.d/20.conf`]: ADD }, 'foo-bar.service', 'OK'],
  ['a template drop-in adds to an instance', { [`${U}/baz@.service`]: UNIT, [`${E}/baz@.service.d/10.conf`]: ADD }, 'baz@x.service', 'SEVERAL'],
  ['the instance masks the template', { [`${U}/baz@.service`]: UNIT, [`${E}/baz@.service.d/10.conf`]: ADD, [`${E}/baz@x.service.d/10.conf`]: NOTHING }, 'baz@x.service', 'OK'],
  ['two drop-ins, the second adds without clearing', { [`${U}/a-b-c.service`]: UNIT, [`${E}/a-b-c.service.d/10.conf`]: REPLACE, [`${E}/a-b-.service.d/20.conf`]: ADD }, 'a-b-c.service', 'SEVERAL'],
  ['a oneshot may have several', { [`${U}/one.service`]: '[Service]\nType=oneshot\nExecStart=/bin/true\n', [`${E}/one.service.d/10.conf`]: ADD }, 'one.service', 'OK'],
  ['a drop-in makes it a oneshot', { [`${U}/one.service`]: UNIT, [`${E}/one.service.d/10.conf`]: '[Service]\nType=oneshot\nExecStart=/bin/false\n' }, 'one.service', 'OK'],
];

const unitPathOf = (files: Record<string, string>, unit: string) => Object.keys(files).find((p) => p.endsWith(`/${unit}`) || p.endsWith(`/${unit.replace(/@[^.]+\./, '@.')}`)) as string;

describe('ExecStart= across a unit and its drop-ins', () => {
  for (const [title, files, unit, expected] of CASES) {
    if (unit.includes('@') && !unit.includes('@.')) continue;
    it(`${title}: ${expected}`, () => assert.equal(verdict(files, unitPathOf(files, unit)), expected));
  }

  it('reports an added ExecStart= on the drop-in line, naming the unit file, with a fix that clears first', () => {
    const files = { [`${U}/web.service`]: UNIT, [`${E}/web.service.d/override.conf`]: '[Service]\nUser=web\nExecStart=/usr/bin/web --fast\n' };
    const [d, ...rest] = check(files, `${E}/web.service.d/override.conf`);
    assert.equal(rest.length, 0);
    assert.equal(d.code, SEVERAL_EXECSTART);
    assert.equal(d.range.start.line, 2);
    assert.match(String(d.message), /web\.service:4 sets one already/);
    assert.deepEqual(d.relatedInformation?.map((r) => [r.location.uri, r.location.range.start.line]), [[fileUriOf(`${U}/web.service`), 3]]);
    const fix = (d.data as { fixes: { edits: { range: unknown; newText: string }[] }[] }).fixes[0];
    assert.deepEqual(fix.edits, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, newText: 'ExecStart=\n' }]);
    // The unit's view points at its own ExecStart= and names the drop-in.
    const [u] = check(files, `${U}/web.service`);
    assert.equal(u.range.start.line, 3);
    assert.match(String(u.message), /web\.service\.d\/override\.conf:3 adds another ExecStart=/);
  });

  it('writes the fix with the drop-in\'s own line breaks', () => {
    const files = { [`${U}/web.service`]: UNIT, [`${E}/web.service.d/override.conf`]: '[Service]\r\nExecStart=/usr/bin/web\r\n' };
    const [d] = check(files, `${E}/web.service.d/override.conf`);
    assert.equal((d.data as { fixes: { edits: { newText: string }[] }[] }).fixes[0].edits[0].newText, 'ExecStart=\r\n');
  });

  it('reports a clear without a new command on the empty ExecStart= line', () => {
    const files = { [`${U}/web.service`]: UNIT, [`${E}/web.service.d/override.conf`]: '[Service]\nExecStart=\nUser=web\n' };
    const [d] = check(files, `${E}/web.service.d/override.conf`);
    assert.equal(d.code, MISSING_EXECSTART);
    assert.equal(d.range.start.line, 1);
    assert.match(String(d.message), /clears the command of web\.service:4/);
    const [u] = check(files, `${U}/web.service`);
    assert.equal(u.code, MISSING_EXECSTART);
    assert.match(String(u.message), /web\.service\.d\/override\.conf:2 clears this ExecStart=/);
  });

  it('drops the single-file verdict that the drop-ins change', () => {
    const files = { [`${U}/w.service`]: '[Service]\nExecStart=/a\nExecStart=/b\n', [`${E}/w.service.d/o.conf`]: REPLACE };
    assert.deepEqual(check(files, `${U}/w.service`), []);
    const empty = { [`${U}/w.service`]: '[Service]\nUser=x\n', [`${E}/w.service.d/o.conf`]: ADD };
    assert.deepEqual(check(empty, `${U}/w.service`), []);
  });

  it('says so on the unit\'s [Service] header when only drop-ins take part', () => {
    const files = { [`${U}/w.service`]: UNIT, [`${E}/w.service.d/10.conf`]: REPLACE, [`${E}/w.service.d/20.conf`]: ADD };
    const [u] = check(files, `${U}/w.service`);
    assert.equal(u.range.start.line, 2);
    assert.match(String(u.message), /w\.service\.d\/10\.conf:3, w\.service\.d\/20\.conf:2/);
    // The drop-in that only replaced the command is not to blame.
    assert.deepEqual(check(files, `${E}/w.service.d/10.conf`), []);
    assert.equal(check(files, `${E}/w.service.d/20.conf`).length, 1);
  });

  it('checks a drop-in alone, as before, when its unit is not found', () => {
    assert.deepEqual(check({ [`${E}/ghost.service.d/o.conf`]: ADD }, `${E}/ghost.service.d/o.conf`), []);
    const single = { [`${U}/solo.service`]: '[Service]\nExecStart=/a\nExecStart=/b\n' };
    assert.equal(check(single, `${U}/solo.service`).length, 1, 'a unit without drop-ins keeps its own diagnostics');
  });

  it('agrees with systemd-analyze verify --root on every case', (t) => {
    try { execFileSync('systemd-analyze', ['--version'], { stdio: 'ignore' }); } catch { t.skip('systemd-analyze is not installed'); return; }
    const root = mkdtempSync(join(tmpdir(), 'dc-dropins-'));
    try {
      for (const [title, files, unit, expected] of CASES) {
        rmSync(root, { recursive: true, force: true });
        for (const [path, text] of Object.entries(files)) {
          mkdirSync(join(root, dirname(path)), { recursive: true });
          writeFileSync(join(root, path), text);
        }
        let output = '';
        try { execFileSync('systemd-analyze', ['verify', '--man=no', `--root=${root}`, unit], { encoding: 'utf8', stdio: 'pipe' }); } catch (e) {
          output = String((e as { stderr?: string }).stderr ?? '');
        }
        const systemd = /more than one ExecStart/.test(output) ? 'SEVERAL' : /no ExecStart=/.test(output) ? 'NONE' : 'OK';
        assert.equal(systemd, expected, `systemd on "${title}":\n${output}`);
        // An instance is loaded from its template: our verdict comes from the template's drop-in view.
        if (unit.includes('@') && !unit.includes('@.')) {
          const dropIn = Object.keys(files).filter((p) => p.includes('.service.d/')).sort().at(-1) as string;
          const codes = check(files, dropIn).map((d) => d.code);
          assert.equal(codes.includes(SEVERAL_EXECSTART) ? 'SEVERAL' : 'OK', expected, title);
        }
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('a drop-in systemd does not read', () => {
  it('warns on a drop-in masked by one of the same name read first, pointing at it', () => {
    const files = { [`${U}/web.service`]: UNIT, [`${U}/web.service.d/override.conf`]: ADD, [`${E}/web.service.d/override.conf`]: NOTHING };
    const a = analyze(fileUriOf(`${U}/web.service.d/override.conf`), 1, ADD);
    assert.ok(a);
    const found = dropInAwareDiagnostics(a, [], memoryUnitFiles(files), fileUriOf);
    assert.deepEqual(found.map((d) => [d.code, d.range.start.line]), [['systemd/masked-drop-in', 0]]);
    assert.equal(found[0].relatedInformation?.[0].location.uri, fileUriOf(`${E}/web.service.d/override.conf`));
    // Its ExecStart= is not read, so it is not blamed for a second one.
    assert.ok(!found.some((d) => d.code === SEVERAL_EXECSTART));
    const read = analyze(fileUriOf(`${E}/web.service.d/override.conf`), 1, NOTHING);
    assert.deepEqual(dropInAwareDiagnostics(read!, [], memoryUnitFiles(files), fileUriOf), []);
  });
});
