// What a user installs: the .vsix that `npm run package` makes, offline.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { before, describe, it } from 'node:test';

const ROOT = resolve(__dirname, '../..');
const VSIX = resolve(ROOT, 'daemon-config.vsix');

describe('the packaged extension', () => {
  let files: string[] = [];
  before(() => {
    execFileSync('npm', ['run', '--silent', 'package'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    const listing = execFileSync('python3', ['-c', 'import sys, zipfile; print("\\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))', VSIX], { encoding: 'utf8' });
    files = listing.split('\n').filter(Boolean);
  });

  // The server ships three times (stdio, web worker, checker), each with the tables of every family
  // (units, supervisor, Quadlet, networkd, the daemons' configs, tmpfiles.d, sysusers.d, SysV) in two
  // languages: 1.4 MB in December 2026. The bound catches a stray corpus or map, not steady growth.
  it('is under 2 MB', () => {
    assert.ok(statSync(VSIX).size < 2 * 1024 * 1024, `${statSync(VSIX).size} bytes`);
  });

  it('holds the three bundles, the grammars and the manifest strings', () => {
    for (const file of ['extension/dist/extension.js', 'extension/dist/server.js', 'extension/dist/serverMain.js', 'extension/dist/cli.js',
      'extension/syntaxes/systemd-unit.tmLanguage.json', 'extension/syntaxes/supervisor-conf.tmLanguage.json',
      'extension/package.nls.json', 'extension/package.nls.zh-cn.json', 'extension/package.json']) {
      assert.ok(files.includes(file), `${file} missing from ${files.join(', ')}`);
    }
  });

  it('holds the web entry and its worker server, which package.json\'s "browser" points at', () => {
    const manifest = JSON.parse(execFileSync('python3', ['-c', 'import sys, zipfile; sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read("extension/package.json").decode())', VSIX], { encoding: 'utf8' })) as { browser?: string };
    assert.equal(manifest.browser, './dist/browserExtension.js');
    for (const file of ['extension/dist/browserExtension.js', 'extension/dist/browserServer.js']) assert.ok(files.includes(file), `${file} missing from ${files.join(', ')}`);
  });

  it('holds the runtime string bundle that package.json points at', () => {
    assert.ok(files.includes('extension/l10n/bundle.l10n.zh-cn.json'), `the zh-cn bundle is missing from ${files.join(', ')}`);
  });

  it('holds no node_modules, sources, tests or source maps', () => {
    const unwanted = files.filter((f) => /node_modules|\/src\/|\/test\/|\.ts$|\.map$|\/bench\/|\/examples\//.test(f));
    assert.deepEqual(unwanted, []);
  });
});
