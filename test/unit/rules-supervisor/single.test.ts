import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, diagnose, errors, GOOD_MAIN, warnings } from './helpers';

const find = (text: string, code: string) => {
  const d = diagnose(text).find((x) => x.code === code);
  if (!d) throw new Error(`no ${code}`);
  return d;
};

describe('supervisor rules within one file', () => {
  it('finds nothing wrong in a sound per-project config', () => {
    assert.deepEqual(errors(GOOD_MAIN), []);
    assert.deepEqual(warnings(GOOD_MAIN), []);
  });

  it('takes any extra key in [rpcinterface:x] and [ctlplugin:x]: supervisor passes them to the factory', () => {
    const text = '[supervisord]\n[rpcinterface:extra]\nsupervisor.rpcinterface_factory = pkg:make\nretries = 3\n' +
      '[ctlplugin:tool]\nsupervisor.ctl_factory = pkg:make_ctl\ncolour = yes\n';
    assert.deepEqual(warnings(text), []);
  });

  it('names every section an option belongs to when it sits in the wrong one', () => {
    const d = find('[supervisord]\n[program:web]\ncommand=x\nusername=u\n', 'supervisor/wrong-section');
    for (const section of ['[unix_http_server]', '[inet_http_server]', '[supervisorctl]']) assert.ok(String(d.message).includes(section), `${section} in: ${d.message}`);
  });

  it('wants a command in every program, and offers to add one', () => {
    const text = '[supervisord]\n[program:web]\ndirectory=/srv\n';
    assert.deepEqual(errors(text), ['supervisor/missing-command@2']);
    assert.match(applyFix(text, find(text, 'supervisor/missing-command')), /directory=\/srv\ncommand = /);
  });

  it('wants events in a listener and a socket in an fcgi-program', () => {
    assert.deepEqual(errors('[supervisord]\n[eventlistener:l]\ncommand=x\nevents=\n'), ['supervisor/missing-required@4', 'supervisor/invalid-value@4']);
    assert.deepEqual(errors('[supervisord]\n[fcgi-program:f]\ncommand=x\n'), ['supervisor/missing-required@2']);
  });

  it('wants username and password together', () => {
    assert.deepEqual(errors('[supervisord]\n[inet_http_server]\nport=9001\nusername=u\n'), ['supervisor/incomplete-auth@4']);
  });

  it('needs %(process_num) in process_name when numprocs > 1, and fixes it', () => {
    const text = '[supervisord]\n[program:w]\ncommand=x\nnumprocs=3\nprocess_name=%(program_name)s\n';
    assert.deepEqual(errors(text), ['supervisor/numprocs-process-name@5']);
    const fixed = applyFix(text, find(text, 'supervisor/numprocs-process-name'));
    assert.match(fixed, /process_name=%\(program_name\)s_%\(process_num\)02d/);
    assert.deepEqual(errors(fixed), []);
    const bare = '[supervisord]\n[program:w]\ncommand=x\nnumprocs=3\n';
    assert.deepEqual(errors(applyFix(bare, find(bare, 'supervisor/numprocs-process-name'))), []);
  });

  it('refuses expansions the option does not have', () => {
    assert.deepEqual(errors('[supervisord]\n[program:w]\ncommand=%(program)s\n'), ['supervisor/unknown-expansion@3']);
    assert.deepEqual(errors('[supervisord]\nlogfile=%(program_name)s.log\n'), ['supervisor/unknown-expansion@2']);
    assert.deepEqual(errors('[supervisord]\n[program:w]\ncommand=echo 100%\n'), ['supervisor/bad-format@3']);
    assert.deepEqual(errors('[supervisord]\n[program:w]\ncommand=%(here)s/run %(ENV_HOME)s %(process_num)d\n'), []);
  });

  it('refuses names with spaces, colons or slashes', () => {
    assert.deepEqual(errors('[supervisord]\n[program:my app]\ncommand=x\n'), ['supervisor/invalid-name@2']);
  });

  it('refuses stopasgroup without killasgroup, and redirect_stderr in listeners', () => {
    assert.deepEqual(errors('[supervisord]\n[program:w]\ncommand=x\nstopasgroup=true\nkillasgroup=false\n'), ['supervisor/conflicting-options@5']);
    assert.deepEqual(errors('[supervisord]\n[eventlistener:l]\ncommand=x\nevents=TICK_5\nredirect_stderr=true\n'), ['supervisor/conflicting-options@5']);
  });

  it('checks [supervisord] directory as an existing folder but not a program\'s', () => {
    assert.deepEqual(errors('[supervisord]\ndirectory=\n'), ['supervisor/invalid-value@2']);
    assert.deepEqual(errors('[supervisord]\n[program:w]\ncommand=x\ndirectory=\n'), []);
  });

  it('warns about a program defined twice', () => {
    assert.deepEqual(warnings('[supervisord]\n[program:w]\ncommand=x\n[program:w]\ncommand=y\n'), ['supervisor/duplicate-program@4']);
  });

  it('names group members that do not exist, with did-you-mean', () => {
    const text = '[supervisord]\n[program:web]\ncommand=x\n[group:g]\nprograms=web,wbe\n';
    assert.deepEqual(errors(text), ['supervisor/unknown-group-program@5']);
    assert.deepEqual(errors(applyFix(text, find(text, 'supervisor/unknown-group-program'))), []);
  });

  it('warns when serverurl misses the socket, and makes it match', () => {
    const text = GOOD_MAIN.replace('serverurl=unix:///run/app/supervisor.sock', 'serverurl=unix:///tmp/supervisor.sock');
    assert.deepEqual(warnings(text), ['supervisor/serverurl-mismatch@14']);
    assert.deepEqual(warnings(applyFix(text, find(text, 'supervisor/serverurl-mismatch'))), []);
    const missing = GOOD_MAIN.replace('serverurl=unix:///run/app/supervisor.sock\n', '');
    assert.deepEqual(warnings(missing), ['supervisor/serverurl-mismatch@13']);
    assert.deepEqual(warnings(applyFix(missing, find(missing, 'supervisor/serverurl-mismatch'))), []);
  });

  it('matches http serverurls against [inet_http_server] port', () => {
    const base = '[supervisord]\n[rpcinterface:supervisor]\nsupervisor.rpcinterface_factory = supervisor.rpcinterface:make_main_rpcinterface\n';
    assert.deepEqual(warnings(`${base}[inet_http_server]\nport=*:9001\n[supervisorctl]\nserverurl=http://127.0.0.1:9001\n`), []);
    assert.deepEqual(warnings(`${base}[inet_http_server]\nport=127.0.0.1:9002\n[supervisorctl]\n`), ['supervisor/serverurl-mismatch@6']);
  });

  it('expands %(here)s on both sides', () => {
    const text = '[supervisord]\n[rpcinterface:supervisor]\nsupervisor.rpcinterface_factory = supervisor.rpcinterface:make_main_rpcinterface\n' +
      '[unix_http_server]\nfile=%(here)s/run/supervisor.sock\n[supervisorctl]\nserverurl=unix:///srv/app/run/supervisor.sock\n';
    assert.deepEqual(warnings(text), []);
  });

  it('wants [rpcinterface:supervisor] with supervisorctl, and adds it', () => {
    const text = GOOD_MAIN.replace(/\[rpcinterface:supervisor\]\n.*\n/, '');
    assert.deepEqual(warnings(text), ['supervisor/missing-rpcinterface@11']);
    const fixed = applyFix(text, find(text, 'supervisor/missing-rpcinterface'));
    assert.match(fixed, /\[rpcinterface:supervisor\]\nsupervisor\.rpcinterface_factory = supervisor\.rpcinterface:make_main_rpcinterface\n$/);
    assert.deepEqual(warnings(fixed), []);
  });
});

describe('supervisor quick fixes', () => {
  it('renames a program whose name has a space', () => {
    const text = '[supervisord]\n[program:my app]\ncommand=x\n';
    const d = diagnose(text).find((x) => x.code === 'supervisor/invalid-name');
    assert.ok(d);
    assert.match(applyFix(text, d), /\[program:my-app\]/);
  });

  it('sets killasgroup=true and redirect_stderr=false where supervisord demands it', () => {
    const text = '[supervisord]\n[program:w]\ncommand=x\nstopasgroup=true\nkillasgroup=false\n';
    const d = diagnose(text).find((x) => x.code === 'supervisor/conflicting-options');
    assert.ok(d);
    assert.deepEqual(errors(applyFix(text, d)), []);
  });
});

describe('[supervisord] environment, expanded twice', () => {
  it('refuses a %% that comes back as a lone %, and unknown names escaped once', () => {
    assert.deepEqual(errors('[supervisord]\nenvironment=A="100%%"\n'), ['supervisor/bad-format@2']);
    assert.deepEqual(errors('[supervisord]\nenvironment=B="%%(nope)s"\n'), ['supervisor/unknown-expansion@2']);
    assert.deepEqual(errors('[supervisord]\nenvironment=A="100%%%%",H="%%(host_node_name)s",P="%(here)s"\n'), []);
  });
});
