// Turns the figures of one benchmark run into the Markdown table printed by scripts/bench.sh and kept
// in docs/performance.md (between the `bench:start` / `bench:end` markers).
// Usage: node bench/table.mjs NATIVE.json BROWSER.json SIZES.json [--write docs/performance.md]
import { readFileSync, writeFileSync } from 'node:fs';

const [nativeFile, browserFile, sizesFile] = process.argv.slice(2);
const native = JSON.parse(readFileSync(nativeFile, 'utf8'));
const browser = JSON.parse(readFileSync(browserFile, 'utf8'));
const sizes = JSON.parse(readFileSync(sizesFile, 'utf8'));

const ms = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x >= 1 ? x.toFixed(2) : x.toFixed(3)) + ' ms';
const kb = (b) => (b / 1024).toFixed(1) + ' KB';
const ok = (good) => (good ? 'met' : '**missed**');
const ratio = (r) => (r >= 10 ? r.toFixed(0) : r.toFixed(1)) + '×';

const lines = [];
const date = new Date().toISOString().slice(0, 10);
lines.push(`Run of ${date}, ${browser.chromium ? 'Chromium ' + browser.chromium : 'Chromium'}, on a 2-core machine shared with other jobs.`);
lines.push('');
lines.push(`Browser, ${browser.draft} (${kb(browser.bytes)}), all three loaded in the same page:`);
lines.push('');
const names = Object.keys(browser.libs);
lines.push('| | ' + names.join(' | ') + ' | target |');
lines.push('|---|' + names.map(() => '---:|').join('') + '---|');
const base = browser.libs['report-check'];
const cell = (lib, f) => (lib.error ? 'failed: ' + lib.error : f(lib));
lines.push('| cold start to first result (fetch+compile+instantiate+check, median of ' + (base.coldRuns || '?') + ') | ' +
  names.map((n) => cell(browser.libs[n], (l) => ms(l.coldMs) + (n === 'report-check' ? '' : ` (${ratio(l.coldRatio)})`))).join(' | ') +
  ` | ≤ 50 ms: ${base.error ? '?' : ok(base.coldMs <= 50)} |`);
lines.push('| warm check (median of ≥ ' + (base.warmRuns || '?') + ' runs) | ' +
  names.map((n) => cell(browser.libs[n], (l) => ms(l.warmMs) + (n === 'report-check' ? '' : ` (${ratio(l.warmRatio)})`))).join(' | ') +
  ` | ≤ 1 ms: ${base.error ? '?' : ok(base.warmMs <= 1)} |`);
lines.push('| findings on the draft | ' + names.map((n) => cell(browser.libs[n], (l) => String(l.findings))).join(' | ') + ' | |');
for (const [n, why] of Object.entries(browser.skipped || {})) lines.push(`| ${n} | ${why} | | | |`);
lines.push('');
lines.push('(×: the peer\'s time divided by report-check\'s. The peers check different things — spacing and punctuation style — so the counts do not compare; the times are what a person waits for.)');
lines.push('');
const k = browser.keystroke;
if (k.error) lines.push('Keystroke latency: not measured (' + k.error + ').', '');
else {
lines.push('| keystroke on the checking page (median of ' + k.edits + ' edits, 75 KB draft) | time | target |');
lines.push('|---|---:|---|');
lines.push(`| input event → highlights updated and laid out (excluding the ${Math.round(k.pauseMs)} ms typing pause) | ${ms(k.latencyMs)} | ≤ 16 ms: ${ok(k.latencyMs <= 16)} |`);
lines.push(`| of which: input handler (saves the draft) | ${ms(k.handlerMs)} | |`);
lines.push(`| of which: check + list + highlight ranges | ${ms(k.checkRenderMs)} | |`);
lines.push(`| of which: style and layout | ${ms(k.layoutMs)} | |`);
lines.push(`| pause end → next frame (includes waiting for the frame) | ${ms(k.toNextFrameMs)} | |`);
lines.push('');
if (k.firstCheckMs !== undefined) {
  lines.push(`First draft pasted into the freshly opened page (the page warms the checker up while it waits, see \`src/warm_up.rs\`): check + list + highlight ranges ${ms(k.firstCheckMs)}, against the cold start above for a check with nothing warmed.`);
  lines.push('');
}
}
lines.push('| size | raw | gzipped | target |');
lines.push('|---|---:|---:|---|');
lines.push(`| the page's wasm (dist/site/pkg/report_check_bg.wasm) | ${kb(sizes.wasm)} | ${kb(sizes.wasmGzip)} | ≤ 200 KB gzipped: ${ok(sizes.wasmGzip <= 200 * 1024)} |`);
lines.push(`| its JS glue (dist/site/pkg/report_check.js) | ${kb(sizes.glue)} | ${kb(sizes.glueGzip)} | |`);
if (sizes.packageWasm !== undefined) lines.push(`| the npm package's wasm, with the JS API (pkg/report_check_bg.wasm) | ${kb(sizes.packageWasm)} | ${kb(sizes.packageWasmGzip)} | |`);
lines.push(`| offline single file (dist/report-check.html) | ${kb(sizes.offline)} | ${kb(sizes.offlineGzip)} | |`);
lines.push('');
lines.push('| native `check` (release) | bytes | time (median) | MB/s | target |');
lines.push('|---|---:|---:|---:|---|');
for (const d of native.drafts) {
  const big = d.draft.endsWith('concat');
  lines.push(`| ${d.draft} | ${d.bytes} | ${ms(d.ms)} | ${d.mbps.toFixed(1)} | ${big ? '≥ 50 MB/s: ' + ok(d.mbps >= 50) : ''} |`);
}
const top = native.rules.slice(0, 4).map((r) => `\`${r.rule}\` ${ms(r.ms)}`).join(', ');
lines.push('');
lines.push(`Slowest parts on the 10 MB draft: ${top}.`);

const table = lines.join('\n');
console.log(table);

const ri = process.argv.indexOf('--write');
if (ri >= 0) {
  const file = process.argv[ri + 1];
  const doc = readFileSync(file, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const a = doc.indexOf(start);
  const b = doc.indexOf(end);
  if (a >= 0 && b > a) {
    writeFileSync(file, doc.slice(0, a + start.length) + '\n' + table + '\n' + doc.slice(b));
    console.error(`(table written to ${file})`);
  }
}
