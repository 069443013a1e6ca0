// What supervisord refuses when it reads its configuration or opens its server: a misspelt
// [supervisord], impossible user names, '%' directives Python rejects, socket paths too long to bind.
// The oracle cases run Debian's supervisor where it is installed.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { analyze } from '../../../server/src/analysis';
import { classify } from '../../../server/src/classify/classify';
import { applyFix, diagnose, errors, warnings } from './helpers';

const BODY = '\nlogfile=/tmp/supervisord.log\n\n[program:web]\ncommand=/bin/cat\n';

describe('supervisor/misspelt-supervisord', () => {
  for (const header of ['Supervisord', 'supervisor', 'supervisord:main', 'SUPERVISORD']) {
    it(`reports [${header}] once, as an error, and the fix makes the file whole`, () => {
      const text = `[${header}]${BODY}`;
      assert.deepEqual(errors(text), ['supervisor/misspelt-supervisord@1']);
      assert.deepEqual(warnings(text), []);
      const d = diagnose(text).find((x) => x.code === 'supervisor/misspelt-supervisord');
      assert.ok(d);
      const fixed = applyFix(text, d);
      assert.equal(fixed, `[supervisord]${BODY}`);
      assert.deepEqual(errors(fixed), []);
    });
  }

  it('stands in for missing-supervisord when a server section is there', () => {
    assert.deepEqual(errors('[unix_http_server]\nfile=/tmp/s.sock\n[Supervisord]\nlogfile=/tmp/l.log\n'), ['supervisor/misspelt-supervisord@3']);
  });

  it('is only a warning in an included file when the main config has the real section', () => {
    const main = '[supervisord]\nlogfile=/tmp/l.log\n[include]\nfiles=conf.d/*.conf\n';
    const files = { '/srv/app/supervisord.conf': main };
    const text = '[Supervisord]\nnodaemon=true\n[program:web]\ncommand=/bin/cat\n';
    const options = { path: '/srv/app/conf.d/web.conf', files };
    assert.deepEqual(errors(text, options), []);
    assert.deepEqual(warnings(text, options), ['supervisor/misspelt-supervisord@1']);
  });

  it('leaves other unknown sections to unknown-section', () => {
    assert.deepEqual(warnings('[supervisord]\nlogfile=/tmp/l.log\n[Supervisord]\n'), ['supervisor/unknown-section@3']);
  });
});

describe('a supervisor file stays supervisor\'s when a header is renamed', () => {
  const texts = ['[Supervisord]\nlogfile=/tmp/l.log\n', '[supervisor]\nlogfile=/tmp/l.log\n', '[supervisord:main]\nlogfile=/tmp/l.log\n',
    '[Program:web]\ncommand=/bin/cat\n', '[Supervisord]\n[Program:web]\ncommand=/bin/cat\n'];
  for (const text of texts) {
    it(`classifies ${JSON.stringify(text.split('\n')[0])} by content`, () => {
      assert.equal(classify('file:///srv/app/app.ini', text)?.dialect, 'supervisor');
      assert.ok(analyze('file:///srv/app/app.ini', 1, text));
    });
  }
  it('takes a misspelt [supervisord] as the mark of a main config', () => {
    assert.deepEqual(classify('file:///srv/app/app.ini', '[supervisor]\n[program:web]\ncommand=x\n'), { dialect: 'supervisor', role: 'main' });
  });
});

describe('supervisor/invalid-user-name', () => {
  const program = (user: string) => `[supervisord]\nlogfile=/tmp/l.log\n[program:web]\ncommand=/bin/cat\nuser=${user}\n`;
  it('refuses names no account can have, in programs and [supervisord]', () => {
    for (const user of ['<user_no_root>', 'bad user', 'a:b', '-x', 'web/app']) {
      assert.deepEqual(errors(program(user)).filter((c) => c.startsWith('supervisor/invalid-user-name')), ['supervisor/invalid-user-name@5'], user);
    }
    assert.deepEqual(errors('[supervisord]\nuser=<nobody>\n'), ['supervisor/invalid-user-name@2']);
  });
  it('checks the user of [unix_http_server] chown=', () => {
    assert.deepEqual(errors('[supervisord]\n[unix_http_server]\nfile=/tmp/s.sock\nchown=<me>:root\n'), ['supervisor/invalid-user-name@4']);
  });
  it('accepts names that could exist on some machine, and uids', () => {
    for (const user of ['www-data', '1000', 'svc$', 'first.last', 'app_user', 'Ödön']) {
      assert.deepEqual(diagnose(program(user)).filter((d) => d.code === 'supervisor/invalid-user-name'), [], user);
    }
    assert.deepEqual(diagnose(program('%(ENV_APP_USER)s')).filter((d) => d.code === 'supervisor/invalid-user-name'), []);
  });
  it('does not also say the impossible name is missing on this machine', () => {
    assert.deepEqual(warnings(program('<user_no_root>')), []);
  });
});

describe('supervisor/bad-format with a percent sign as conversion', () => {
  const command = (c: string) => `[supervisord]\nlogfile=/tmp/l.log\n[program:web]\ncommand=${c}\n`;
  it('refuses "% %" and the like, which Python rejects', () => {
    for (const c of ['/bin/echo 100% %(program_name)s', '/bin/echo 5%5%', '/bin/echo %(program_name)-%']) {
      assert.deepEqual(errors(command(c)), ['supervisor/bad-format@4'], c);
    }
  });
  it('keeps "100% sure" a warning: Python reads "% s" as a conversion, so supervisord starts', () => {
    assert.deepEqual(errors(command('/bin/echo 100% sure %(program_name)s')), []);
    assert.deepEqual(warnings(command('/bin/echo 100% sure %(program_name)s')), ['supervisor/bad-format@4']);
  });
});

describe('supervisor/socket-path-too-long', () => {
  const server = (file: string) => `[supervisord]\nlogfile=/tmp/l.log\n[unix_http_server]\nfile=${file}\n`;
  const path = (bytes: number) => '/tmp/' + 'a'.repeat(bytes - 5);
  it('is an error over 105 bytes, a warning from 100, and nothing below', () => {
    assert.deepEqual(errors(server(path(106))), ['supervisor/socket-path-too-long@4']);
    assert.deepEqual(errors(server(path(105))), []);
    assert.deepEqual(warnings(server(path(105))), ['supervisor/socket-path-too-long@4']);
    assert.deepEqual(warnings(server(path(100))), ['supervisor/socket-path-too-long@4']);
    assert.deepEqual(warnings(server(path(99))), []);
  });
  it('measures the path supervisord binds: %(here)s expanded, normalised, in bytes', () => {
    assert.deepEqual(errors(server('%(here)s/' + 'é'.repeat(49)), { path: '/srv/app/supervisord.conf' }), ['supervisor/socket-path-too-long@4']);
    assert.deepEqual(errors(server(`/tmp/./x/..//${'a'.repeat(98)}/`)), []);
  });
});

/** supervisord's verdict on a config (its own process_config), or undefined where supervisor is not installed. */
function supervisorVerdict(text: string): string | null | undefined {
  const oracle = join(__dirname, '..', '..', 'agreement', 'supervisor', 'oracle.py');
  if (!existsSync('/usr/bin/python3')) return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'dc-'));
  try {
    const file = join(dir, 'supervisord.conf');
    writeFileSync(file, text.replace(/\/tmp\//g, `${dir}/`));
    const run = spawnSync('/usr/bin/python3', [oracle], { input: JSON.stringify([file]), encoding: 'utf8' });
    if (run.status !== 0) return undefined;
    return (JSON.parse(run.stdout) as { server: string | null }[])[0].server;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('agreement with supervisord on these cases', () => {
  const CASES: [string, boolean][] = [
    [`[Supervisord]${BODY}`, true], [`[supervisor]${BODY}`, true], [`[supervisord:main]${BODY}`, true], [`[supervisord]${BODY}`, false],
    [`[supervisord]${BODY}user=<user_no_root>\n`, true], [`[supervisord]${BODY}user=root\n`, false],
    [`[supervisord]${BODY}user=<x>\n`.replace('command=/bin/cat', 'command=/bin/echo 100% %(program_name)s'), true],
    [`[supervisord]${BODY}`.replace('command=/bin/cat', 'command=/bin/echo 100% sure %(program_name)s'), false],
    [`[supervisord]${BODY}`.replace('command=/bin/cat', 'command=/bin/echo 100% %(program_name)s'), true],
    ['[supervisord]\nlogfile=/tmp/l.log\n[unix_http_server]\nfile=/tmp/s.sock\nchown=<me>:root\n', true],
  ];
  it('refuses exactly where we report an error', (t) => {
    if (supervisorVerdict('[supervisord]\n') === undefined) { t.skip('Debian\'s supervisor is not installed'); return; }
    for (const [text, refused] of CASES) {
      assert.equal(supervisorVerdict(text) !== null, refused, `supervisord on:\n${text}`);
      assert.equal(errors(text).length > 0, refused, `our errors on:\n${text}`);
    }
  });

  it('fails to open its server for a 106-byte socket path, whatever its pid', (t) => {
    if (spawnSync('supervisord', ['--version']).status !== 0) { t.skip('supervisord is not installed'); return; }
    const dir = mkdtempSync(join(tmpdir(), 'dc-'));
    try {
      const file = dir + '/' + 's'.repeat(106 - dir.length - 1);
      const config = join(dir, 'c.conf');
      writeFileSync(config, `[supervisord]\nlogfile=${dir}/l.log\npidfile=${dir}/p.pid\n[unix_http_server]\nfile=${file}\n`);
      const run = spawnSync('supervisord', ['-n', '-c', config], { encoding: 'utf8', timeout: 20_000 });
      assert.match(`${run.stdout}${run.stderr}`, /AF_UNIX path too long/);
      assert.deepEqual(errors(`[supervisord]\n[unix_http_server]\nfile=${file}\n`), ['supervisor/socket-path-too-long@3']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
