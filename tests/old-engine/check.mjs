// Run by Node 14 (V8 8.4, the engine of Chromium 84–85, the oldest 信创 browsers' kernel): loads
// pkg/ as it is and prints, as one JSON line, the report of each file named on the command line,
// then `Checker` on the first one and what a bad config throws. tests/browser/old-engine.test.mjs
// compares the output with today's Node.
import { readFileSync } from 'fs';
import { fileURLToPath } from 'url';
import { dirname, join } from 'path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const api = await import(join(root, 'pkg', 'report_check.js'));
api.initSync({ module: readFileSync(join(root, 'pkg', 'report_check_bg.wasm')) });
const files = process.argv.slice(2);
const reports = files.map((f) => api.check(readFileSync(f, 'utf8'), null));
const checker = new api.Checker({ profile: '工作计划' });
let refused = '';
try {
  api.check('x', { rules: { 'no-such-rule': 'off' } });
} catch (e) {
  refused = String(e.message);
}
console.log(JSON.stringify({ version: process.versions.v8, reports, planned: checker.check(readFileSync(files[0], 'utf8')), refused }));
