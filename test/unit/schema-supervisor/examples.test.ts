// Every supervisor option has an example in hover (Debian ships no manual for supervisor), and each is
// a value our checks accept in that section.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { supervisorSchema } from '../../../server/src/schema/supervisor';
import { diagnose } from '../../helpers/analyzeText';

// Options that only make sense together: the example of one is written next to the other.
const NUMBERED = 'process_name=%(program_name)s_%(process_num)s\n';
const LOGIN = 'username=u\npassword=p\n';
const HEADER: Readonly<Record<string, string>> = {
  program: `[program:web]\ncommand=/bin/true\n${NUMBERED}`, eventlistener: `[eventlistener:ev]\ncommand=/bin/true\nevents=TICK_5\n${NUMBERED}`,
  'fcgi-program': `[fcgi-program:fc]\ncommand=/bin/true\nsocket=unix:///tmp/fc.sock\n${NUMBERED}`, group: '[group:g]\nprograms=web\n',
  include: '[include]\n', supervisord: '[supervisord]\n', supervisorctl: '[supervisorctl]\n',
  unix_http_server: `[unix_http_server]\nfile=/tmp/s.sock\n${LOGIN}`, inet_http_server: `[inet_http_server]\nport=127.0.0.1:9001\n${LOGIN}`,
  'rpcinterface': '[rpcinterface:supervisor]\n', ctlplugin: '[ctlplugin:x]\n',
};

describe('supervisor option examples', () => {
  it('gives every option an example', () => {
    const missing = supervisorSchema.directives.filter((d) => d.example === undefined && !d.name.startsWith('<'))
      .map((d) => `${d.placements[0].section}/${d.name}`);
    assert.deepEqual(missing, []);
  });

  it('gives only values supervisor accepts there', () => {
    const refused: string[] = [];
    for (const d of supervisorSchema.directives) {
      for (const { section } of d.placements) {
        const header = HEADER[section];
        if (!header || d.example === undefined) continue;
        const lines = header.split('\n');
        const text = `${lines[0]}\n${d.name}=${d.example}\n${lines.slice(1).filter((l) => !l.startsWith(`${d.name}=`)).join('\n')}`;
        const problems = diagnose('/etc/supervisor/conf.d/x.conf', text).filter((p) => p.range.start.line === 1 && p.severity === 1);
        if (problems.length) refused.push(`[${section}] ${d.name}=${d.example}: ${problems.map((p) => p.message).join('; ')}`);
      }
    }
    assert.deepEqual(refused, []);
  });
});
