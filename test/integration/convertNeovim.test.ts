// Neovim applies the conversions: the unit and the program files it writes are the ones the server
// proposed, next to what was there, and a file that existed is left as it was (Neovim 0.7 empties a
// file it is asked to create without ignoreIfExists, so the server always sets it).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'node:test';

const ROOT = join(__dirname, '..', '..');
const SERVER = join(ROOT, 'dist', 'server.js');
const hasNvim = spawnSync('sh', ['-c', 'command -v nvim'], { stdio: 'ignore' }).status === 0;
const missing = [...(hasNvim ? [] : ['nvim (apt-get install neovim)']), ...(existsSync(SERVER) ? [] : ['dist/server.js (npm run build)'])];
const skip = missing.length > 0 && process.env.CI !== 'true' ? `prerequisites missing: ${missing.join(', ')}` : false;

it('Neovim creates the converted files from the code actions, never over an existing one', { skip }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'dc-convert-nvim-'));
  try {
    mkdirSync(join(dir, 'sv', 'conf.d'), { recursive: true });
    writeFileSync(join(dir, 'sv', 'supervisord.conf'), '[supervisord]\n[include]\nfiles = conf.d/*.conf\n');
    writeFileSync(join(dir, 'sv', 'conf.d', 'web.conf'), '[program:web]\ncommand=/usr/bin/web --port 80\n');
    // Taken: the conversion must go to web-converted.service and leave this one alone.
    writeFileSync(join(dir, 'sv', 'conf.d', 'web.service'), '# mine\n');
    writeFileSync(join(dir, 'api.service'), '[Service]\nExecStart=/usr/bin/api\n');
    const out = join(dir, 'out.json');
    const run = spawnSync('nvim', ['--headless', '-n', '-i', 'NONE', '-u', 'NONE', '--noplugin', '-c', `luafile ${join(__dirname, 'convertNeovim.lua')}`], {
      cwd: dir, env: { ...process.env, DC_SERVER: SERVER, DC_DIR: dir, DC_OUT: out, XDG_STATE_HOME: join(dir, '.state'), XDG_DATA_HOME: join(dir, '.data') },
      encoding: 'utf8', timeout: 90_000,
    });
    assert.ok(existsSync(out), `nvim wrote no result: ${run.stderr}`);
    const result = JSON.parse(readFileSync(out, 'utf8')) as { error?: string; program_titles?: string[]; unit_titles?: string[] };
    assert.equal(result.error, undefined);
    assert.deepEqual(result.program_titles, ['Convert to a systemd service (web-converted.service)', 'Convert every supervisor program to a systemd unit (1 file)']);
    assert.deepEqual(result.unit_titles, ['Convert to a supervisor program (conf.d/api.conf)']);
    assert.equal(readFileSync(join(dir, 'sv', 'conf.d', 'web.service'), 'utf8'), '# mine\n');
    assert.match(readFileSync(join(dir, 'sv', 'conf.d', 'web-converted.service'), 'utf8'), /^# Converted from supervisor's \[program:web\][\s\S]*\nExecStart=\/usr\/bin\/web --port 80\n/);
    assert.match(readFileSync(join(dir, 'sv', 'conf.d', 'api.conf'), 'utf8'), /^; Converted from api.service[\s\S]*\n\[program:api\]\ncommand=\/usr\/bin\/api\n/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
