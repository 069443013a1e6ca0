// The bundled server asks `systemctl --version` once it is initialized. Started the way a careless
// setup would start it (its working folder a workspace holding its own executable `systemctl`, and
// `.` plus an empty entry in PATH), it must still not run that file.
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';

const SERVER = resolve(__dirname, '../../../dist/server.js');

/** Starts the server in `cwd` with `PATH`, initializes it and returns its log messages once it has named its target version. */
async function versionLogOfServer(cwd: string, pathValue: string): Promise<string> {
  const child = spawn(process.execPath, [SERVER, '--stdio'], { cwd, env: { ...process.env, PATH: pathValue }, stdio: ['pipe', 'pipe', 'pipe'] });
  const send = (message: object): void => {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
    child.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`), body]));
  };
  try {
    return await new Promise<string>((done, fail) => {
      let buffer = Buffer.alloc(0);
      child.once('exit', (code) => fail(new Error(`server exited with ${code}`)));
      child.stdout.on('data', (chunk: Buffer) => {
        buffer = Buffer.concat([buffer, chunk]);
        for (;;) {
          const end = buffer.indexOf('\r\n\r\n');
          if (end < 0) return;
          const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, end).toString())?.[1]);
          if (buffer.length < end + 4 + length) return;
          const message = JSON.parse(buffer.subarray(end + 4, end + 4 + length).toString('utf8')) as { id?: number; method?: string; params?: { message?: string } };
          buffer = buffer.subarray(end + 4 + length);
          if (message.id === 1) send({ method: 'initialized', params: {} });
          const text = message.params?.message ?? '';
          if (message.method === 'window/logMessage' && text.includes('target systemd version')) done(text);
        }
      });
      send({ id: 1, method: 'initialize', params: { processId: process.pid, rootUri: null, capabilities: {} } });
    });
  } finally {
    child.kill();
  }
}

describe('the server in a workspace that plants systemctl', { skip: existsSync(SERVER) ? false : 'dist/server.js is not built (npm run build)' }, () => {
  let workspace: string;
  const marker = (): string => join(workspace, 'planted-systemctl-ran');

  before(() => {
    workspace = mkdtempSync(join(tmpdir(), 'dc-'));
    const planted = join(workspace, 'systemctl');
    writeFileSync(planted, `#!/bin/sh\necho ran > '${marker()}'\necho 'systemd 999'\n`);
    chmodSync(planted, 0o755);
  });

  after(() => rmSync(workspace, { recursive: true, force: true }));

  it('does not run ./systemctl with . first in PATH', async () => {
    const log = await versionLogOfServer(workspace, `.::${process.env.PATH ?? '/usr/bin:/bin'}`);
    assert.equal(existsSync(marker()), false, `the planted systemctl ran (${log})`);
    assert.doesNotMatch(log, /999/);
  });

  it('does not run it when PATH has nothing else either', async () => {
    const log = await versionLogOfServer(workspace, '.:');
    assert.equal(existsSync(marker()), false, `the planted systemctl ran (${log})`);
    assert.match(log, /no systemctl/);
  });
});
