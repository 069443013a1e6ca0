import { test } from 'node:test';
import assert from 'node:assert/strict';
import { memoryCollector, memoryReleaser } from '../../../server/src/host/memoryRelease';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('node gives the releaser a gc function without exposing gc to the server', () => {
  assert.equal(typeof memoryCollector(), 'function');
  assert.equal((globalThis as { gc?: unknown }).gc, undefined);
});

test('a burst of closes costs one pair of collections, after the closes stop', async () => {
  let collections = 0;
  const closed = memoryReleaser(() => collections++, 20);
  for (let i = 0; i < 100; i++) closed();
  assert.equal(collections, 0);
  await sleep(80);
  assert.equal(collections, 2);
  closed();
  await sleep(80);
  assert.equal(collections, 4);
});
