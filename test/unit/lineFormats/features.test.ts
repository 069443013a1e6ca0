// Completion, hover, outline and semantic tokens of the line formats, on strings with a `$0` cursor.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MarkupContent } from 'vscode-languageserver-types';
import { ManualLibrary } from '../../../server/src/features/manual/library';
import { withManual } from '../../../server/src/features/manual/manualHover';
import { english } from '../../../server/src/l10n/translator';
import { lineFormatOf } from '../../../server/src/lineFormats/registry';
import type { RulesWorkspaceStub } from './stub';
import { mark } from '../../helpers/markers';

const tmpfiles = lineFormatOf('tmpfiles.d')!;
const sysusers = lineFormatOf('sysusers.d')!;
const workspace: RulesWorkspaceStub = {
  readFile: (path) => (path === '/etc/passwd' ? 'root:x:0:0::/root:/bin/sh\nwww-data:x:33:33::/var/www:/usr/sbin/nologin\n' : path === '/etc/group' ? 'root:x:0:\nadm:x:4:\n' : undefined),
  glob: () => [],
};
const host = { version: 252, t: english, workspace };

function complete(format: typeof tmpfiles, source: string): string[] {
  const { text, cursor } = mark(source);
  return format.completion(text, cursor, host).map((i) => i.label);
}

function hover(format: typeof tmpfiles, source: string): string {
  const { text, cursor } = mark(source);
  return (format.hover(text, cursor, host)?.contents as MarkupContent | undefined)?.value ?? '';
}

describe('line format features', () => {
  it('completes per column', () => {
    assert.ok(complete(tmpfiles, 'd /a\n$0').includes('L'));
    assert.ok(!complete(tmpfiles, '$0').includes('%'));
    assert.deepEqual(complete(tmpfiles, 'f$0 /a').slice(0, 3), ['f!', 'f+', 'f-']);
    assert.ok(complete(tmpfiles, 'd /a $0').includes('0755'));
    assert.deepEqual(complete(tmpfiles, 'd /a 0755 $0'), ['-', 'root', 'root', 'www-data']);
    assert.deepEqual(complete(tmpfiles, 'd /a 0755 root $0'), ['-', 'root', 'adm', 'root']);
    assert.ok(complete(tmpfiles, 'd /a 0755 root root $0').includes('10d'));
    assert.ok(complete(tmpfiles, 'd /%$0').includes('t'));
    assert.deepEqual(complete(tmpfiles, '# d $0'), []);
    assert.deepEqual(complete(sysusers, '$0'), ['u', 'g', 'm', 'r']);
    assert.deepEqual(complete(sysusers, 'm app $0'), ['adm', 'root']);
    assert.ok(complete(sysusers, 'u app - - - $0').includes('/usr/sbin/nologin'));
  });

  it('hovers a type letter, its modifiers, a column and a specifier', () => {
    assert.match(hover(tmpfiles, 'L$0+ /a - - - - /b'), /symbolic link[\s\S]*Force[\s\S]*tmpfiles\.d\.html/);
    assert.match(hover(tmpfiles, 'd /a 07$055'), /^Mode:/);
    assert.match(hover(tmpfiles, 'd /a - - - aM$0:10d'), /access time \(files\)[\s\S]*modification time \(directories\)/);
    assert.match(hover(tmpfiles, 'd /run/%$0t/x'), /runtime directory/);
    assert.match(hover(tmpfiles, 'c /dev/x - - - - 1$00:1'), /MAJOR:MINOR/);
    assert.match(hover(sysusers, 'u app 1$000'), /^ID:[\s\S]*UID:GID/);
    assert.match(hover(sysusers, '$0m app adm'), /group in the ID column/);
  });

  it('lists one symbol per line', () => {
    assert.deepEqual(tmpfiles.symbols('# c\nd /run/a\n\nL+ /etc/b - - - - /c\n').map((s) => [s.name, s.range.start.line]), [['d /run/a', 1], ['L+ /etc/b', 3]]);
    assert.deepEqual(sysusers.symbols('u app -\nr - 500-900\nm app adm\n').map((s) => s.name), ['u app', 'r 500-900', 'm app']);
  });

  it('colours the columns', () => {
    const tokens = tmpfiles.tokens('d! /run/%t/x 0755 root - 10d').map((t) => `${t.character}+${t.length}:${t.type}`);
    assert.deepEqual(tokens, ['0+1:keyword', '1+1:operator', '3+5:string', '8+2:macro', '10+2:string', '13+4:number', '18+4:variable', '25+3:number']);
    assert.deepEqual(sysusers.tokens('u app 990 "App"').map((t) => `${t.type}${t.modifiers.length ? '.' + t.modifiers.join('.') : ''}`), ['keyword', 'variable.declaration', 'number', 'string']);
  });
});

describe('the host manual under a type letter', () => {
  // A page of our own in the shape of systemd's: a term line naming the letters, an indented body.
  const ROFF = [
    '.TH "TMPFILES\\&.D" "5" "" "systemd 252" "tmpfiles.d"', '.SH "CONFIGURATION FILE FORMAT"', '.SS "Type"',
    '.PP', '\\fId\\fR', '.RS 4', 'Makes the folder, our words here\\&.', '.RE',
    '.PP', '\\fIf\\fR, \\fIf+\\fR', '.RS 4', 'Makes the file, our words here\\&.', '.RE',
  ].join('\n');
  const source = { read: async (name: string) => (name === 'tmpfiles.d' ? { text: ROFF, path: `/man/${name}.5` } : undefined) };

  it('appends the entry for the letter once the page is loaded, and nothing where the host has no page', async () => {
    const library = new ManualLibrary(source);
    const { text, cursor } = mark('f$0+ /run/a');
    const hovered = await withManual(library, (m) => tmpfiles.hover(text, cursor, host, m), 5000);
    const value = (hovered?.contents as MarkupContent).value;
    assert.match(value, /From the systemd 252 manual on this machine: \[tmpfiles\.d\(5\)\]/);
    assert.match(value, /Makes the file, our words here\./);
    assert.doesNotMatch(value, /Makes the folder/);
    const none = await withManual(library, (m) => sysusers.hover('u app', { line: 0, character: 0 }, host, m), 5000);
    assert.doesNotMatch((none?.contents as MarkupContent).value, /manual on this machine/);
  });
});
