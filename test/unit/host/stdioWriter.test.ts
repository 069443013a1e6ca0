// The stdio writer frames each message in one write that a standard LSP reader parses back.
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { describe, it } from 'node:test';
import { StreamMessageReader, type Message } from 'vscode-languageserver/node';
import { SingleWriteMessageWriter } from '../../../server/src/host/stdioWriter';

function capture() {
  const stream = new PassThrough();
  const writes: Buffer[] = [];
  const write = stream.write.bind(stream);
  stream.write = ((chunk: Buffer, ...rest: never[]) => {
    writes.push(Buffer.from(chunk));
    return write(chunk, ...rest);
  }) as typeof stream.write;
  return { stream, writes };
}

describe('SingleWriteMessageWriter', () => {
  it('writes header and body of each message at once, and a standard reader reads them back in order', async () => {
    const { stream, writes } = capture();
    const writer = new SingleWriteMessageWriter(stream);
    const messages: Message[] = [
      { jsonrpc: '2.0', id: 1, result: { contents: { kind: 'markdown', value: '**ExecStart=** 命令行 ✓' } } } as Message,
      { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///a.service', diagnostics: [] } } as Message,
      { jsonrpc: '2.0', id: 2, result: null } as Message,
    ];
    await Promise.all(messages.map((m) => writer.write(m)));
    assert.equal(writes.length, messages.length, 'one write per message');
    for (const chunk of writes) assert.match(chunk.toString('utf8'), /^Content-Length: \d+\r\n\r\n\{/);

    const read: Message[] = [];
    const reader = new StreamMessageReader(stream);
    await new Promise<void>((resolve) => reader.listen((m) => { read.push(m); if (read.length === messages.length) resolve(); }));
    assert.deepEqual(read, messages);
  });

  it('rejects, and reports, a message it cannot write once the stream has ended', async () => {
    const { stream } = capture();
    const writer = new SingleWriteMessageWriter(stream);
    const errors: Error[] = [];
    writer.onError(([error]) => errors.push(error));
    stream.end();
    await assert.rejects(writer.write({ jsonrpc: '2.0', id: 3, result: null } as Message));
    assert.ok(errors.length >= 1);
  });
});
