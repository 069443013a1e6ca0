// The command layer's config reader against the rules of supervisor's own parser, with supervisor's
// UnhosedConfigParser (Debian's python3-supervisor) as the oracle when it is installed.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { test } from 'node:test';
import { getValue, readSupervisorIni } from '../../../client/src/supervisor';

const SAMPLES: string[] = [
  [
    '; full-line comment',
    '# another',
    '[program:web.1] ; a comment after the header',
    'command=/bin/sh -c "echo a;b" ; cut here',
    'Directory : /srv/app # cut too',
    'environment=A="x#y",B="1;2"',
    'url=http://h/p?a=1&b=2#frag',
    '',
    '[include]',
    'files = conf.d/*.conf',
    '   more/*.ini',
    '',
    '   ; comment inside a value is dropped',
    '   last.conf',
    '',
    '[DEFAULT]',
    'shared=yes',
    '[supervisorctl]',
    'serverurl=unix://%(here)s/s.sock',
    '[program:web.1]',
    'autostart=false',
  ].join('\n'),
  '[a]\nk=v\n  continued\n\n\n[b]\nx=1=2\ny:3:4\n[a]\nk2=second\n',
  '[program:x;y]\ncommand=cat;ls\n[ spaced ]\n key = v \n',
];

test('comments, delimiters, continuations and names follow configparser', () => {
  const f = readSupervisorIni(SAMPLES[0] as string);
  assert.deepEqual([...f.sections.keys()], ['program:web.1', 'include', 'supervisorctl']);
  assert.equal(getValue(f, 'program:web.1', 'command'), '/bin/sh -c "echo a;b"');
  assert.equal(getValue(f, 'program:web.1', 'directory'), '/srv/app');
  assert.equal(getValue(f, 'program:web.1', 'environment'), 'A="x#y",B="1;2"');
  assert.equal(getValue(f, 'program:web.1', 'url'), 'http://h/p?a=1&b=2#frag');
  assert.equal(getValue(f, 'program:web.1', 'autostart'), 'false', 'a repeated header merges');
  assert.equal(getValue(f, 'program:web.1', 'shared'), 'yes', '[DEFAULT] applies to every section');
  assert.equal(getValue(f, 'include', 'files'), 'conf.d/*.conf\nmore/*.ini\n\nlast.conf');
  assert.deepEqual(f.errors, []);
});

test('lines outside a section and lines without a delimiter are errors, not exceptions', () => {
  const f = readSupervisorIni('k=v\n[a]\njust words\n');
  assert.equal(f.errors.length, 2);
});

const PY = '/usr/bin/python3';
const ORACLE = `
import json, sys
from supervisor.options import UnhosedConfigParser
p = UnhosedConfigParser()
p.read_string(sys.stdin.read())
print(json.dumps({s: dict(p.items(s)) for s in p.sections()}))
`;

test('agrees with supervisor UnhosedConfigParser on the samples', (t) => {
  let hasOracle = fs.existsSync(PY);
  if (hasOracle) {
    try {
      execFileSync(PY, ['-c', 'import supervisor.options'], { stdio: 'ignore' });
    } catch {
      hasOracle = false;
    }
  }
  if (!hasOracle) {
    if (process.env.CI === 'true') throw new Error('CI=true and python3-supervisor is not installed');
    t.skip('python3 with the supervisor module not installed (Debian package "supervisor")');
    return;
  }
  for (const sample of SAMPLES) {
    const expected = JSON.parse(execFileSync(PY, ['-c', ORACLE], { input: sample, encoding: 'utf8' })) as Record<string, Record<string, string>>;
    const f = readSupervisorIni(sample);
    const ours: Record<string, Record<string, string>> = {};
    for (const name of f.sections.keys()) {
      const values: Record<string, string> = Object.fromEntries(f.defaults);
      for (const [k, v] of f.sections.get(name)?.values ?? []) values[k] = v;
      ours[name] = values;
    }
    assert.deepEqual(ours, expected, sample);
  }
});

test('why the command layer does not read configs with the ini package: it misreads supervisor files', async () => {
  const ini = await import('ini');
  const text = '[program:web.1]\ncommand=/bin/sh -c "a;b"\ndirectory: /srv\n[supervisorctl] ; note\nserverurl=unix:///tmp/s.sock\n';
  const theirs = ini.parse(text) as Record<string, unknown>;
  assert.equal(theirs['program:web.1'], undefined, 'ini nests [program:web.1] at the dot');
  const ours = readSupervisorIni(text);
  assert.equal(getValue(ours, 'program:web.1', 'command'), '/bin/sh -c "a;b"');
  assert.equal(getValue(ours, 'program:web.1', 'directory'), '/srv');
  assert.equal(getValue(ours, 'supervisorctl', 'serverurl'), 'unix:///tmp/s.sock');
  assert.equal((ini.parse('[a]\ncommand=x;y\n') as { a: { command: string } }).a.command, 'x', 'ini cuts at a ; without whitespace before it');
});
