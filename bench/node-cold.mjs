// Cold start of the wasm in Node, where it can be measured steadily: each run is a fresh process that
// loads and compiles the module, instantiates it and checks one seed draft once. Prints the fastest of
// several runs, with V8 on one thread (`--single-threaded`), which varies least on a small shared
// machine. The browser's figure (bench/browser.mjs) adds the page's own costs (importing the glue,
// fetching the module) and a first check that takes longer in headless Chromium than in Node here.
//
// Usage: node bench/node-cold.mjs [--runs N]      (after scripts/build-wasm.sh)
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SEEDS = join(ROOT, '..', 'shared', 'corpus', 'seeds');

if (process.argv[2] === '--child') {
  const file = process.argv[3];
  const t0 = performance.now();
  const bytes = readFileSync(join(ROOT, 'pkg', 'report_check_bg.wasm'));
  const api = await import(pathToFileURL(join(ROOT, 'pkg', 'report_check.js')).href);
  const module = new WebAssembly.Module(bytes);
  api.initSync({ module });
  const t1 = performance.now();
  const text = readFileSync(file, 'utf8');
  const first = api.check(text);
  const t2 = performance.now();
  console.log(JSON.stringify({ load: t1 - t0, first: t2 - t1, findings: first.diagnostics.length }));
} else {
  const i = process.argv.indexOf('--runs');
  const runs = i > 0 ? Number(process.argv[i + 1]) : 9;
  console.log(`Node ${process.version}, V8 on one thread, fastest of ${runs} fresh processes:`);
  console.log('draft        load+compile   first check   cold start   findings');
  for (const name of ['seed-000.txt', 'seed-003.txt']) {
    const results = [];
    for (let r = 0; r < runs; r++) {
      const out = execFileSync(process.execPath, ['--single-threaded', fileURLToPath(import.meta.url), '--child', join(SEEDS, name)]);
      results.push(JSON.parse(out.toString()));
    }
    const best = (k) => Math.min(...results.map((x) => x[k]));
    const cold = Math.min(...results.map((x) => x.load + x.first));
    console.log(`${name.padEnd(12)} ${best('load').toFixed(1).padStart(9)} ms ${best('first').toFixed(1).padStart(10)} ms ` +
      `${cold.toFixed(1).padStart(9)} ms ${String(results[0].findings).padStart(9)}`);
  }
}
