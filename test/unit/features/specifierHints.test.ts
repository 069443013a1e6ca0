import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { InlayHint } from 'vscode-languageserver-types';
import { inlayHints } from '../../../server/src/features/inlayHints';
import { analyzeMarked } from '../../helpers/analyzeText';

const ALL = { start: { line: 0, character: 0 }, end: { line: 1000, character: 0 } };
function hintsOf(uri: string, source: string, settings = { timeSpanHints: true, specifierHints: true }) {
  const { analyzed, marked } = analyzeMarked(uri, source);
  const hints = inlayHints(analyzed, ALL, { settings, version: 252, workspace: undefined });
  return { hints, marked, labels: hints.map((h: InlayHint) => h.label) };
}

describe('specifier inlay hints', () => {
  it('show each file-decided specifier right after it, in document order', () => {
    const { hints, marked, labels } = hintsOf('file:///etc/systemd/system/getty@tty1.service',
      '[Unit]\nDescription=Getty on %I<<>> (%n<<>>)\n[Service]\nExecStart=-/sbin/agetty %i<<>> --runtime %t/x\nRestartSec=90<<>>\n');
    assert.deepEqual(labels, ['= tty1', '= getty@tty1.service', '= tty1', '= 1min 30s']);
    assert.deepEqual(hints.map((h) => h.position), marked.ranges.map((r) => r.start));
  });

  it('say nothing where the value is not known or systemd does not expand', () => {
    const { labels } = hintsOf('file:///w/getty@.service', '[Unit]\nDescription=%i on %H %p\nDocumentation=man:%n\n[Install]\nWantedBy=%I.target\n');
    assert.deepEqual(labels, ['= getty']);
  });

  it('leave unit names to the letters systemd expands there', () => {
    const { labels } = hintsOf('file:///w/a@b.service', '[Unit]\nAfter=%i.service %I.service\n');
    assert.deepEqual(labels, ['= b']);
  });

  it('show supervisor expansions with the values of their section', () => {
    const { labels } = hintsOf('file:///etc/supervisor/conf.d/web.conf',
      '[program:web]\ncommand=/usr/bin/web --name %(program_name)s --n %(process_num)02d --h %(host_node_name)s\nnumprocs=3\nnumprocs_start=1\nprocess_name=%(program_name)s_%(process_num)s\ndirectory=%(here)s\n');
    assert.deepEqual(labels, ['= web', '= 01, 02, 03', '= web', '= 1, 2, 3', '= /etc/supervisor/conf.d']);
  });

  it('each kind follows its own setting', () => {
    const source = '[Service]\nRestartSec=90\nExecStart=/bin/x %n\n';
    assert.deepEqual(hintsOf('file:///w/a.service', source, { timeSpanHints: false, specifierHints: true }).labels, ['= a.service']);
    assert.deepEqual(hintsOf('file:///w/a.service', source, { timeSpanHints: true, specifierHints: false }).labels, ['= 1min 30s']);
  });
});
