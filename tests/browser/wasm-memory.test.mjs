// Memory of the wasm build itself (issue 8): prints the linear memory after checking the 75 KB seed and a
// ~10 MB draft, and fails if it keeps growing over 1,000 checks of the same draft (a leak in the core or the
// bindings would grow it on every check; wasm memory never shrinks, so growth is the only signal there is).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, seed } from './helpers.mjs';

const api = await import('../../pkg/report_check.js');
const wasm = api.initSync({ module: readFileSync(join(ROOT, 'pkg', 'report_check_bg.wasm')) });
const mib = () => wasm.memory.buffer.byteLength / 1048576;

test('wasm memory: figures for the 75 KB seed and a 10 MB draft, no growth over 1,000 checks', () => {
  const draft = seed('seed-003.txt');
  const start = mib();
  api.check(draft);
  const afterFirst = mib();
  for (let i = 0; i < 1000; i++) api.check(draft);
  const afterThousand = mib();
  let big = '';
  while (big.length * 3 < 10 * 1048576) big += draft + '\n';
  api.check(big);
  const afterBig = mib();
  api.check(big); // the allocator may settle once more on a second draft of this size
  const afterBigTwice = mib();
  for (let i = 0; i < 3; i++) api.check(big);
  const afterBigAgain = mib();
  console.log(`wasm memory: start ${start.toFixed(1)} MiB; after seed-003 ${afterFirst.toFixed(1)} MiB; ` +
    `after 1,000 more checks ${afterThousand.toFixed(1)} MiB; after a ${(Buffer.byteLength(big) / 1048576).toFixed(1)} MB draft ` +
    `${afterBig.toFixed(1)} MiB, after a second ${afterBigTwice.toFixed(1)} MiB; after 3 more ${afterBigAgain.toFixed(1)} MiB`);
  assert.equal(afterThousand, afterFirst, 'memory grew over 1,000 checks of the same draft');
  assert.equal(afterBigAgain, afterBigTwice, 'memory kept growing over repeated checks of the 10 MB draft');
});
