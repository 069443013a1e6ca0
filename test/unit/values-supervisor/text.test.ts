import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseEnvironment } from '../../../server/src/values/supervisor';
import { check, severities } from './helpers';

describe('supervisor environment values', () => {
  it('reads KEY=value pairs with quoting like supervisor', () => {
    const { pairs, issues } = parseEnvironment('A="1,2",B=two,PATH="/usr/bin:/bin",C=\'x y\'');
    assert.deepEqual(issues, []);
    assert.deepEqual([...pairs], [['A', '1,2'], ['B', 'two'], ['PATH', '/usr/bin:/bin'], ['C', 'x y']]);
  });

  it('accepts a trailing comma and an empty value list', () => {
    assert.deepEqual(severities('environment', 'A=1,'), []);
    assert.deepEqual(severities('environment', ''), []);
  });

  it('refuses what supervisor refuses', () => {
    for (const v of ['A=1 B=2', 'A', 'A=', 'A="1', '=1', 'A=a$b']) {
      assert.deepEqual(severities('environment', v), ['error'], v);
    }
  });

  it('warns when a separator other than a comma is silently dropped', () => {
    assert.deepEqual(severities('environment', 'A=1;B=2'), ['warning']);
    // Python keeps A='x' and drops 'y' without a word.
    assert.deepEqual(severities('environment', 'A=x y'), ['warning']);
    assert.deepEqual(severities('environment', 'HOME=~'), []);
  });
});

describe('supervisor addresses', () => {
  it('checks [inet_http_server] port', () => {
    for (const v of ['9001', '127.0.0.1:9001', '*:9001', ':9001', 'localhost:9001']) assert.deepEqual(severities('inet_address', v), [], v);
    for (const v of ['localhost', '127.0.0.1:', '0', '70000', 'host:port']) assert.deepEqual(severities('inet_address', v), ['error'], v);
  });

  it('checks serverurl, as warnings since supervisord does not read it', () => {
    for (const v of ['unix:///tmp/supervisor.sock', 'http://localhost:9001', 'http://127.0.0.1']) assert.deepEqual(severities('url', v), [], v);
    for (const v of ['unix://', 'https://host:9001', '/tmp/supervisor.sock', 'http://host:x']) assert.deepEqual(severities('url', v), ['warning'], v);
    assert.deepEqual(severities('url', 'AUTO', { values: [{ name: 'AUTO' }] }), []);
  });

  it('checks fcgi-program sockets', () => {
    for (const v of ['unix:///run/app.sock', 'tcp://localhost:9002']) assert.deepEqual(severities('fcgi_socket', v), [], v);
    for (const v of ['unix://run/app.sock', 'tcp://localhost', 'localhost:9002']) assert.deepEqual(severities('fcgi_socket', v), ['error'], v);
  });
});

describe('supervisor names, lists and text', () => {
  it('refuses spaces, colons and slashes in process names, before expansion', () => {
    assert.deepEqual(severities('process_name', '%(program_name)s_%(process_num)02d'), []);
    const [issue] = check('process_name', 'web worker');
    assert.deepEqual([issue.start, issue.end], [3, 4]);
    assert.deepEqual(severities('process_name', 'a/b'), ['error']);
    assert.deepEqual(severities('process_name', '%(program_name)s:%(process_num)d'), ['error']);
  });

  it('checks event types case-insensitively', () => {
    assert.deepEqual(severities('events', 'PROCESS_STATE,tick_60'), []);
    assert.deepEqual(severities('events', 'PROCESS_STATE,TICK_7'), ['error']);
    assert.deepEqual(severities('events', ''), ['error']);
  });

  it('flags a deprecated syslog log file and accepts AUTO, NONE and paths', () => {
    for (const v of ['AUTO', 'none', 'OFF', '/var/log/app.log']) assert.deepEqual(severities('logfile', v), [], v);
    assert.deepEqual(severities('logfile', 'syslog'), ['warning']);
  });

  it('checks import specs, and knows supervisor\'s own entry points', () => {
    assert.deepEqual(severities('import_spec', 'supervisor.rpcinterface:make_main_rpcinterface'), []);
    assert.deepEqual(severities('import_spec', 'mypkg.plugin:make'), []);
    assert.deepEqual(severities('import_spec', 'supervisor.rpcinterface:make_main_rpcinterfac'), ['error']);
    assert.deepEqual(severities('import_spec', 'not a spec'), ['error']);
  });

  it('warns about an empty command or an unclosed quote', () => {
    assert.deepEqual(severities('command', '/usr/bin/app --name "a b"'), []);
    assert.deepEqual(severities('command', ''), ['warning']);
    assert.deepEqual(severities('command', 'sh -c "echo hi'), ['warning']);
  });

  it('refuses empty users and stray commas in group programs', () => {
    assert.deepEqual(severities('user', ''), ['error']);
    assert.deepEqual(severities('user', 'www-data'), []);
    assert.deepEqual(severities('user_group', 'www-data:'), ['error']);
    assert.deepEqual(severities('program_list', 'web,,worker'), ['error']);
    assert.deepEqual(severities('program_list', 'web, worker'), []);
  });
});
