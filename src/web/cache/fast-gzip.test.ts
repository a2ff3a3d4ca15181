import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { gzipForOne } from './fast-gzip.js';

const errorListeners = () => [process.listenerCount('uncaughtException'), process.listenerCount('unhandledRejection')];

const page = (bytes: number) => {
  const paragraph = '<p>Енергетики відновили живлення в 120 населених пунктах області; ремонт триває.</p>\n';
  return Buffer.from(paragraph.repeat(Math.ceil(bytes / Buffer.byteLength(paragraph)))).subarray(0, bytes);
};

// First in this file: the first page compressed in the process loads the WebAssembly module.
test("compressing leaves the process's handling of uncaught errors as it was", () => {
  const before = errorListeners();
  gzipForOne(page(31_000));
  gzipForOne(page(5_000));
  assert.deepEqual(errorListeners(), before);
});

test('a page and a body too large for WebAssembly both come back whole from gzip', () => {
  for (const size of [0, 1, 31_000, 700_000]) {
    const plain = page(size);
    const gz = gzipForOne(plain);
    assert.deepEqual([...gz.subarray(0, 2)], [0x1f, 0x8b], `gzip magic at ${size} bytes`);
    assert.ok(gunzipSync(gz).equals(plain), `round trip at ${size} bytes`);
    if (size > 1000) assert.ok(gz.length < size / 4, `${size} bytes compressed to ${gz.length}`);
  }
  // Each result is its own memory: a later call does not overwrite an earlier body still being sent.
  const first = gzipForOne(Buffer.from('перша сторінка '.repeat(100)));
  gzipForOne(Buffer.from('друга сторінка '.repeat(100)));
  assert.equal(gunzipSync(first).toString(), 'перша сторінка '.repeat(100));
});
