import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MarkupContent } from 'vscode-languageserver-types';
import { hover } from '../../../server/src/features/hover';
import type { HoverHostFacts } from '../../../server/src/features/valueHover';
import type { UnitFile } from '../../../server/src/host/unitCatalog';
import { analyzeMarked } from '../../helpers/analyzeText';

function hoverAt(uri: string, source: string, host: HoverHostFacts = {}, version = 252) {
  const { analyzed, marked } = analyzeMarked(uri, source);
  const result = hover(analyzed, marked.cursor, version, undefined, host);
  return { text: result ? (result.contents as MarkupContent).value : '', range: result?.range, expected: marked.ranges[0] };
}

/** A host with these unit files (path: text). */
function hostWith(files: Record<string, string>): HoverHostFacts {
  const units: UnitFile[] = Object.keys(files).map((path) => ({ name: path.slice(path.lastIndexOf('/') + 1), path, origin: path.startsWith('/w/') ? 'workspace' : 'host' }));
  return {
    units: { all: () => units, find: (name) => units.find((u) => u.name === name) },
    workspace: { readFile: (path) => files[path], glob: () => [] },
  };
}

describe('hover on a value', () => {
  it('gives a specifier its value in this file', () => {
    const { text, range, expected } = hoverAt('file:///etc/systemd/system/web@blue.service', '[Service]\nExecStart=/usr/bin/web --name <<%$0i>>\n');
    assert.deepEqual(range, expected);
    assert.match(text, /^\*\*%i\*\*: instance name\n\nIn this file: `blue`/);
    assert.match(hoverAt('file:///w/web.service', '[Service]\nExecStart=/usr/bin/web %$0n\n').text, /In this file: `web\.service`/);
    assert.match(hoverAt('file:///w/web.service', '[Service]\nRuntimeDirectory=%$0t\n').text, /For the system manager: `\/run`/);
    assert.match(hoverAt('file:///w/web@.service', '[Service]\nExecStart=/usr/bin/web %$0i\n').text, /Depends on the instance this template is started as/);
    assert.match(hoverAt('file:///w/web.service', '[Service]\nExecStart=/usr/bin/web %$0H\n').text, /Decided by the machine the unit runs on/);
  });

  it('gives a supervisor expansion its value in the section', () => {
    const { text, range, expected } = hoverAt('file:///etc/supervisor/conf.d/a.conf', '[program:api]\ncommand=/usr/bin/api --name <<%(program$0_name)s>>\n');
    assert.deepEqual(range, expected);
    assert.match(text, /In \[program:api\]: `api`/);
    assert.match(text, /supervisord replaces it/);
  });

  it('shows the Exec prefixes as a table, marking the ones written', () => {
    const { text, range, expected } = hoverAt('file:///w/a.service', '[Service]\nExecStart=<<-$0!!>>/usr/bin/a\n');
    assert.deepEqual(range, expected);
    assert.match(text, /\| Prefix \| Here \| Effect \|/);
    assert.match(text, /\| `-` \| ✓ \|/);
    assert.match(text, /\| `!!` \| ✓ \|/);
    assert.match(text, /\| `@` \| {2}\|/);
    // Past the prefixes the hover is the command's argv, not the prefix table.
    assert.doesNotMatch(hoverAt('file:///w/a.service', '[Service]\nExecStart=-/usr/bin/a$0 -x\n').text, /\| Prefix \|/);
  });

  it('explains the variables systemd sets and the ones Environment= sets', () => {
    const mainpid = hoverAt('file:///w/a.service', '[Service]\nExecReload=/bin/kill -HUP <<$MAIN$0PID>>\n');
    assert.deepEqual(mainpid.range, mainpid.expected);
    assert.match(mainpid.text, /\*\*\$MAINPID\*\*\n\nSet by systemd: The PID of the service's main process/);
    assert.match(mainpid.text, /split at blanks/);
    const own = hoverAt('file:///w/a.service', '[Service]\nEnvironment=PORT=8080\nExecStart=/usr/bin/a --port=<<${P$0ORT}>>\n');
    assert.deepEqual(own.range, own.expected);
    assert.match(own.text, /`Environment=` on line 2 sets it to `8080`/);
    assert.match(own.text, /stays one word/);
    assert.match(hoverAt('file:///w/a.service', '[Service]\nExecStart=/usr/bin/a $NO$0PE\n').text, /systemd does not set it/);
    // After `:` no variable is explained: the word reaches the program as written.
    assert.match(hoverAt('file:///w/a.service', '[Service]\nExecStart=:/usr/bin/a $MAIN$0PID\n').text, /\| 1 \| `\$MAINPID` \|/);
    assert.match(hoverAt('file:///w/a.service', '[Service]\nExecStart=/usr/bin/a $FD$0STORE\n', {}, 252).text, /systemd sets it since 254; the target is 252/);
  });

  it('normalises time spans and sizes', () => {
    const span = hoverAt('file:///w/a.service', '[Service]\nRestartSec=<<9$00>>\n');
    assert.deepEqual(span.range, span.expected);
    assert.match(span.text, /systemd reads it as `1min 30s` \(90,000,000 µs\)\. A number without a unit counts seconds\./);
    assert.match(hoverAt('file:///w/a.service', '[Service]\nMemoryMax=1.5$0G\n').text, /1,610,612,736 bytes \(1\.5 GiB\)/);
    assert.match(hoverAt('file:///w/a.service', '[Service]\nTimeoutStopSec=infin$0ity\n').text, /^\*\*TimeoutStopSec=infinity\*\*\n\nNo limit/);
  });

  it('shows a unit\'s description and file, the instance filled in', () => {
    const host = hostWith({ '/w/db.service': '[Unit]\nDescription=The database\n', '/lib/systemd/system/getty@.service': '[Unit]\nDescription=Getty on %I\n' });
    const db = hoverAt('file:///w/web.service', '[Unit]\nAfter=network.target <<d$0b.service>>\n', host);
    assert.deepEqual(db.range, db.expected);
    assert.equal(db.text, '**db.service**\n\nThe database\n\nIn the workspace: `/w/db.service`');
    assert.match(hoverAt('file:///w/web.service', '[Unit]\nWants=getty@tt$0y1.service\n', host).text, /Getty on tty1\n\nOn this machine: `\/lib\/systemd\/system\/getty@\.service`/);
    assert.match(hoverAt('file:///w/web.service', '[Unit]\nAfter=network$0.target\n', host).text, /A special unit of systemd/);
    assert.equal(hoverAt('file:///w/web.service', '[Unit]\nAfter=nowh$0ere.service\n', host).text, '');
  });

  it('still explains an enum word', () => {
    assert.match(hoverAt('file:///w/a.service', '[Service]\nType=no$0tify\n').text, /^\*\*Type=notify\*\*/);
  });
});
