// Messages to an LSP client over stdio, each in one write. vscode-jsonrpc's stream writer writes a
// message's header, waits for that write to complete, then writes its body: two pipe writes, the
// client woken twice and a turn of the event loop between them for every answer. A CPU profile of
// 6,000 hovers put those writes at about half of a small answer's round trip. Here the header and
// the body go out as one buffer. VS Code talks over node's IPC channel and is not concerned.
import { AbstractMessageWriter, type Message, type MessageWriter } from 'vscode-languageserver/node';

export class SingleWriteMessageWriter extends AbstractMessageWriter implements MessageWriter {
  private errors = 0;

  constructor(private readonly stream: NodeJS.WritableStream) {
    super();
    stream.on('error', (error: Error) => this.fireError(error));
    stream.on('close', () => this.fireClose());
  }

  write(message: Message): Promise<void> {
    let frame: Buffer;
    try {
      const json = JSON.stringify(message);
      const length = Buffer.byteLength(json, 'utf8');
      const header = `Content-Length: ${length}\r\n\r\n`;
      frame = Buffer.allocUnsafe(header.length + length);
      frame.write(header, 0, 'ascii');
      frame.write(json, header.length, 'utf8');
    } catch (error) {
      this.fireError(error as Error, message, ++this.errors);
      return Promise.reject(error);
    }
    return new Promise((resolve, reject) => {
      this.stream.write(frame, (error?: Error | null) => {
        if (!error) return resolve();
        this.fireError(error, message, ++this.errors);
        reject(error);
      });
    });
  }

  end(): void {
    this.stream.end();
  }
}
