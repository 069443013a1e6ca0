// The load-time refusals other than ExecStart= judged over a unit and its drop-ins: a verdict the
// merge causes is reported on the line that causes it in the open file, or on its section header
// naming the other file; a refusal the merge resolves is not reported. Every case's verdict is
// checked against systemd-analyze verify --root on the same files.
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
import { MessageCatalog } from '../../../../server/src/l10n/catalog';
import { zhCnMessages, zhCnSchemaText } from '../../../../server/src/l10n/zh-cn';
import { loadRefusalRules } from '../../../../server/src/rules/systemd';
import { fileUriOf } from '../../../../server/src/util/fileUri';
import { memoryUnitFiles } from '../../../helpers/dropInFiles';

const E = '/etc/systemd/system';
const U = '/usr/lib/systemd/system';
const CODES = new Set(loadRefusalRules.map((r) => r.code));
const SERVICE = '[Unit]\nDescription=d\n[Service]\nExecStart=/bin/true\n';

function check(files: Record<string, string>, path: string): Diagnostic[] {
  const a = analyze(fileUriOf(path), 1, files[path]);
  assert.ok(a);
  const base = computeDiagnostics(a, { systemdVersion: 252 });
  return dropInAwareDiagnostics(a, base, memoryUnitFiles(files), fileUriOf, { systemdVersion: 252 }).filter((d) => CODES.has(String(d.code)));
}

const brief = (ds: Diagnostic[]) => ds.map((d) => [d.code, d.range.start.line]);

// Each case: the files, the unit systemd loads, whether it refuses it, and what each file's view says.
interface Case { title: string; files: Record<string, string>; unit: string; refused: boolean; views: Record<string, [string, number][]> }

const CASES: Case[] = [
  {
    title: 'a drop-in makes a Restart=always service a oneshot', unit: 'a.service', refused: true,
    files: { [`${U}/a.service`]: `${SERVICE}Restart=always\n`, [`${E}/a.service.d/o.conf`]: '[Service]\nType=oneshot\n' },
    views: { [`${U}/a.service`]: [['systemd/restart-with-oneshot', 4]], [`${E}/a.service.d/o.conf`]: [['systemd/restart-with-oneshot', 0]] },
  },
  {
    title: 'a drop-in sets Type=dbus without BusName=', unit: 'b.service', refused: true,
    files: { [`${U}/b.service`]: SERVICE, [`${E}/b.service.d/o.conf`]: '[Unit]\nDescription=x\n[Service]\nType=dbus\n' },
    views: { [`${U}/b.service`]: [['systemd/dbus-without-busname', 2]], [`${E}/b.service.d/o.conf`]: [['systemd/dbus-without-busname', 3]] },
  },
  {
    title: 'a drop-in gives Type=dbus its BusName=', unit: 'c.service', refused: false,
    files: { [`${U}/c.service`]: `${SERVICE}Type=dbus\n`, [`${E}/c.service.d/o.conf`]: '[Service]\nBusName=org.example.C\n' },
    views: { [`${U}/c.service`]: [], [`${E}/c.service.d/o.conf`]: [] },
  },
  {
    title: 'a timer whose only trigger is in a drop-in', unit: 't.timer', refused: false,
    files: { [`${U}/t.timer`]: '[Timer]\nAccuracySec=1s\n', [`${U}/t.service`]: SERVICE, [`${E}/t.timer.d/o.conf`]: '[Timer]\nOnCalendar=daily\n' },
    views: { [`${U}/t.timer`]: [], [`${E}/t.timer.d/o.conf`]: [] },
  },
  {
    title: 'a drop-in clears the timer\'s only trigger', unit: 'u.timer', refused: true,
    files: { [`${U}/u.timer`]: '[Timer]\nOnCalendar=daily\n', [`${U}/u.service`]: SERVICE, [`${E}/u.timer.d/o.conf`]: '# off\n[Timer]\nOnCalendar=\n' },
    views: { [`${U}/u.timer`]: [['systemd/timer-without-time', 0]], [`${E}/u.timer.d/o.conf`]: [['systemd/timer-without-time', 1]] },
  },
  {
    title: 'a socket whose listener is in a drop-in', unit: 's.socket', refused: false,
    files: { [`${U}/s.socket`]: '[Socket]\nBacklog=8\n', [`${U}/s.service`]: SERVICE, [`${E}/s.socket.d/o.conf`]: '[Socket]\nListenStream=/run/s.sock\n' },
    views: { [`${U}/s.socket`]: [], [`${E}/s.socket.d/o.conf`]: [] },
  },
  {
    title: 'a path unit whose path a drop-in clears', unit: 'p.path', refused: true,
    files: { [`${U}/p.path`]: '[Path]\nPathExists=/etc/p\n', [`${U}/p.service`]: SERVICE, [`${E}/p.path.d/o.conf`]: '[Path]\nPathExists=\n' },
    views: { [`${U}/p.path`]: [['systemd/path-without-path', 0]], [`${E}/p.path.d/o.conf`]: [['systemd/path-without-path', 0]] },
  },
  {
    title: 'a drop-in makes a oneshot with ExitType=cgroup a simple service', unit: 'x.service', refused: false,
    files: { [`${U}/x.service`]: '[Service]\nType=oneshot\nExitType=cgroup\nExecStart=/bin/true\n', [`${E}/x.service.d/o.conf`]: '[Service]\nType=simple\n' },
    views: { [`${U}/x.service`]: [] },
  },
];

describe('load-time refusals across a unit and its drop-ins', () => {
  for (const c of CASES) {
    for (const [path, expected] of Object.entries(c.views)) {
      it(`${c.title}: ${path}`, () => assert.deepEqual(brief(check(c.files, path)), expected));
    }
  }

  it('names the other file and points at its line when the cause is there', () => {
    const [d] = check(CASES[0].files, `${E}/a.service.d/o.conf`);
    assert.match(String(d.message), /^a\.service:5, read together with this file: Restart=always is not allowed with Type=oneshot/);
    assert.deepEqual(d.relatedInformation?.map((r) => [r.location.uri, r.location.range.start.line]), [[fileUriOf(`${U}/a.service`), 4]]);
    const [u] = check(CASES[1].files, `${U}/b.service`);
    assert.match(String(u.message), /^b\.service\.d\/o\.conf:4, read together with this file: Type=dbus needs BusName=/);
    const catalog = new MessageCatalog(zhCnMessages(), zhCnSchemaText());
    assert.deepEqual(catalog.untranslated(String(u.message)), []);
  });

  it('keeps a unit file\'s own refusal and does not repeat it on the drop-ins', () => {
    const files = { [`${U}/d.service`]: `${SERVICE}Type=oneshot\nRestart=always\n`, [`${E}/d.service.d/o.conf`]: '[Service]\nUser=d\n' };
    assert.deepEqual(brief(check(files, `${U}/d.service`)), [['systemd/restart-with-oneshot', 5]]);
    assert.deepEqual(check(files, `${E}/d.service.d/o.conf`), []);
  });

  it('judges a file alone, as before, when the unit is not found or has no drop-in', () => {
    assert.deepEqual(check({ [`${E}/ghost.service.d/o.conf`]: '[Service]\nType=dbus\n' }, `${E}/ghost.service.d/o.conf`), []);
    assert.deepEqual(brief(check({ [`${U}/t.timer`]: '[Timer]\nAccuracySec=1s\n' }, `${U}/t.timer`)), [['systemd/timer-without-time', 0]]);
  });

  it('agrees with systemd-analyze verify --root on every case', (t) => {
    try { execFileSync('systemd-analyze', ['--version'], { stdio: 'ignore' }); } catch { t.skip('systemd-analyze is not installed'); return; }
    const root = mkdtempSync(join(tmpdir(), 'dc-merged-'));
    try {
      for (const c of CASES) {
        rmSync(root, { recursive: true, force: true });
        for (const [path, text] of Object.entries(c.files)) {
          mkdirSync(join(root, dirname(path)), { recursive: true });
          writeFileSync(join(root, path), text);
        }
        let output = '';
        try { execFileSync('systemd-analyze', ['verify', '--man=no', `--root=${root}`, c.unit], { encoding: 'utf8', stdio: 'pipe' }); } catch (e) {
          output = String((e as { stderr?: string }).stderr ?? '');
        }
        assert.equal(/Refusing\.|bad unit file setting/.test(output), c.refused, `systemd on "${c.title}":\n${output}`);
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
