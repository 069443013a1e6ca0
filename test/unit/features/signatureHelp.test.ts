import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MarkupContent, ParameterInformation } from 'vscode-languageserver-types';
import { signatureHelp } from '../../../server/src/features/signatureHelp';
import { analyzeMarked } from '../../helpers/analyzeText';

function helpAt(uri: string, source: string) {
  const { analyzed, marked } = analyzeMarked(uri, source);
  const help = signatureHelp(analyzed, marked.cursor);
  if (!help) return undefined;
  const [signature] = help.signatures;
  const [start, end] = (signature.parameters?.[help.activeParameter ?? 0] as ParameterInformation).label as [number, number];
  return { active: signature.label.slice(start, end), label: signature.label, doc: (signature.documentation as MarkupContent).value };
}
const unit = (source: string) => helpAt('file:///w/a.service', source);
const program = (source: string) => helpAt('file:///etc/supervisor/conf.d/a.conf', source);

describe('signature help for command lines', () => {
  it('follows the part of an Exec line being typed', () => {
    assert.equal(unit('[Service]\nExecStart=$0\n')?.active, '[PREFIXES]');
    assert.equal(unit('[Service]\nExecStart=-!$0\n')?.active, '[PREFIXES]');
    assert.equal(unit('[Service]\nExecStart=-/usr/bin/$0\n')?.active, 'PROGRAM');
    const arg = unit('[Service]\nExecStart=-/usr/bin/web --port 80$0\n');
    assert.equal(arg?.active, '[ARGUMENT…]');
    assert.match(arg?.doc ?? '', /The cursor is on `argv\[2\]` of `\/usr\/bin\/web`\./);
  });

  it('with @ the second word is argv[0], and a lone ; starts the next command', () => {
    const named = unit('[Service]\nExecStart=@/usr/bin/web web-eu $0\n');
    assert.equal(named?.label, '[PREFIXES]PROGRAM ARGV0 [ARGUMENT…]');
    assert.match(named?.doc ?? '', /`argv\[1\]`/);
    assert.equal(unit('[Service]\nExecStart=@/usr/bin/web we$0b-eu\n')?.active, 'ARGV0');
    const second = unit('[Service]\nExecStartPre=/bin/true ; /bin/echo $0\n');
    assert.match(second?.doc ?? '', /Command 2 of 2/);
    assert.match(second?.doc ?? '', /`argv\[1\]` of `\/bin\/echo`/);
  });

  it('supervisor command= counts arguments, trailing blanks included', () => {
    assert.equal(program('[program:a]\ncommand=/usr/bin/a$0\n')?.active, 'PROGRAM');
    const next = program('[program:a]\ncommand=/usr/bin/a "x y" $0\n');
    assert.equal(next?.active, '[ARGUMENT…]');
    assert.match(next?.doc ?? '', /`argv\[2\]`/);
  });

  it('offers nothing outside command lines', () => {
    assert.equal(unit('[Service]\nType=$0simple\n'), undefined);
    assert.equal(unit('[Service]\nExec$0Start=/bin/a\n'), undefined);
    assert.equal(program('[program:a]\ndirectory=/$0\n'), undefined);
  });
});
