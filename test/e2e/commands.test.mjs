// "Restart" from the command palette in a real VS Code, against real daemons: a supervisord
// running the workspace's own supervisord.conf, and a real systemd booted as PID 1 in private
// namespaces (test/helpers/systemdSandbox.ts). The status bar and the CodeLens must show the
// state change.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { e2eSuite } from './suite.mjs';
import { createRequire } from 'node:module';

// Loaded through require (run.sh registers tsx) so that the CommonJS helper gets its __dirname.
const { sandboxUnavailableReason, startSandbox } = createRequire(import.meta.url)('../helpers/systemdSandbox.ts');

const UNIT = 'e2e-tunnel.service';
// The fixture test/e2e/fixtures/etc/containers/systemd/web.container; the sandbox has no Podman,
// so a plain unit stands in for the web.service quadlet would generate from it.
const QUADLET_FILE = 'etc/containers/systemd/web.container';
const QUADLET_SERVICE = 'web.service';
const QUADLET_STAND_IN = '[Unit]\nDescription=e2e stand-in for the service quadlet generates\n\n[Service]\nExecStart=/bin/sleep infinity\n';
const UNIT_TEXT = `# A stand-in for a tunnel: one long-running process.
[Unit]
Description=e2e stand-in for a tunnel

[Service]
Type=simple
ExecStart=/bin/sleep infinity
Restart=on-failure

[Install]
WantedBy=multi-user.target
`;

function supervisorctl(conf, ...args) {
  try {
    return execFileSync('supervisorctl', ['-c', conf, ...args], { encoding: 'utf8', timeout: 15_000 });
  } catch (e) {
    return String(/** @type {{ stdout?: string }} */ (e).stdout ?? '');
  }
}

/** Starts supervisord on the workspace's own config and waits until `web` runs. */
async function startSupervisord(conf) {
  execFileSync('supervisord', ['-c', conf], { timeout: 15_000 });
  const deadline = Date.now() + 30_000;
  while (!/^app:web\s+RUNNING/m.test(supervisorctl(conf, 'status'))) {
    if (Date.now() > deadline) throw new Error(`supervisord did not run app:web: ${supervisorctl(conf, 'status')}`);
    await new Promise((r) => setTimeout(r, 100)); // poll interval while supervisord starts the program
  }
}

async function stopSupervisord(conf) {
  const pidFile = path.join(path.dirname(conf), 'run', 'supervisord.pid');
  const pid = fs.existsSync(pidFile) ? Number(fs.readFileSync(pidFile, 'utf8').trim()) : 0;
  supervisorctl(conf, 'shutdown');
  const deadline = Date.now() + 15_000;
  while (pid > 0 && Date.now() < deadline) {
    try { process.kill(pid, 0); } catch { return; }
    await new Promise((r) => setTimeout(r, 100));
  }
  if (pid > 0) try { process.kill(pid, 'SIGKILL'); } catch { /* gone */ }
}

function wrapper(dir, name, prefix) {
  const file = path.join(dir, name);
  fs.writeFileSync(file, `#!/bin/sh\n# runs ${name} inside the e2e systemd sandbox\nexec ${prefix.join(' ')} /usr/bin/${name} "$@"\n`, { mode: 0o755 });
  return file;
}

const noSandbox = sandboxUnavailableReason();
const noSupervisor = ['/usr/bin/supervisord', '/usr/bin/supervisorctl'].some((f) => !fs.existsSync(f))
  && 'supervisord/supervisorctl missing (apt-get install supervisor)';

e2eSuite('palette Restart on real daemons', {
  settings: {
    'daemonConfig.systemd.confirmDestructive': false,
    'daemonConfig.supervisor.confirmDestructive': false,
  },
  prepare(ws) {
    fs.writeFileSync(path.join(ws, UNIT), UNIT_TEXT);
    // the demo's web program listens on a fixed port; any free one will do here
    const web = path.join(ws, 'supervisor', 'conf.d', 'web.conf');
    fs.writeFileSync(web, fs.readFileSync(web, 'utf8').replace('http.server 8765', 'http.server 0'));
  },
  async setup(ws) {
    const missing = [noSandbox, noSupervisor].filter(Boolean);
    if (missing.length && process.env.CI === 'true') throw new Error(`prerequisites missing under CI=true: ${missing.join('; ')}`);
    const conf = path.join(ws, 'supervisor', 'supervisord.conf');
    if (!noSupervisor) await startSupervisord(conf);
    if (noSandbox) return { teardown: () => stopSupervisord(conf) };
    let sandbox;
    try {
      sandbox = await startSandbox({ timeoutSeconds: 600 });
    } catch (e) {
      await stopSupervisord(conf);
      throw e;
    }
    fs.copyFileSync(path.join(ws, UNIT), path.join(sandbox.etcUnits, UNIT));
    fs.writeFileSync(path.join(sandbox.etcUnits, QUADLET_SERVICE), QUADLET_STAND_IN);
    const reload = await sandbox.exec(['systemctl', 'daemon-reload']);
    assert.equal(reload.code, 0, `daemon-reload in the sandbox: ${reload.stderr}`);
    const bin = fs.mkdtempSync(path.join(path.dirname(ws), 'sandbox-bin-'));
    return {
      settings: {
        'daemonConfig.systemd.systemctlPath': wrapper(bin, 'systemctl', sandbox.prefix),
        'daemonConfig.systemd.journalctlPath': wrapper(bin, 'journalctl', sandbox.prefix),
        'daemonConfig.systemd.systemdAnalyzePath': wrapper(bin, 'systemd-analyze', sandbox.prefix),
      },
      async teardown() {
        await stopSupervisord(conf);
        await sandbox.stop();
        fs.rmSync(bin, { recursive: true, force: true });
      },
    };
  },
}, (s) => {

  s.step(`systemd: Restart Unit on ${UNIT} starts it; status bar and CodeLens follow`, async () => {
    await s.wb.openFile(UNIT);
    await s.wb.statusBar(`${UNIT}: inactive`);
    await s.wb.codeLens(`${UNIT}: inactive`);
    await s.wb.runCommand('systemd: Restart Unit');
    await s.wb.statusBar(`${UNIT}: active (running)`);
    await s.wb.codeLens(`${UNIT}: active (running)`);
    await s.shot('codelens');
  }, { skip: noSandbox ?? false });

  s.step(`systemd: Restart Unit on a Quadlet file acts on ${QUADLET_SERVICE}; status bar and the CodeLens on [Container] follow`, async () => {
    await s.wb.openFile(QUADLET_FILE);
    await s.wb.statusBar(`${QUADLET_SERVICE}: inactive`);
    await s.wb.codeLens(`${QUADLET_SERVICE}: inactive`);
    await s.wb.runCommand('systemd: Restart Unit');
    await s.wb.statusBar(`${QUADLET_SERVICE}: active (running)`);
    await s.wb.codeLens(`${QUADLET_SERVICE}: active (running)`);
  }, { skip: noSandbox ?? false });

  s.step('Supervisor: Restart Program on conf.d/web.conf gives web a new pid; status bar and CodeLens follow', async () => {
    await s.wb.openFile('supervisor/conf.d/web.conf');
    const before = await s.wb.statusBar(/web: RUNNING pid \d+/);
    const pid = /pid (\d+)/.exec(before)?.[1];
    await s.wb.codeLens(`RUNNING pid ${pid}`);
    await s.wb.runCommand('Supervisor: Restart Program');
    const running = new RegExp(`web: RUNNING pid (?!${pid}\\b)\\d+`);
    // On a timeout, say what supervisord itself says: did the restart happen, or only the status bar lag?
    const conf = path.join(s.ws, 'supervisor', 'supervisord.conf');
    const after = await s.wb.statusBar(running).catch((e) => {
      throw new Error(`${e.message}\nsupervisorctl status (old pid ${pid}):\n${supervisorctl(conf, 'status')}`);
    });
    const newPid = /pid (\d+)/.exec(after)?.[1];
    assert.notEqual(newPid, pid);
    await s.wb.codeLens(`RUNNING pid ${newPid}`);
    await s.shot('codelens-supervisor');
  }, { skip: noSupervisor });
});
