import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { analyze } from '../../../server/src/analysis';
import { computeDiagnostics } from '../../../server/src/features/diagnostics';
import { fileSystemWorkspace } from '../../../server/src/host/fsWorkspace';
import { findIncludingConfig } from '../../../server/src/rules/supervisor';
import { diagnose, errors, memoryWorkspace, warnings } from './helpers';

const MAIN = `[supervisord]
logfile=/tmp/supervisord.log

[unix_http_server]
file=/run/app.sock

[rpcinterface:supervisor]
supervisor.rpcinterface_factory = supervisor.rpcinterface:make_main_rpcinterface

[supervisorctl]
serverurl=unix:///run/app.sock

[include]
files = conf.d/*.conf

[group:site]
programs=web,worker
`;

const WEB = '[program:web]\ncommand=/srv/web\n';
const WORKER = '[program:worker]\ncommand=/srv/worker\n';

describe('supervisor rules across files', () => {
  it('resolves group members through the included files', () => {
    const files = { '/srv/app/conf.d/web.conf': WEB, '/srv/app/conf.d/worker.conf': WORKER };
    assert.deepEqual(errors(MAIN, { files }), []);
    assert.deepEqual(errors(MAIN, { files: { '/srv/app/conf.d/web.conf': WEB } }), ['supervisor/unknown-group-program@17']);
  });

  it('downgrades to a warning when the included files cannot be read', () => {
    assert.deepEqual(errors(MAIN, { noWorkspace: true }), []);
    assert.deepEqual(warnings(MAIN, { noWorkspace: true }), ['supervisor/unknown-group-program@17', 'supervisor/unknown-group-program@17']);
  });

  it('lets an included program file find its main config', () => {
    const files = { '/srv/app/supervisord.conf': MAIN, '/srv/app/conf.d/worker.conf': WORKER };
    // A group in a conf.d file sees programs of the main config's other includes.
    const group = '[group:more]\nprograms=worker,web\n';
    assert.deepEqual(errors(group + WEB, { path: '/srv/app/conf.d/web.conf', files }), []);
    assert.deepEqual(errors('[group:more]\nprograms=nothere\n', { path: '/srv/app/conf.d/g.conf', files }), ['supervisor/unknown-group-program@2']);
  });

  it('sees a program defined twice in two included files', () => {
    const files = { '/srv/app/supervisord.conf': MAIN, '/srv/app/conf.d/a.conf': WEB };
    assert.deepEqual(warnings(WEB, { path: '/srv/app/conf.d/b.conf', files }), ['supervisor/duplicate-program@1']);
  });

  it('allows %(here)s everywhere when the configuration has an [include]', () => {
    const files = { '/srv/app/supervisord.conf': MAIN };
    assert.deepEqual(errors('[program:x]\ncommand=%(here)s/run\n[group:g]\nprograms=x\npriority=%(here)s\n',
      { path: '/srv/app/conf.d/x.conf', files }).filter((c) => c.startsWith('supervisor/unknown-expansion')), []);
  });

  it('warns about include globs that match nothing, relative to the config folder', () => {
    assert.deepEqual(warnings(MAIN, { files: { '/srv/app/conf.d/web.conf': WEB, '/srv/app/conf.d/worker.conf': WORKER } }), []);
    assert.deepEqual(warnings('[supervisord]\n[include]\nfiles=conf.d/*.conf /etc/extra/*.ini\n',
      { files: { '/srv/app/conf.d/a.conf': WEB } }), ['supervisor/include-no-match@3']);
  });

  it('only informs when the folder of an include glob exists but is empty (a fresh Debian install)', () => {
    const main = '[supervisord]\n[include]\nfiles = /etc/supervisor/conf.d/*.conf\n';
    const path = '/etc/supervisor/supervisord.conf';
    const empty = diagnose(main, { path, folders: ['/etc/supervisor/conf.d'] }).filter((d) => d.code === 'supervisor/include-no-match');
    assert.deepEqual(empty.map((d) => [d.severity, d.message]),
      [[3, '/etc/supervisor/conf.d is empty, so no file matches *.conf yet: supervisord starts without these programs until you add some.']]);
    // A missing folder, or one whose files the pattern misses (a typo), still warns.
    assert.deepEqual(warnings(main, { path }), ['supervisor/include-no-match@3']);
    assert.deepEqual(warnings(main, { path, files: { '/etc/supervisor/conf.d/web.ini': WEB } }), ['supervisor/include-no-match@3']);
  });

  it('reads the stock /etc/supervisor/supervisord.conf of this machine with its empty conf.d as information', (t) => {
    const path = '/etc/supervisor/supervisord.conf';
    if (!existsSync(path) || !existsSync('/etc/supervisor/conf.d') || readdirSync('/etc/supervisor/conf.d').length > 0) {
      t.skip('needs Debian\'s supervisor package with an empty conf.d');
      return;
    }
    const analyzed = analyze(`file://${path}`, 1, readFileSync(path, 'utf8'))!;
    const found = computeDiagnostics(analyzed, { systemdVersion: 252 }, fileSystemWorkspace(), () => {}).filter((d) => d.code === 'supervisor/include-no-match');
    assert.deepEqual(found.map((d) => d.severity), [3]);
  });

  it('does not demand [supervisord] of a server section in an included file', () => {
    const files = { '/srv/app/supervisord.conf': MAIN.replace('files = conf.d/*.conf', 'files = conf.d/*.conf extra.conf') };
    assert.deepEqual(errors('[inet_http_server]\nport=9001\n', { path: '/srv/app/extra.conf', files }), []);
    assert.deepEqual(errors('[inet_http_server]\nport=9001\n', { path: '/srv/other/alone.conf' }), ['supervisor/missing-supervisord@1']);
  });
});

describe('finding the main config of a program file', () => {
  it('finds /etc/supervisor/supervisord.conf for a file in /etc/supervisor/conf.d', () => {
    const main = '[supervisord]\n[include]\nfiles = /etc/supervisor/conf.d/*.conf\n';
    const files = { '/etc/supervisor/supervisord.conf': main, '/etc/supervisor/conf.d/a.conf': '[program:a]\ncommand=/bin/a\n' };
    const workspace = memoryWorkspace(files);
    assert.equal(findIncludingConfig('/etc/supervisor/conf.d/b.conf', memoryWorkspace({ ...files, '/etc/supervisor/conf.d/b.conf': '' }))?.path,
      '/etc/supervisor/supervisord.conf');
    assert.equal(findIncludingConfig('/srv/elsewhere/b.conf', workspace), undefined);
    assert.deepEqual(errors('[group:g]\nprograms=a\n', { path: '/etc/supervisor/conf.d/b.conf', files }), []);
  });

  it('finds a main config in a parent folder whose [include] names the file, and ignores one that does not', () => {
    const files = {
      '/srv/p/other.conf': '[supervisord]\n[include]\nfiles=elsewhere/*.conf\n',
      '/srv/p/supervisord.conf': '[supervisord]\n[include]\nfiles=programs/*.ini\n',
    };
    assert.equal(findIncludingConfig('/srv/p/programs/x.ini', memoryWorkspace({ ...files, '/srv/p/programs/x.ini': '' }))?.path, '/srv/p/supervisord.conf');
  });
});

describe('what supervisord checks on the machine', () => {
  const passwd = 'root:x:0:0::/root:/bin/sh\nwww-data:x:33:33::/var/www:/usr/sbin/nologin\n';
  const group = 'root:x:0:\nwww-data:x:33:\n';
  const files = { '/etc/passwd': passwd, '/etc/group': group };

  it('warns about log folders and accounts that do not exist here', () => {
    const text = '[supervisord]\nlogfile=/var/log/gone/s.log\nchildlogdir=/var/log/app\n[unix_http_server]\nfile=/run/app/s.sock\nchown=www-data:staff\n' +
      '[program:w]\ncommand=x\nuser=ghost\nstdout_logfile=%(here)s/logs/w.log\nstderr_logfile=AUTO\n';
    assert.deepEqual(warnings(text, { files }), [
      'supervisor/not-on-this-machine@2', 'supervisor/not-on-this-machine@6', 'supervisor/not-on-this-machine@9', 'supervisor/not-on-this-machine@10']);
    assert.deepEqual(warnings(text.replace('/var/log/gone', '/var/log/app').replace('staff', 'www-data').replace('ghost', 'www-data'),
      { files, folders: ['/var/log/app', '/run/app', '/srv/app/logs'] }), []);
  });
});
