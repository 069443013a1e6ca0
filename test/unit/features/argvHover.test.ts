// Hover on a command line shows the argv the program receives, as systemd and supervisord build it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../../server/src/analysis';
import { hover } from '../../../server/src/features/hover';
import { posixShlexSplit } from '../../../server/src/values/supervisor/posixShlex';
import { execWords } from '../../../server/src/features/commandLine/execWords';
import { translatorFor } from '../../../server/src/l10n/translator';

function hoverText(uri: string, text: string, line: number, character: number, version: number | string, locale: 'en' | 'zh-cn' = 'en'): string {
  const analyzed = analyze(uri, 1, text);
  assert.ok(analyzed);
  const found = hover(analyzed, { line, character }, version, undefined, {}, translatorFor(locale));
  assert.ok(found, 'a hover');
  return (found.contents as { value: string }).value;
}

describe('argv hover', () => {
  const unit = '[Service]\nEnvironment="PORT=8080" OPTS="-v -x"\nExecStart=-/usr/bin/web --port ${PORT} $OPTS "a b" --unit %n $NOPE | tee /tmp/log\n';

  it('shows systemd\'s argv with variables, specifiers and quotes resolved', () => {
    const text = hoverText('file:///etc/systemd/system/web.service', unit, 2, 14, 252);
    assert.match(text, /What systemd runs/);
    assert.match(text, /\| 0 \| `\/usr\/bin\/web` \|/);
    assert.match(text, /\| 2 \| `8080` \|/);
    assert.match(text, /\| 3 \| `-v` \|\n\| 4 \| `-x` \|/);
    assert.match(text, /\| 5 \| `a b` \|/);
    assert.match(text, /\| 7 \| `web.service` \|/);
    assert.match(text, /`\$NOPE` is not set in this file/);
    assert.match(text, /`\|` reaches the program as plain arguments/);
  });

  it('says nothing of shell syntax when a shell runs the command', () => {
    const text = hoverText('file:///etc/systemd/system/web.service', '[Service]\nExecStart=/bin/sh -c "web | tee /tmp/log"\n', 1, 14, 252);
    assert.doesNotMatch(text, /plain arguments/);
    assert.match(text, /\| 2 \| `web \\\| tee \/tmp\/log` \|/);
  });

  it('shows each supervisor process with its own process_num, in Chinese when asked', () => {
    const conf = '[program:web]\ncommand=/usr/bin/web --port 80%(process_num)02d\nnumprocs=2\nprocess_name=%(program_name)s_%(process_num)s\n';
    const text = hoverText('file:///etc/supervisor/conf.d/web.conf', conf, 1, 12, '4.2.5', 'zh-cn');
    assert.match(text, /supervisord 实际运行的命令/);
    assert.match(text, /`8000`/);
    assert.match(text, /`8001`/);
  });
});

describe('command splitting', () => {
  it('splits like Python shlex.split', () => {
    assert.deepEqual(posixShlexSplit('a "b \\" c" \'d\\\' e\\ f').words.map((w) => w.text), ['a', 'b " c', 'd\\', 'e f']);
    assert.equal(posixShlexSplit('a "b').error, 'No closing quotation');
    assert.equal(posixShlexSplit('a \\').error, 'No escaped character');
  });

  it('reads C escapes as systemd does', () => {
    assert.deepEqual(execWords('a\\tb "x\\x41y" \\101 \\s').map((w) => w.text), ['a\tb', 'xAy', 'A', ' ']);
  });
});
