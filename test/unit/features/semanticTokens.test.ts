import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../../server/src/analysis';
import { semanticTokens } from '../../../server/src/features/semanticTokens';
import { decodeTokens, describeTokens, type DecodedToken } from '../../helpers/semanticTokens';

function tokens(uri: string, text: string, range?: Parameters<typeof semanticTokens>[1]): DecodedToken[] {
  const analyzed = analyze(uri, 1, text);
  if (!analyzed) throw new Error(`${uri} was not classified`);
  return decodeTokens(semanticTokens(analyzed, range), text);
}

/** The tokens of one line, as `text:type.modifiers`. */
function line(uri: string, text: string, marker: string): string[] {
  const index = text.split('\n').findIndex((l) => l.includes(marker));
  assert.ok(index >= 0, `no line holds ${marker}`);
  return describeTokens(tokens(uri, text).filter((t) => t.line === index));
}

describe('semantic tokens: systemd', () => {
  const service = (text: string, marker: string) => line('file:///x.service', text, marker);

  it('colours a boolean word only where the directive takes a boolean', () => {
    const text = '[Unit]\nDescription=on the way\n[Service]\nPrivateTmp=on\n';
    assert.deepEqual(service(text, 'Description'), ['Description:property.defaultLibrary', 'on the way:string']);
    assert.deepEqual(service(text, 'PrivateTmp'), ['PrivateTmp:property.defaultLibrary', 'on:keyword']);
  });

  it('colours enum words of the directive, and not a word it does not list', () => {
    const text = '[Service]\nRestart=on-failure\nKillMode=sometimes\nRestart=no\n';
    assert.deepEqual(service(text, 'on-failure'), ['Restart:property.defaultLibrary', 'on-failure:enumMember']);
    assert.deepEqual(service(text, 'sometimes'), ['KillMode:property.defaultLibrary', 'sometimes:string']);
    assert.deepEqual(service(text, 'Restart=no'), ['Restart:property.defaultLibrary', 'no:keyword']);
  });

  it('marks specifiers as macros where the directive expands them, not elsewhere', () => {
    const text = '[Service]\nExecStart=/usr/bin/getty %I --x=%%\nKillMode=%i\n';
    assert.deepEqual(service(text, 'ExecStart'), ['ExecStart:property.defaultLibrary', '/usr/bin/getty:function', '%I:macro', '--x=:string', '%%:macro']);
    assert.deepEqual(service(text, 'KillMode'), ['KillMode:property.defaultLibrary', '%i:string']);
  });

  it('marks deprecated, unknown and misplaced keys', () => {
    const text = '[Unit]\nOnFailureIsolate=yes\n[Service]\nExecStrat=/bin/true\nOnCalendar=daily\nX-Mine=1\n';
    assert.deepEqual(service(text, 'OnFailureIsolate').slice(0, 1), ['OnFailureIsolate:property.deprecated.defaultLibrary']);
    assert.deepEqual(service(text, 'ExecStrat'), ['ExecStrat:property.unknown', '/bin/true:string']);
    // OnCalendar= belongs to [Timer]: in a service, systemd does not know it, and daily means nothing.
    assert.deepEqual(service(text, 'OnCalendar'), ['OnCalendar:property.unknown', 'daily:string']);
    assert.deepEqual(service(text, 'X-Mine'), ['X-Mine:property', '1:string']);
  });

  it('names sections, unknown ones too', () => {
    const text = '[Unit]\n[Servic]\n[X-Tool]\n';
    assert.deepEqual(describeTokens(tokens('file:///x.service', text)), ['Unit:namespace.defaultLibrary', 'Servic:namespace.unknown', 'X-Tool:namespace']);
  });

  it('marks $VAR and ${VAR} where a command line substitutes them', () => {
    const text = '[Unit]\nDescription=$OPTS ${X}\n[Service]\nExecStart=/bin/app $OPTS --x=${X} --y=$Y "${Q}"\nExecStartPre=:/bin/echo $OPTS ${X}\n';
    assert.deepEqual(service(text, 'ExecStart='), ['ExecStart:property.defaultLibrary', '/bin/app:function', '$OPTS:variable', '--x=:string',
      '${X}:variable', '--y=$Y ":string', '${Q}:variable', '":string']);
    // The `:` prefix turns substitution off; Description= never substitutes.
    assert.deepEqual(service(text, 'ExecStartPre'), ['ExecStartPre:property.defaultLibrary', '::operator', '/bin/echo:function', '$OPTS ${X}:string']);
    assert.deepEqual(service(text, 'Description'), ['Description:property.defaultLibrary', '$OPTS ${X}:string']);
  });

  it('marks unit names in dependencies, with specifiers inside them', () => {
    const text = '[Unit]\nAfter=network-online.target foo@%i.service\n';
    assert.deepEqual(service(text, 'After'), ['After:property.defaultLibrary', 'network-online.target:class', 'foo@:class', '%i:macro', '.service:class']);
  });

  it('marks numbers with their units only in values of that kind that parse', () => {
    const text = '[Unit]\nDescription=wait 5s\n[Service]\nTimeoutStopSec=1min 30s\nRestartSec=5 potatoes\nMemoryMax=512M\nLimitNOFILE=1024:infinity\n';
    assert.deepEqual(service(text, 'TimeoutStopSec'), ['TimeoutStopSec:property.defaultLibrary', '1min:number', '30s:number']);
    assert.deepEqual(service(text, 'RestartSec'), ['RestartSec:property.defaultLibrary', '5 potatoes:string']);
    assert.deepEqual(service(text, 'MemoryMax'), ['MemoryMax:property.defaultLibrary', '512M:number']);
    assert.deepEqual(service(text, 'LimitNOFILE'), ['LimitNOFILE:property.defaultLibrary', '1024:number', '::string', 'infinity:enumMember']);
    assert.deepEqual(service(text, 'Description'), ['Description:property.defaultLibrary', 'wait 5s:string']);
  });

  it('marks the names Environment= sets, the prefixes of a command and of a condition', () => {
    const text = '[Unit]\nConditionPathExists=|!/etc/x\n[Service]\nEnvironment="A=1 2" B=3\nExecStart=-+/bin/true\n';
    assert.deepEqual(service(text, 'Environment'), ['Environment:property.defaultLibrary', '":string', 'A:variable.declaration', '=1 2":string',
      'B:variable.declaration', '=3:string']);
    assert.deepEqual(service(text, 'ExecStart'), ['ExecStart:property.defaultLibrary', '-+:operator', '/bin/true:function']);
    const names = '[Service]\nPassEnvironment=LANG TZ\nUnsetEnvironment=A=1 9x\n';
    assert.deepEqual(service(names, 'PassEnvironment').slice(1), ['LANG:variable', 'TZ:variable']);
    assert.deepEqual(service(names, 'UnsetEnvironment').slice(1), ['A:variable', '=1 9x:string']);
    assert.deepEqual(service(text, 'Condition'), ['ConditionPathExists:property.defaultLibrary', '|!:operator', '/etc/x:string']);
  });

  it('puts tokens of a continued value on the line they are written on', () => {
    const text = '[Service]\nExecStart=/bin/app \\\n  --name %n \\\n# a comment\n  --yes\n';
    assert.deepEqual(describeTokens(tokens('file:///x.service', text)), ['Service:namespace.defaultLibrary', 'ExecStart:property.defaultLibrary',
      '/bin/app:function', '--name:string', '%n:macro', '--yes:string']);
    const macro = tokens('file:///x.service', text).find((t) => t.type === 'macro');
    assert.deepEqual([macro?.line, macro?.character], [2, 9]);
  });

  it('answers a range with the tokens of its lines only', () => {
    const text = '[Unit]\nDescription=x\n[Service]\nType=simple\nRestart=always\n';
    const found = tokens('file:///x.service', text, { start: { line: 3, character: 0 }, end: { line: 3, character: 5 } });
    assert.deepEqual(describeTokens(found), ['Type:property.defaultLibrary', 'simple:enumMember']);
  });
});

describe('semantic tokens: supervisor', () => {
  const conf = (text: string, marker: string) => line('file:///etc/supervisor/supervisord.conf', text, marker);

  it('names the section type and declares the program', () => {
    const text = '[program:web]\ncommand=/usr/bin/web --port 80\n[group:app]\nprograms=web,worker\n';
    assert.deepEqual(conf(text, 'program:web'), ['program:namespace.defaultLibrary', 'web:class.declaration']);
    assert.deepEqual(conf(text, 'command'), ['command:property.defaultLibrary', '/usr/bin/web:function', '--port 80:string']);
    assert.deepEqual(conf(text, 'programs'), ['programs:property.defaultLibrary', 'web:class', ',:string', 'worker:class']);
  });

  it('marks expansions the option replaces, and not the ones it refuses', () => {
    const text = '[program:web]\ncommand=/bin/web %(program_name)s %(ENV_HOME)s\n[supervisord]\nlogfile=%(here)s/%(program_name)s.log\n';
    assert.deepEqual(conf(text, 'command'), ['command:property.defaultLibrary', '/bin/web:function', '%(program_name)s:macro', '%(ENV_HOME)s:macro']);
    // [supervisord] has no program: supervisord refuses %(program_name)s there.
    assert.deepEqual(conf(text, 'logfile').slice(1), ['%(here)s:macro', '/%(program_name)s.log:string']);
  });

  it('colours booleans, enum words and numbers by the option, case-insensitively', () => {
    const text = '[program:web]\ncommand=/bin/web\nAutoStart=TRUE\nautorestart=unexpected\nstartsecs=10\nstdout_logfile_maxbytes=50MB\nstopsignal=TERM\nexitcodes=0,2\n';
    assert.deepEqual(conf(text, 'AutoStart'), ['AutoStart:property.defaultLibrary', 'TRUE:keyword']);
    assert.deepEqual(conf(text, 'autorestart'), ['autorestart:property.defaultLibrary', 'unexpected:enumMember']);
    assert.deepEqual(conf(text, 'startsecs'), ['startsecs:property.defaultLibrary', '10:number']);
    assert.deepEqual(conf(text, 'maxbytes'), ['stdout_logfile_maxbytes:property.defaultLibrary', '50MB:number']);
    assert.deepEqual(conf(text, 'stopsignal'), ['stopsignal:property.defaultLibrary', 'TERM:enumMember']);
    assert.deepEqual(conf(text, 'exitcodes'), ['exitcodes:property.defaultLibrary', '0:number', ',:string', '2:number']);
  });

  it('marks unknown options, and takes any key in sections that pass keys on', () => {
    const text = '[program:web]\ncommand=/bin/web\nautostrat=true\n[rpcinterface:supervisor]\nsupervisor.rpcinterface_factory=supervisor.rpcinterface:make_main_rpcinterface\nretries=1\n';
    assert.deepEqual(conf(text, 'autostrat'), ['autostrat:property.unknown', 'true:string']);
    assert.deepEqual(conf(text, 'retries').slice(0, 1), ['retries:property']);
  });

  it('marks the names environment= sets', () => {
    const text = '[program:web]\ncommand=/bin/web\nenvironment=A="1",B_2=x\n';
    assert.deepEqual(conf(text, 'environment'), ['environment:property.defaultLibrary', 'A:variable.declaration', '="1",:string',
      'B_2:variable.declaration', '=x:string']);
  });
});
