// Keeps the browser benchmark (bench/browser.mjs, run by scripts/bench.sh) from rotting: one untimed
// iteration of everything it does. Times are printed by the benchmark, never asserted here.
// The peers are used when bench/node_modules holds them, skipped otherwise.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runBrowserBench } from '../../bench/browser.mjs';

test('the browser benchmark runs once (cold start, warm check, keystroke)', { timeout: 120000 }, async () => {
  const r = await runBrowserBench({ runs: 1, coldRuns: 1, edits: 1 });
  const rc = r.libs['report-check'];
  assert.ok(!rc.error, rc.error);
  assert.ok(rc.findings > 0, 'report-check finds something in seed-003');
  assert.ok(rc.coldMs > 0 && rc.warmMs >= 0);
  for (const [name, lib] of Object.entries(r.libs)) assert.ok(!lib.error, `${name}: ${lib.error}`);
  assert.ok(!r.keystroke.error, r.keystroke.error);
  assert.equal(r.keystroke.edits, 1);
  assert.ok(r.keystroke.latencyMs > 0);
  assert.deepEqual(r.keystroke.errors, []);
});

test('the Node cold-start benchmark runs once', async () => {
  const { execFileSync } = await import('node:child_process');
  const out = execFileSync(process.execPath, ['bench/node-cold.mjs', '--runs', '1'], { cwd: new URL('../..', import.meta.url) }).toString();
  assert.match(out, /seed-003\.txt\s+[\d.]+ ms\s+[\d.]+ ms\s+[\d.]+ ms\s+[1-9]\d*/);
});
