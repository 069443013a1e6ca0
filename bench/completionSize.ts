// Bytes of one completion answer: every directive of [Service] on a blank line, once for a client
// that announces what VS Code's does (LSP 3.17 item defaults, detail on resolve) and once for one
// that announces neither.
// `node --import tsx bench/completionSize.ts` prints them alone; `npm run bench` puts them in its table.
import { resolve } from 'node:path';
import { startSession } from './client';
import { DEFAULTS_CAPABILITIES } from './smallAnswers';

export interface CompletionSize { items: number; bytes: number }

async function measure(server: string, capabilities: unknown): Promise<CompletionSize> {
  const session = startSession(server);
  try {
    await session.initialize(capabilities);
    const uri = 'file:///tmp/daemon-config-bench/size.service';
    session.open(uri, '[Unit]\nDescription=size\n\n[Service]\n\n', 'systemd-unit');
    const answer = await session.request<{ items: unknown[] } | unknown[]>('textDocument/completion', { textDocument: { uri }, position: { line: 4, character: 0 } });
    return { items: Array.isArray(answer) ? answer.length : answer.items.length, bytes: Buffer.byteLength(JSON.stringify(answer)) };
  } finally {
    await session.shutdown();
  }
}

export async function completionSizes(server: string): Promise<{ withDefaults: CompletionSize; withoutDefaults: CompletionSize }> {
  return { withDefaults: await measure(server, DEFAULTS_CAPABILITIES), withoutDefaults: await measure(server, {}) };
}

if (require.main === module) {
  completionSizes(resolve(__dirname, '../dist/server.js')).then((sizes) => {
    console.log(JSON.stringify(sizes));
    process.exit(0);
  }, (error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
