// Round trips of the supervisor ⇄ systemd conversions against the real daemons:
// 1. every unit converted from the corpus (convertCorpus.ts) passes `systemd-analyze verify`, run
//    the way users run it: many files in one call;
// 2. a real systemd (the namespaced sandbox) starts the converted examples, a template instance
//    included, and they write what the supervisor programs wrote;
// 3. each converted service converted back gives sections supervisor's own config reader accepts,
//    and a real supervisord runs the examples' round trip.
// DC_CONVERT_MUTANTS sets how many of the corpus's program mutants join the bases (default 400).
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { serviceToProgram } from '../../server/src/convert/toSupervisor';
import type { PlannedFile } from '../../server/src/convert/wholeConfig';
import { parseSystemd } from '../../server/src/parse/systemd';
import { runOracle } from '../agreement/supervisor/evaluate';
import { mainSections, requireSupervisor, startSupervisord } from '../helpers/supervisord';
import { sandboxSkipReason, startSandbox } from '../helpers/systemdSandbox';
import { convertCorpusConfig, withProgramsPresent, writeCorpus, type CorpusConfig } from './convertCorpus';

const ROOT = join(__dirname, '..', '..');
const MUTANTS = Number(process.env.DC_CONVERT_MUTANTS ?? 400);
const BATCH = 60;

function hasVerify(): boolean {
  try {
    execFileSync('systemd-analyze', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function verify(files: string[]): Promise<string> {
  return new Promise((resolve) => {
    execFile('systemd-analyze', ['verify', '--man=no', ...files], { maxBuffer: 64 << 20, timeout: 300_000 },
      (_error, stdout, stderr) => resolve(`${stdout}${stderr}`.trim()));
  });
}

/** Groups of at most BATCH, for one verify call each. */
function batches<T>(units: T[]): T[][] {
  return Array.from({ length: Math.ceil(units.length / BATCH) }, (_, i) => units.slice(i * BATCH, (i + 1) * BATCH));
}

/**
 * Many configurations name their programs alike (web, worker): in one verify call each unit gets
 * its configuration's prefix, in its file name and in the After=/Wants= lines naming its neighbours,
 * so that units of different configurations never meet.
 */
function prefixed(unit: { fileName: string; text: string; prefix: string }): { fileName: string; text: string } {
  const text = unit.text.replace(/^(After|Wants)=(.*)$/gm, (_line, key: string, names: string) => `${key}=${names.split(' ').map((n) => unit.prefix + n).join(' ')}`);
  return { fileName: unit.prefix + unit.fileName, text };
}

describe('conversions round trip through the real daemons', { skip: !hasVerify() && 'systemd-analyze not found' }, () => {
  let root: string;
  let configs: CorpusConfig[];
  /** Each distinct generated file, with a config it came from. */
  let units: (PlannedFile & { config: string; prefix: string })[];

  before(() => {
    root = mkdtempSync(join(tmpdir(), 'dc-convert-'));
    configs = writeCorpus(join(root, 'corpus'), MUTANTS);
    const seen = new Set<string>();
    units = [];
    for (const [n, config] of configs.entries()) {
      for (const file of convertCorpusConfig(config, (p) => readFileSync(p, 'utf8'))) {
        if (seen.has(file.text)) continue;
        seen.add(file.text);
        units.push({ ...file, config: config.name, prefix: `c${n}-` });
      }
    }
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('systemd-analyze verify accepts every unit converted from the corpus', async () => {
    assert.ok(configs.length >= 7, `only ${configs.length} configurations`);
    assert.ok(units.some((u) => u.fileName.endsWith('.target')) && units.some((u) => u.fileName.includes('@.')), 'targets and templates are among them');
    let replaced = 0;
    const failures: string[] = [];
    for (const [n, batch] of batches(units).entries()) {
      const dir = join(root, 'verify', String(n));
      mkdirSync(dir, { recursive: true });
      const paths = batch.map((unit) => {
        const { fileName, text } = prefixed(unit);
        const present = withProgramsPresent(text);
        if (present.replaced) replaced++;
        writeFileSync(join(dir, fileName), present.text);
        return join(dir, fileName);
      });
      const output = await verify(paths);
      if (output) failures.push(`${output}\n(units of: ${[...new Set(batch.map((u) => u.config))].slice(0, 5).join('; ')})`);
    }
    assert.deepEqual(failures, []);
    // Seen: the corpus names programs this machine lacks (/usr/local/bin/app, ...); verify needs them present.
    console.log(`verify: ${units.length} distinct units from ${configs.length} configurations, ${replaced} with a missing program replaced by /bin/true`);
  });

  it('converting each service back gives sections supervisor\'s own config reader accepts', () => {
    const services = units.filter((u) => u.fileName.endsWith('.service'));
    const sections: string[] = [];
    const refusals: string[] = [];
    for (const unit of services) {
      // A template is converted through an instance, as a user would convert one copy.
      const name = unit.fileName.endsWith('@.service') ? unit.fileName.replace('@.', '@0.') : unit.fileName;
      const back = serviceToProgram(parseSystemd(unit.text), name);
      if ('refusal' in back) refusals.push(`${unit.fileName}: ${back.refusal}`);
      else sections.push(back.text.replace(/^\[program:([^\]]+)\]$/m, `[program:p${sections.length}-$1]`));
    }
    assert.deepEqual(refusals, []);
    const dir = join(root, 'back');
    mkdirSync(join(dir, 'logs'), { recursive: true });
    const configsBack: string[] = [];
    for (let i = 0; i < sections.length; i += BATCH) {
      const path = join(dir, `back${i}.conf`);
      writeFileSync(path, `[supervisord]\nlogfile=${dir}/logs/supervisord.log\npidfile=${dir}/supervisord.pid\nchildlogdir=${dir}/logs\n\n${sections.slice(i, i + BATCH).join('\n')}`);
      configsBack.push(path);
    }
    const verdicts = runOracle(configsBack);
    assert.deepEqual(verdicts.filter((v) => v.server !== null).map((v) => `${basename(v.path)}: ${v.server}`), []);
    console.log(`back: ${sections.length} services converted back into ${configsBack.length} configurations supervisor accepts`);
  });

  it('a real systemd starts the converted examples, and a real supervisord runs them converted back', async (t) => {
    const skip = sandboxSkipReason();
    if (skip) return t.skip(skip);
    const bin = requireSupervisor(t);
    if (!bin) return;
    // A copy in /tmp: inside the sandbox everything else is read-only, and the programs write logs.
    const project = mkdtempSync('/tmp/dc-convert-ex-');
    cpSync(join(ROOT, 'examples', 'supervisor'), join(project, 'supervisor'), { recursive: true });
    const files = ['supervisord.conf', 'conf.d/web.conf', 'conf.d/worker.conf'].map((f) => join(project, 'supervisor', f));
    const converted = convertCorpusConfig({ name: 'examples', main: files[0], files }, (p) => readFileSync(p, 'utf8'));
    assert.deepEqual(converted.map((f) => f.fileName).sort(), ['app.target', 'web.service', 'worker@.service']);
    const sandbox = await startSandbox({ timeoutSeconds: 120 });
    try {
      for (const file of converted) writeFileSync(join(sandbox.etcUnits, file.fileName), file.text);
      assert.equal((await sandbox.exec(['systemctl', 'daemon-reload'])).code, 0);
      const started = await sandbox.exec(['systemctl', 'start', 'app.target']);
      assert.equal(started.code, 0, started.stderr);
      for (const unit of ['web.service', 'worker@00.service', 'worker@01.service']) {
        const active = await waitUntil(async () => (await sandbox.exec(['systemctl', 'is-active', unit])).stdout.trim() === 'active');
        assert.ok(active, `${unit}: ${(await sandbox.exec(['systemctl', 'status', unit])).stdout}`);
      }
      // %(process_num)02d became %i: each copy writes its own number to its own log.
      assert.ok(await waitUntil(() => readFileSync(join(project, 'supervisor', 'logs', 'worker_01.log'), 'utf8').includes('worker 01: waiting for jobs')),
        (await sandbox.exec(['systemctl', 'status', 'worker@01.service'])).stdout);
      const page = await sandbox.exec(['/usr/bin/python3', '-c', 'import urllib.request;print(urllib.request.urlopen("http://127.0.0.1:8765/").status)']);
      assert.equal(page.stdout.trim(), '200', page.stderr);
    } finally {
      await sandbox.stop();
    }
    // Back to supervisor: the web service and one worker copy, run by a real supervisord.
    const back = converted.filter((f) => f.fileName.endsWith('.service')).map((f) => {
      const program = serviceToProgram(parseSystemd(f.text), f.fileName.replace('@.', '@00.'));
      assert.ok(!('refusal' in program), f.fileName);
      return program.text;
    });
    const supervisord = await startSupervisord(bin, { sections: mainSections({ include: { files: 'conf.d/*.conf' } }), files: { 'conf.d/back.conf': back.join('\n') } });
    try {
      assert.ok(await supervisord.waitState('web', 'RUNNING'));
      assert.ok(await supervisord.waitState('worker@00', 'RUNNING'));
    } finally {
      await supervisord.stop();
      rmSync(project, { recursive: true, force: true });
    }
  });
});

async function waitUntil(probe: () => Promise<boolean> | boolean, timeoutMs = 15_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (let delay = 50; Date.now() < deadline; delay = Math.min(delay * 2, 500)) {
    try {
      if (await probe()) return true;
    } catch {
      // not there yet
    }
    await new Promise((r) => setTimeout(r, delay));
  }
  return false;
}
