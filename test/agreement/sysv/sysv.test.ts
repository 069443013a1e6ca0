// The LSB checks and the conversion on the init scripts Debian 12 packages still ship: no false
// error on their headers; the converted units pass `systemd-analyze verify` (run once on all of them,
// with the unpacked packages as --root so that their daemons are found); and their dependencies
// and targets match what the real systemd-sysv-generator makes of the same scripts. Prints figures.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { english } from '../../../server/src/l10n/translator';
import { convertInitScript, initScriptOf, sysvDiagnostics, type InitScript } from '../../../server/src/sysv';
import { generatorDependencies } from '../../../server/src/sysv/dependencies';
import { RUNLEVEL_TARGETS } from '../../../server/src/sysv/facts';
import { wordsFor } from '../../../server/src/sysv/lsbHeader';
import { debianScripts, PACKAGES, toolsMissing, type DebianScripts } from './debianScripts';
import { GENERATOR, runGenerator } from './generator';

const skip = toolsMissing() ?? (!existsSync(GENERATOR) ? `${GENERATOR} not installed` : undefined);
/** A unit the oracle must complain about, so that a silent verify cannot pass the test. */
const CONTROL = 'dc-sysv-control.service';

function countBy(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([v, n]) => `${v} ${n}`).join(', ') || 'none';
}

/** systemd-analyze verify on the units, with `root` as the machine; its lines by unit. */
function verify(root: string, units: Map<string, string>): Map<string, string[]> {
  // Only our units: the packages' own ones (and their masks) would shadow them.
  for (const folder of ['lib/systemd/system', 'usr/lib/systemd/system', 'etc/systemd/system']) rmSync(join(root, folder), { recursive: true, force: true });
  const folder = join(root, 'etc/systemd/system');
  mkdirSync(folder, { recursive: true });
  for (const [name, text] of units) writeFileSync(join(folder, name), text);
  let output: string;
  try {
    output = execFileSync('systemd-analyze', ['verify', '--man=no', '--recursive-errors=no', `--root=${root}`, ...units.keys()],
      { cwd: folder, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, SYSTEMD_LOG_COLOR: '0' } });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    output = `${e.stdout ?? ''}${e.stderr ?? ''}`;
  }
  const byUnit = new Map<string, string[]>();
  for (const line of output.split('\n').filter(Boolean)) {
    const unit = /^(?:.*\/)?([^/:\s]+\.service)(?::\d+)?:/.exec(line)?.[1] ?? /Unit (\S+\.service)/.exec(line)?.[1] ?? '?';
    byUnit.set(unit, [...(byUnit.get(unit) ?? []), line]);
  }
  return byUnit;
}

describe('SysV init scripts that Debian ships', { skip }, () => {
  let debian: DebianScripts;
  const scripts: InitScript[] = [];
  before(() => {
    debian = debianScripts();
    for (const s of debian.scripts) {
      const script = initScriptOf(`file:///etc/init.d/${s.name}`, s.text);
      if (script) scripts.push(script);
    }
    console.log(`sysv: ${scripts.length} init scripts from ${PACKAGES.length - debian.missing.length} packages${debian.missing.length ? ` (not found: ${debian.missing.join(' ')})` : ''}`);
  });
  after(() => debian?.cleanup());

  it('finds enough scripts to say something', () => {
    assert.ok(scripts.length >= 30, `only ${scripts.length} scripts`);
  });

  it('reports no error on their headers', () => {
    const found = scripts.flatMap((s) => sysvDiagnostics(s).map((d) => ({ script: s.name, d })));
    console.log(`sysv: diagnostics on Debian's headers: ${countBy(found.map((f) => `${String(f.d.code)} (${f.d.severity === 1 ? 'error' : f.d.severity === 2 ? 'warning' : 'info'})`))}`);
    const errors = found.filter((f) => f.d.severity === 1).map((f) => `${f.script}: ${f.d.message}`);
    assert.deepEqual(errors, []);
    assert.ok(scripts.every((s) => s.header), 'every script has an LSB header');
  });

  it('converts every script into a unit that systemd-analyze verify accepts', () => {
    const units = new Map<string, string>();
    let direct = 0;
    for (const script of scripts) {
      const conversion = convertInitScript(script, english);
      assert.ok(conversion, script.name);
      units.set(conversion.unitName, conversion.text);
      if (conversion.direct) direct++;
    }
    units.set(CONTROL, '[Service]\nExecStart=relative/path\n');
    const byUnit = verify(debian.root, units);
    assert.ok(byUnit.get(CONTROL)?.length, 'the oracle complains about the control unit');
    byUnit.delete(CONTROL);
    // The daemon of a script may live in a package not downloaded here: said, not failed.
    const missing = [...byUnit].filter(([, lines]) => lines.every((l) => /is not executable: No such file or directory/.test(l)));
    const problems = [...byUnit].filter(([, lines]) => !lines.every((l) => /is not executable: No such file or directory/.test(l)));
    console.log(`sysv: converted ${units.size - 1} units, ${direct} running the daemon itself, ${units.size - 1 - direct} the script; `
      + `systemd-analyze verify: ${units.size - 1 - byUnit.size} clean, ${missing.length} only missing an executable (${missing.map(([u]) => u).join(' ') || 'none'}), ${problems.length} with other complaints`);
    assert.deepEqual(problems.map(([, lines]) => lines).flat(), []);
  });

  it('gives each unit the dependencies and targets systemd-sysv-generator gives it', () => {
    const levels = new Map(scripts.map((s) => [s.name, s.header ? wordsFor(s.header, 'Default-Start').map((w) => w.toUpperCase()) : []]));
    const generated = runGenerator(debian.scripts, levels);
    const scriptNames = new Set(scripts.map((s) => `${s.name}.service`));
    const differences: string[] = [];
    let agree = 0;
    for (const script of scripts) {
      const theirs = generated.get(`${script.name}.service`);
      if (!theirs) { differences.push(`${script.name}: not generated`); continue; }
      const ours = generatorDependencies(script);
      const runlevelTargets = new Set(Object.values(RUNLEVEL_TARGETS));
      // The generator orders before the targets it hangs the unit on; our [Install] WantedBy= gets that from the target.
      const before = [...theirs.before].filter((u) => !(runlevelTargets.has(u) && theirs.wantedBy.has(u)));
      // A Provides name that is itself a script stays that script, not an alias.
      const aliases = ours.aliases.filter((a) => !scriptNames.has(a));
      const same = (what: string, a: Iterable<string>, b: Iterable<string>) => {
        const x = [...new Set(a)].sort().join(' ');
        const y = [...new Set(b)].sort().join(' ');
        if (x !== y) differences.push(`${script.name} ${what}: ours [${x}] generator [${y}]`);
        return x === y;
      };
      const ok = [same('After', ours.after, theirs.after), same('Before', ours.before, before), same('Wants', ours.wants, theirs.wants),
        same('WantedBy', ours.wantedBy, theirs.wantedBy), same('aliases', aliases, theirs.aliases)].every(Boolean);
      if (ok) agree++;
    }
    console.log(`sysv: dependencies agree with systemd-sysv-generator on ${agree} of ${scripts.length} scripts`);
    assert.deepEqual(differences, []);
  });
});
