// pkg/ on an old engine: Node 14 (V8 8.4, the engine of Chromium 84–85, the kernel of the oldest
// 信创 browsers) loads the package as it is and gives the same reports as today's Node, seed by
// seed; the Checker and a refused config too. Node 14 comes from npm (tests/old-engine/, test only).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, SEEDS } from './helpers.mjs';

const OLD_NODE = join(ROOT, 'tests', 'old-engine', 'node_modules', '.bin', 'node');
const api = await import('../../pkg/report_check.js');
api.initSync({ module: readFileSync(join(ROOT, 'pkg', 'report_check_bg.wasm')) });

test('Node 14 (V8 8.4) runs pkg/ and reports what today\'s Node reports', () => {
  const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((f) => join(SEEDS, f));
  assert.ok(files.length >= 5, 'the seed drafts');
  const out = JSON.parse(execFileSync(OLD_NODE, [join(ROOT, 'tests', 'old-engine', 'check.mjs'), ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  }));
  assert.match(out.version, /^8\.4\./, 'the engine is V8 8.4');
  const today = files.map((f) => api.check(readFileSync(f, 'utf8'), null));
  assert.ok(today.some((r) => r.diagnostics.length > 0));
  assert.deepEqual(out.reports, today);
  assert.deepEqual(out.planned, new api.Checker({ profile: '工作计划' }).check(readFileSync(files[0], 'utf8')));
  assert.match(out.refused, /no-such-rule/);
});
