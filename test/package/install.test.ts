// The checker and the language server as a user installs them without a registry: `npm pack` in
// a fresh clone (no dist/ yet), then `npm install -g` of the tarball into a temporary prefix,
// offline. The installed commands must work with nothing but what the tarball holds (npm installs
// no devDependencies, so the bundles must carry everything).
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { copyWorkingTree } from '../helpers/workingTree';

const ROOT = resolve(__dirname, '../..');

function npm(args: string[], cwd: string): string {
  const r = spawnSync('npm', [...args, '--offline', '--no-audit', '--no-fund'], { cwd, encoding: 'utf8' });
  assert.equal(r.status, 0, `npm ${args.join(' ')} exited ${r.status}:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/** One LSP message with its Content-Length header. */
function frame(message: object): string {
  const body = JSON.stringify(message);
  return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}

/** Starts the installed server over stdio, sends initialize, and resolves with the response. */
function initialize(command: string, env: NodeJS.ProcessEnv): Promise<{ result?: { capabilities?: Record<string, unknown> } }> {
  const server = spawn(command, ['--stdio'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
  let out = Buffer.alloc(0);
  let err = '';
  server.stderr.on('data', (d: Buffer) => (err += d.toString()));
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.once('exit', (code) => reject(new Error(`the server exited (${code}) before answering initialize: ${err}`)));
    server.stdout.on('data', (d: Buffer) => {
      out = Buffer.concat([out, d]);
      const text = out.toString();
      const header = /Content-Length: (\d+)\r\n\r\n/.exec(text);
      if (!header) return;
      const start = header.index + header[0].length;
      const body = out.subarray(Buffer.byteLength(text.slice(0, start)));
      if (body.length < Number(header[1])) return;
      const message = JSON.parse(body.subarray(0, Number(header[1])).toString());
      if (message.id !== 1) return; // a notification (log message) first: wait for the answer
      server.removeAllListeners('exit');
      server.stdin.end(frame({ jsonrpc: '2.0', method: 'exit' }));
      server.once('exit', () => resolvePromise(message));
    });
    server.stdin.write(frame({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: process.pid, rootUri: null, capabilities: {} } }));
  });
}

describe('npm pack, then npm install -g of the tarball', () => {
  let work = '';
  let bin = '';
  let tarball = '';
  let env: NodeJS.ProcessEnv = {};
  before(() => {
    work = mkdtempSync(join(tmpdir(), 'dc-pack-'));
    const clone = join(work, 'clone');
    copyWorkingTree(ROOT, clone);
    // what `npm ci` gives a fresh clone (the build tools npm pack's prepack needs)
    symlinkSync(join(ROOT, 'node_modules'), join(clone, 'node_modules'));
    npm(['pack', '--pack-destination', work], clone);
    tarball = readdirSync(work).find((f) => /^daemon-config-.*\.tgz$/.test(f)) ?? '';
    assert.ok(tarball, `no tarball in ${work}: ${readdirSync(work).join(', ')}`);
    const prefix = join(work, 'prefix');
    npm(['install', '-g', '--prefix', prefix, join(work, tarball)], work);
    bin = join(prefix, 'bin');
    env = { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}` };
  });
  after(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('ships the bundles and no sources, tests or dependencies', () => {
    const listing = spawnSync('tar', ['-tzf', join(work, tarball)], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean);
    for (const file of ['package/dist/cli.js', 'package/dist/server.js', 'package/package.json', 'package/README.md', 'package/LICENSE']) {
      assert.ok(listing.includes(file), `${file} missing from the tarball: ${listing.join(', ')}`);
    }
    assert.deepEqual(listing.filter((f) => /\/(test|server\/src|client\/src|bench|node_modules)\/|\.ts$|\.map$/.test(f)), []);
    const installed = join(work, 'prefix', 'lib', 'node_modules', 'daemon-config');
    assert.equal(existsSync(join(installed, 'node_modules')), false, 'the package installs no dependencies');
  });

  it('gives a daemon-config command that checks a file', () => {
    const units = join(work, 'units');
    spawnSync('mkdir', ['-p', units]);
    writeFileSync(join(units, 'good.service'), '[Unit]\nDescription=fine\n\n[Service]\nExecStart=/bin/sleep 1\n');
    writeFileSync(join(units, 'bad.service'), '[Unit]\nDescription=typo\n\n[Service]\nExecStart=/bin/sleep 1\nRestrat=always\n');
    const good = spawnSync(join(bin, 'daemon-config'), ['check', join(units, 'good.service')], { encoding: 'utf8', env });
    assert.equal(good.status, 0, `check good.service: ${good.stdout}${good.stderr}`);
    const bad = spawnSync(join(bin, 'daemon-config'), ['check', join(units, 'bad.service')], { encoding: 'utf8', env });
    assert.equal(bad.status, 1, `check bad.service: ${bad.stdout}${bad.stderr}`);
    assert.match(bad.stdout, /bad\.service:6:1: error: .*Restrat/);
  });

  it('gives a daemon-config-language-server command that initializes over stdio', async () => {
    const answer = await initialize(join(bin, 'daemon-config-language-server'), env);
    const capabilities = answer.result?.capabilities ?? {};
    for (const feature of ['completionProvider', 'hoverProvider', 'codeActionProvider']) {
      assert.ok(capabilities[feature], `${feature} in ${JSON.stringify(capabilities)}`);
    }
  });
});
