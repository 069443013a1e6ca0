// Nothing of the init script support throws, whatever the text: seeded random mutations of a real
// header and script, through recognition, checks, hover, completion and conversion at every position.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { english, translatorFor } from '../../../server/src/l10n/translator';
import { convertInitScript, initScriptOf, sysvCompletion, sysvDiagnostics, sysvHover } from '../../../server/src/sysv';

const BASE = `#!/bin/sh
### BEGIN INIT INFO
# Provides:          web $web
# Required-Start:    $remote_fs $all db
# Default-Start:     2 3 4 5 S
# Default-Stop:      0 1 6
# Description:       one
#\ttwo
### END INIT INFO
NAME=web; DAEMON=/usr/sbin/$NAME
[ -r /etc/default/$NAME ] && . /etc/default/$NAME
start-stop-daemon --start -b -m --pidfile /run/$NAME.pid --chuid a:b --exec $DAEMON -- "\${A:-x y}" $B '$C' \\
  --x=\${D} \`e\` $(f) || exit 1
start_daemon -p /run/x.pid /bin/y "$@"
echo "Usage: $0 {start|stop|reload}"
`;
const PIECES = ['#', ' ', '\t', ':', '$', '"', "'", '\\', '\n', '\r\n', '{', '}', '--', '-', '`', '(', ')', 'start-stop-daemon', '### END INIT INFO', '### BEGIN INIT INFO', '\u0000', '\ud83d', '%'];

function prng(seed: number) {
  let s = seed >>> 0;
  return (n: number) => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s % n;
  };
}

describe('init script support on hostile text', () => {
  it('never throws on 2,000 mutated scripts', () => {
    const next = prng(17);
    const zh = translatorFor('zh-cn');
    for (let round = 0; round < 2000; round++) {
      let text = BASE;
      for (let k = 0; k < 1 + next(6); k++) {
        const at = next(text.length + 1);
        const cut = next(4);
        text = text.slice(0, at) + (next(3) ? PIECES[next(PIECES.length)] : '') + text.slice(at + cut);
      }
      const script = initScriptOf(`file:///etc/init.d/w${round % 7 ? '' : '%b'}`, text);
      assert.ok(script);
      sysvDiagnostics(script);
      convertInitScript(script, round % 2 ? english : zh);
      const lines = text.split(/\r?\n|\r/);
      for (let line = 0; line < Math.min(lines.length, 12); line++) {
        const position = { line, character: next(lines[line].length + 2) };
        sysvHover(script, position, english);
        sysvCompletion(script, position, zh);
      }
    }
  });
});
