// Memory of the wasm build itself (issue 8): prints the linear memory after checking the 75 KB seed and a
// ~10 MB draft, and fails if checking the seed 1,000 times (or the settled 10 MB draft 6 more times) grows it by more
// than a few pages (a leak in the core or the bindings would grow it on every check; wasm memory never
// shrinks, so growth is the signal).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, seed } from './helpers.mjs';

const api = await import('../../pkg/report_check.js');
const wasm = api.initSync({ module: readFileSync(join(ROOT, 'pkg', 'report_check_bg.wasm')) });
const mib = () => wasm.memory.buffer.byteLength / 1048576;

test('wasm memory: figures for the 75 KB seed and a 10 MB draft, no leak over 1,000 checks', () => {
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
  for (let i = 0; i < 9; i++) api.check(big);
  const afterBigAgain = mib();
  for (let i = 0; i < 6; i++) api.check(big);
  const afterBigMore = mib();
  console.log(`wasm memory: start ${start.toFixed(1)} MiB; after seed-003 ${afterFirst.toFixed(1)} MiB; ` +
    `after 1,000 more checks ${afterThousand.toFixed(1)} MiB; after a ${(Buffer.byteLength(big) / 1048576).toFixed(1)} MB draft ` +
    `${afterBig.toFixed(1)} MiB; after 9 more ${afterBigAgain.toFixed(1)} MiB; after 6 more ${afterBigMore.toFixed(1)} MiB`);
  // A leak of even 0.5 KB per check would add 0.5 MiB over 1,000 checks; wasm memory grows in 64 KiB pages and
  // The heap (src/wasm/alloc.rs) may take a page or two more while its size classes fill, so a few pages are not a leak.
  assert.ok(afterThousand - afterFirst <= 0.5, `memory grew ${(afterThousand - afterFirst).toFixed(2)} MiB over 1,000 checks`);
  // A 10 MB draft grows the memory in a few steps over its first checks (the allocator settling into a
  // layout for blocks that large: 21 → 24 → 35 MiB by the fifth check today), then not at all. A leak would
  // go on growing with every check: after ten checks to settle, six more may not add more than 1 MiB.
  assert.ok(afterBigMore - afterBigAgain <= 1, `memory grew ${(afterBigMore - afterBigAgain).toFixed(2)} MiB over 6 more checks of the 10 MB draft`);
});
