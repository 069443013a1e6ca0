// Injection: program names and config paths full of shell syntax never reach a shell and never
// act on another program. A real supervisord runs programs with such names (supervisor accepts
// them), in a folder whose name is itself hostile; markers that a shell would create never
// appear, and the bystander program keeps its pid throughout.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import {
  InvalidNameError,
  parseTarget,
  restartArgv,
  startArgv,
  statusArgv,
  stopArgv,
  tailArgv,
  type Target,
} from '../../../client/src/supervisor';
import type { SupervisorFileInfo } from '../../../server/src/features/fileInfoProtocol';
import { inProcessFileInfo } from '../../helpers/fileInfoSource';
import { mainSections, requireSupervisor, sleeper, startSupervisord, tempDir } from '../../helpers/supervisord';

/** Names supervisor accepts (no space, `:`, `/`), each of which a shell would turn into a marker file. */
const HOSTILE_PROGRAMS: Record<string, string> = {
  'semi;touch${IFS}m1': 'evil1',
  '$(touch${IFS}m2)': 'evil2',
  '`touch${IFS}m3`': 'evil3',
  'q"uo\'te|touch${IFS}m4': 'evil4',
  '-dash&&touch${IFS}m5': 'evil5',
  all: 'evil6',
};

/** Strings that must be refused before anything runs. */
const REFUSED = [
  'victim stop',
  'x victim',
  'victim\nstop',
  'x\nvictim',
  'x\tvictim',
  ' victim',
  'victim ',
  '$(touch m6)',
  'a;touch m7',
  '`touch m8`',
  "'victim'\u0000",
  'x/../victim',
  'g:a:b',
  '',
];

/** Legal names of programs that do not exist: supervisorctl must reject them, not act on the bystander. */
const UNKNOWN = ['victim;stop', '$(stop${IFS}victim)', '--help', '-c', 'victim&&x', '"victim"', "'victim'", '*'];

/** Marker files anywhere under the test's own folder, or directly in the test runner's cwd. */
function markers(root: string): string[] {
  const entries = (fs.readdirSync(root, { recursive: true }) as string[]).map((e) => path.join(root, e));
  entries.push(...fs.readdirSync(process.cwd()).map((e) => path.join(process.cwd(), e)));
  return entries.filter((e) => /^m\d$/.test(path.basename(e)));
}

test('hostile names and paths never reach a shell nor act on another program', async (t) => {
  const bin = requireSupervisor(t);
  if (!bin) return;
  const root = tempDir('dcinj-');
  // A folder and a config file name a shell would choke on (and a newline, which POSIX allows).
  const dir = path.join(root, 'c ;$(touch m0)`touch m9`"\'\n-x');
  fs.mkdirSync(dir);
  const programs: Record<string, Record<string, string>> = { 'program:victim': sleeper('victim') };
  for (const [name, marker] of Object.entries(HOSTILE_PROGRAMS)) programs[`program:${name}`] = sleeper(marker);
  const sd = await startSupervisord(bin, { dir, configName: '-n ;$(touch m0).conf', sections: mainSections(programs) });
  t.after(async () => {
    await sd.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  const governing = await inProcessFileInfo().fileInfo(`file://${sd.config}`) as SupervisorFileInfo | null;
  assert.equal(governing?.supervisor.config?.path, sd.config, 'the hostile path is found as its own governing config');
  const victimPid = await sd.waitState('victim', 'RUNNING');
  assert.equal(typeof victimPid, 'number');
  const assertBystanderUntouched = async (context: string) => {
    assert.equal((await sd.status()).get('victim')?.pid, victimPid, `victim pid changed after ${context}`);
    assert.deepEqual(markers(root), [], `marker created after ${context}`);
  };

  await t.test('control: the marker check sees what a shell would do with these names', () => {
    execFileSync('/bin/sh', ['-c', `echo ${Object.keys(HOSTILE_PROGRAMS)[0]}`], { cwd: sd.dir, stdio: 'ignore' });
    const seen = markers(root);
    assert.deepEqual(seen.map((m) => path.basename(m)), ['m1']);
    for (const m of seen) fs.rmSync(m);
  });

  await t.test('every hostile but legal program name is addressed exactly', async () => {
    for (const name of Object.keys(HOSTILE_PROGRAMS)) {
      // a program's own name, from its [program:x] header (so `all` is the program, not every one)
      const target: Target = { kind: 'process', name };
      // status prints a process whose group has its name by the short name, `all` included
      const spec = name;
      const before = await sd.waitState(spec, 'RUNNING');
      const restart = await sd.run(restartArgv(sd.config, [target]));
      assert.equal(restart.exitCode, 0, `${name}: ${restart.stdout}${restart.stderr}`);
      const after = await sd.waitState(spec, 'RUNNING');
      assert.notEqual(after, before, `${name} got a new pid`);
      const tail = await sd.run(tailArgv(sd.config, target, { channel: 'stdout' }));
      assert.match(tail.stdout, new RegExp(`${HOSTILE_PROGRAMS[name]}-out`), `${name}: tail shows its own output`);
      const stop = await sd.run(stopArgv(sd.config, [target]));
      assert.equal(stop.exitCode, 0, `${name}: ${stop.stdout}`);
      const status = await sd.status();
      assert.equal(status.get(spec)?.state, 'STOPPED', `${name} stopped`);
      for (const [other, s] of status) if (other !== spec) assert.equal(s.state, 'RUNNING', `stopping ${name} left ${other} alone`);
      const start = await sd.run(startArgv(sd.config, [target]));
      assert.equal(start.exitCode, 0, `${name}: ${start.stdout}`);
      await assertBystanderUntouched(name);
    }
  });

  await t.test('names that cannot be addressed safely are refused before any call', () => {
    for (const name of REFUSED) {
      assert.throws(() => parseTarget(name), InvalidNameError, JSON.stringify(name));
      const target: Target = { kind: 'process', name };
      for (const build of [
        () => startArgv(sd.config, [target]),
        () => stopArgv(sd.config, [target]),
        () => restartArgv(sd.config, [target]),
        () => statusArgv(sd.config, [target]),
        () => tailArgv(sd.config, target, { follow: true }),
        () => stopArgv(sd.config, [{ kind: 'group', group: name }]),
      ]) {
        assert.throws(build, InvalidNameError, JSON.stringify(name));
      }
    }
  });

  await t.test('unknown legal names are rejected by supervisorctl and touch nothing', async () => {
    for (const name of UNKNOWN) {
      const target = parseTarget(name);
      for (const inv of [stopArgv(sd.config, [target]), restartArgv(sd.config, [target])]) {
        assert.equal(inv.args[inv.args.length - 1], name, 'the name is one argument, unchanged');
        const r = await sd.run(inv);
        assert.equal(r.ok, false, `${inv.action} ${JSON.stringify(name)} should fail: ${r.stdout}`);
        assert.match(r.stdout, /ERROR \(no such (process|group)\)/, `${inv.action} ${JSON.stringify(name)}: ${r.stdout}`);
      }
      await assertBystanderUntouched(`commands on ${JSON.stringify(name)}`);
    }
    // All at once: each name stays one argument, and each is reported unknown on its own.
    const inv = statusArgv(sd.config, UNKNOWN.map(parseTarget));
    assert.deepEqual(inv.args.slice(-UNKNOWN.length), UNKNOWN);
    const r = await sd.run(inv);
    assert.equal(r.exitCode, 4);
    for (const name of UNKNOWN) assert.ok(r.stdout.includes(`${name}: ERROR (no such`), `${name}: ${r.stdout}`);
    await assertBystanderUntouched('status of every unknown name');
  });

  await t.test('tail -f refuses names that would change the log URL', () => {
    for (const name of ['a?b', 'a#b', 'a%2Fb', 'a\\b']) {
      assert.throws(() => tailArgv(sd.config, parseTarget(name), { follow: true }), InvalidNameError);
    }
  });

  await assertBystanderUntouched('the whole test');
});
