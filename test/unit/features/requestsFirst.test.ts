// The pause between slices of the background index lets requests and their replies go first.
// vscode-jsonrpc handles a message on a setImmediate after the poll that read it and writes the
// reply on another; here those two steps are played by immediates queued the same way.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RequestsFirst } from '../../../server/src/requestsFirst';
import { breathe } from '../../../server/src/slicedAnalysis';

describe('RequestsFirst.pause', () => {
  it('lets a reply to a request read during a slice be written before the next slice', async () => {
    const requests = new RequestsFirst();
    const events: string[] = [];
    const nextSlice = requests.pause().then(() => events.push('next slice'));
    // the message handled on the turn after the slice; its reply written on the turn after that
    setImmediate(() => {
      events.push('answered');
      requests.answer();
      setImmediate(() => events.push('reply written'));
    });
    await nextSlice;
    assert.deepEqual(events, ['answered', 'reply written', 'next slice']);
  });

  it('without it (a plain turn of the event loop), the next slice would come first', async () => {
    const events: string[] = [];
    const nextSlice = breathe().then(() => events.push('next slice'));
    setImmediate(() => {
      events.push('answered');
      setImmediate(() => events.push('reply written'));
    });
    await nextSlice;
    assert.equal(events[0], 'next slice');
  });

  it('notes answers given later by a handler that returns a promise', async () => {
    const requests = new RequestsFirst();
    let settle: (value: string) => void = () => undefined;
    const answer = requests.noting(new Promise<string>((resolve) => { settle = resolve; }));
    const events: string[] = [];
    const nextSlice = requests.pause().then(() => events.push('next slice'));
    setImmediate(() => {
      settle('hover');
      setImmediate(() => events.push('reply written'));
    });
    assert.equal(await answer, 'hover');
    await nextSlice;
    assert.deepEqual(events, ['reply written', 'next slice']);
  });

  it('goes on even while a client asks without end', { timeout: 10_000 }, async () => {
    const requests = new RequestsFirst();
    let asking = true;
    const ask = () => {
      requests.answer();
      if (asking) setImmediate(ask);
    };
    ask();
    for (let slice = 0; slice < 100; slice++) await requests.pause();
    asking = false;
  });
});
