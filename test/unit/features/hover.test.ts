import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MarkupContent } from 'vscode-languageserver-types';
import { hover } from '../../../server/src/features/hover';
import { analyzeMarked } from '../../helpers/analyzeText';

function hoverAt(uri: string, source: string) {
  const { analyzed, marked } = analyzeMarked(uri, source);
  const result = hover(analyzed, marked.cursor, 252);
  return { text: result ? (result.contents as MarkupContent).value : '', range: result?.range, expected: marked.ranges[0] };
}

describe('hover', () => {
  it('shows a directive with its value table and manual link', () => {
    const { text, range, expected } = hoverAt('file:///x.service', '[Service]\n<<Ty$0pe>>=forking\n');
    assert.deepEqual(range, expected);
    for (const value of ['simple', 'exec', 'forking', 'oneshot', 'dbus', 'notify', 'idle']) assert.match(text, new RegExp(`\\| \`${value}\` \\|`));
    assert.match(text, /\[Manual\]\(https:\/\/www\.freedesktop\.org\/software\/systemd\/man\/[^)]*#Type=\)/);
  });

  it('explains the value under the cursor', () => {
    const { text, range, expected } = hoverAt('file:///x.service', '[Service]\nKillMode=<<mi$0xed>>\n');
    assert.deepEqual(range, expected);
    assert.match(text, /^\*\*KillMode=mixed\*\*/);
  });

  it('explains a section header', () => {
    const { text } = hoverAt('file:///x.service', '[Ser$0vice]\n');
    assert.match(text, /\*\*\[Service\]\*\*/);
  });

  it('shows supervisor option type and default', () => {
    const { text } = hoverAt('file:///etc/supervisor/conf.d/a.conf', '[program:a]\nstart$0secs=1\n');
    assert.match(text, /\*\*startsecs=\*\*/);
    assert.match(text, /Default: `1`/);
  });

  it('says May be repeated only for directives systemd reads as a list', () => {
    assert.doesNotMatch(hoverAt('file:///x@.service', '[Install]\nDefault$0Instance=a\n').text, /May be repeated/);
    assert.doesNotMatch(hoverAt('file:///x.socket', '[Socket]\nFileDescriptor$0Name=a\n').text, /May be repeated/);
    assert.match(hoverAt('file:///x@.service', '[Install]\nWanted$0By=a.target\n').text, /May be repeated/);
  });

  it('FailureAction= is deprecated only in [Service], and there it is to be moved, not replaced by itself', () => {
    const unit = hoverAt('file:///x.service', '[Unit]\nFailure$0Action=reboot\n').text;
    assert.doesNotMatch(unit, /Deprecated|instead/);
    const service = hoverAt('file:///x.service', '[Service]\nFailure$0Action=reboot\n').text;
    assert.match(service, /\*\*Deprecated\*\* · Move it to \\\[Unit\\\]/);
    assert.doesNotMatch(service, /Use `FailureAction`/);
    assert.match(hoverAt('file:///x.service', '[Service]\nStartLimit$0Interval=1\n').text, /Use `StartLimitIntervalSec` in \\\[Unit\\\] instead/);
  });

  it('returns nothing for unknown keys and blank lines', () => {
    assert.equal(hoverAt('file:///x.service', '[Service]\nBo$0gus=1\n').text, '');
    assert.equal(hoverAt('file:///x.service', '[Service]\n$0\n').text, '');
  });
});
