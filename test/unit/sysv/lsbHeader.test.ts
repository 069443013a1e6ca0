// The LSB header reader and the checks on it: each code on the line that causes it, and none on a
// header written the way Debian writes them.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { initScriptOf } from '../../../server/src/sysv/initScript';
import { sysvDiagnostics } from '../../../server/src/sysv/lsbDiagnostics';
import { parseLsbHeader } from '../../../server/src/sysv/lsbHeader';
import { mark } from '../../helpers/markers';

const GOOD = `#!/bin/sh
### BEGIN INIT INFO
# Provides:          web
# Required-Start:    $remote_fs $syslog $network
# Required-Stop:     $remote_fs $syslog
# Should-Start:      $named
# Default-Start:     2 3 4 5
# Default-Stop:      0 1 6
# Short-Description: Web server
# Description:       A small web server
#                    serving static files.
# X-Interactive:     true
### END INIT INFO
echo hi
`;

function codesOf(path: string, text: string): string[] {
  const script = initScriptOf(`file://${path}`, text);
  assert.ok(script, 'recognised');
  return sysvDiagnostics(script).map((d) => String(d.code));
}

/** The diagnostics with a code, and their ranges, for a marked text. */
function found(path: string, source: string, code: string) {
  const { text, ranges } = mark(source);
  const script = initScriptOf(`file://${path}`, text);
  assert.ok(script);
  return { ranges, diagnostics: sysvDiagnostics(script).filter((d) => d.code === code) };
}

describe('LSB header reader', () => {
  it('reads keywords, words with their columns, and Description continuation lines', () => {
    const header = parseLsbHeader(GOOD);
    assert.ok(header);
    assert.equal(header.beginLine, 1);
    assert.equal(header.endLine, 12);
    assert.deepEqual(header.entries.map((e) => e.keyword), ['Provides', 'Required-Start', 'Required-Stop', 'Should-Start', 'Default-Start', 'Default-Stop', 'Short-Description', 'Description', 'X-Interactive']);
    const required = header.entries[1];
    assert.deepEqual(required.words.map((w) => w.text), ['$remote_fs', '$syslog', '$network']);
    assert.deepEqual(required.words[0].range, { start: { line: 3, character: 21 }, end: { line: 3, character: 31 } });
    assert.deepEqual(header.entries[7].more, ['serving static files.']);
    assert.deepEqual(header.problems, []);
  });

  it('finds no header in a script without one, and never throws on odd text', () => {
    assert.equal(parseLsbHeader('#!/bin/sh\necho\n'), undefined);
    for (const text of ['### BEGIN INIT INFO', '### BEGIN INIT INFO\r\n#\r\n', '\u0000### BEGIN INIT INFO\n# :\n#:x\n', '### BEGIN INIT INFO\n' + '# Provides: x\n'.repeat(2000)]) {
      assert.doesNotThrow(() => parseLsbHeader(text));
    }
  });
});

describe('init script recognition', () => {
  it('takes any file of an init.d folder, and elsewhere a file with an LSB header', () => {
    assert.ok(initScriptOf('file:///etc/init.d/web', 'echo'));
    assert.equal(initScriptOf('file:///etc/init.d/web', 'echo')?.header, undefined);
    assert.equal(initScriptOf('file:///srv/app/run.sh', '#!/bin/sh\necho\n'), undefined);
    assert.equal(initScriptOf('file:///srv/app/web.sh', GOOD)?.name, 'web');
    assert.equal(initScriptOf('file:///src/pkg/debian/web.init', GOOD)?.name, 'web');
  });
});

describe('LSB header checks', () => {
  it('finds nothing wrong with a header written as Debian writes them', () => {
    assert.deepEqual(codesOf('/etc/init.d/web', GOOD), []);
  });

  it('says a script of init.d without a header gets no ordering', () => {
    assert.deepEqual(codesOf('/etc/init.d/web', '#!/bin/sh\necho\n'), ['sysv/no-lsb-header']);
  });

  it('asks for the keywords Debian expects, and gives Short-Description a softer note', () => {
    const codes = codesOf('/etc/init.d/web', '### BEGIN INIT INFO\n# Provides: web\n### END INIT INFO\n');
    assert.deepEqual(codes.filter((c) => c === 'sysv/missing-keyword').length, 4);
    assert.ok(codes.includes('sysv/missing-short-description'));
  });

  it('marks an unknown keyword and offers the one meant', () => {
    const { ranges, diagnostics } = found('/etc/init.d/web', GOOD.replace('# Should-Start:', '# <<Shuold-Start>>:'), 'sysv/unknown-keyword');
    assert.equal(diagnostics.length, 1);
    assert.deepEqual(diagnostics[0].range, ranges[0]);
    const fixes = (diagnostics[0].data as { fixes: { edits: { newText: string }[] }[] }).fixes;
    assert.equal(fixes[0].edits[0].newText, 'Should-Start');
    assert.deepEqual(codesOf('/etc/init.d/web', GOOD.replace('# X-Interactive', '# X-Anything')), [], 'X- extensions are allowed');
  });

  it('checks runlevels: not a runlevel, starting in halt or reboot, started and stopped in the same one', () => {
    const bad = found('/etc/init.d/web', GOOD.replace('2 3 4 5', '2 3 4 <<7>>'), 'sysv/bad-runlevel');
    assert.deepEqual(bad.diagnostics.map((d) => d.range), bad.ranges);
    assert.equal(bad.diagnostics[0].severity, 1);
    const halt = found('/etc/init.d/web', GOOD.replace('2 3 4 5', '2 3 4 5 <<6>>'), 'sysv/start-in-halt-runlevel');
    assert.deepEqual(halt.diagnostics.map((d) => d.range), halt.ranges);
    const overlap = found('/etc/init.d/web', GOOD.replace('0 1 6', '0 1 <<5>> 6'), 'sysv/start-stop-overlap');
    assert.deepEqual(overlap.diagnostics.map((d) => d.range), overlap.ranges);
    assert.deepEqual(codesOf('/etc/init.d/web', GOOD.replace('2 3 4 5', 's')), [], 'S in either case');
  });

  it('checks facilities: unknown ones, $all, and script names that stand for a facility', () => {
    const unknown = found('/etc/init.d/web', GOOD.replace('$syslog $network', '$syslog <<$netwrok>>'), 'sysv/unknown-facility');
    assert.deepEqual(unknown.diagnostics.map((d) => d.range), unknown.ranges);
    assert.match(String(unknown.diagnostics[0].message), /netwrok\.target/);
    assert.equal(found('/etc/init.d/web', GOOD.replace('$named', '$all'), 'sysv/all-facility').diagnostics.length, 1);
    const script = found('/etc/init.d/web', GOOD.replace('$named', '<<rsyslog>>'), 'sysv/script-for-facility');
    assert.deepEqual(script.diagnostics.map((d) => d.range), script.ranges);
    assert.equal((script.diagnostics[0].data as { fixes: { edits: { newText: string }[] }[] }).fixes[0].edits[0].newText, '$syslog');
    assert.deepEqual(codesOf('/etc/init.d/web', GOOD.replace('$named', '$x-display-manager otherd')), [], 'Debian facilities and other scripts');
  });

  it('wants Provides to name the script, which is the file name without .sh', () => {
    assert.deepEqual(codesOf('/etc/init.d/web.sh', GOOD), []);
    assert.deepEqual(codesOf('/etc/init.d/www', GOOD), ['sysv/provides-other-name']);
  });

  it('reports lines that are not header lines, an unterminated header, a keyword given twice', () => {
    assert.deepEqual(codesOf('/etc/init.d/web', GOOD.replace('# X-Interactive:     true', '# stray text')), ['sysv/bad-header-line']);
    assert.deepEqual(codesOf('/etc/init.d/web', GOOD.replace('### END INIT INFO\n', '')), ['sysv/unterminated-header']);
    assert.deepEqual(codesOf('/etc/init.d/web', GOOD.replace('# X-Interactive:     true', '# Provides: web')), ['sysv/duplicate-keyword']);
    assert.deepEqual(codesOf('/etc/init.d/web', GOOD.replace('# X-Interactive:     true', '# X-Interactive: yes')), ['sysv/bad-interactive']);
  });

  it('links each diagnostic to its entry in docs/rules.md', () => {
    const script = initScriptOf('file:///etc/init.d/www', GOOD);
    assert.ok(script);
    for (const d of sysvDiagnostics(script)) assert.match(String(d.codeDescription?.href), /rules\.md#sysv-/);
  });
});
