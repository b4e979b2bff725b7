// The JavaScript API of pkg/ (check, Checker, config errors, typings) in Node, plus the MVP check
// of the built modules with wasm-validate.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { ARTIFACTS, OFFLINE, ROOT, seed } from './helpers.mjs';

const WASM = join(ROOT, 'pkg', 'report_check_bg.wasm');
const api = await import('../../pkg/report_check.js');
api.initSync({ module: readFileSync(WASM) });
const { check, Checker, ruleIds, profiles, version } = api;

const MVP_ONLY = ['--disable-reference-types', '--disable-bulk-memory', '--disable-sign-ext', '--disable-multi-value',
  '--disable-saturating-float-to-int'];

test('the package module, the page\'s module and the one inlined in the offline file are MVP WebAssembly', () => {
  execFileSync('wasm-validate', [...MVP_ONLY, WASM]);
  // The page's own module (the package's without the JS API), served and inlined alike.
  const pageWasm = join(ROOT, 'dist', 'site', 'pkg', 'report_check_bg.wasm');
  execFileSync('wasm-validate', [...MVP_ONLY, pageWasm]);
  const html = readFileSync(OFFLINE, 'utf8');
  const b64 = html.match(/const WASM_GZ_BASE64 = '([A-Za-z0-9+/=]+)'/)[1];
  const inlined = gunzipSync(Buffer.from(b64, 'base64'));
  assert.deepEqual(inlined, readFileSync(pageWasm), 'the offline file carries the page\'s module');
  const copy = join(ARTIFACTS, 'offline-inlined.wasm');
  writeFileSync(copy, inlined);
  execFileSync('wasm-validate', [...MVP_ONLY, copy]);
  // Without the API: the page calls Rust, never `check` (the npm package keeps it).
  const exports = WebAssembly.Module.exports(new WebAssembly.Module(readFileSync(pageWasm))).map((e) => e.name);
  assert.ok(exports.includes('mountPage'), exports.join(','));
  assert.ok(!exports.includes('check'), exports.join(','));
  assert.ok(WebAssembly.Module.exports(new WebAssembly.Module(readFileSync(WASM))).some((e) => e.name === 'check'));
});

test('check() returns plain objects with UTF-16 offsets', () => {
  const text = '😀𠀀关于××区的报告:全年举办讲座[X]场。';
  const report = check(text);
  assert.equal(Object.getPrototypeOf(report), Object.prototype);
  assert.ok(Array.isArray(report.diagnostics));
  const flagged = report.diagnostics.map((d) => text.slice(d.start, d.end));
  assert.ok(flagged.includes('[X]'), flagged.join(','));
  const d = report.diagnostics.find((x) => text.slice(x.start, x.end) === '[X]');
  assert.equal(Object.getPrototypeOf(d), Object.prototype);
  assert.equal(d.rule, 'placeholder');
  assert.equal(d.severity, 'error');
  assert.equal(d.line, 1);
  assert.equal(d.column, d.start + 1);
  assert.equal(typeof d.message, 'string');
  assert.deepEqual(Object.keys(report.summary).sort(), ['errors', 'infos', 'total', 'truncated', 'warnings']);
  assert.equal(report.summary.total, report.diagnostics.length);
  assert.deepEqual(check(''), { diagnostics: [], summary: { errors: 0, warnings: 0, infos: 0, total: 0, truncated: false } });
  assert.deepEqual(check('全年[X]', null), check('全年[X]', undefined));
});

test('seed-004 through the API: the 32 placeholders a reviewer marks', () => {
  const text = seed('seed-004.txt');
  const found = check(text).diagnostics.filter((d) => d.rule === 'placeholder').map((d) => text.slice(d.start, d.end));
  assert.equal(found.length, 32);
  assert.equal(found.filter((t) => t === '[X]').length, 18);
  assert.equal(found.filter((t) => t === '++').length, 14);
});

test('suggestions carry UTF-16 spans and a safe flag', () => {
  const text = '𠀀全年完成投资12。4亿元。';
  const d = check(text).diagnostics.find((x) => x.suggestions?.some((s) => s.safe));
  assert.ok(d, 'a safe suggestion');
  const s = d.suggestions.find((x) => x.safe);
  const fixed = text.slice(0, s.start) + s.replacement + text.slice(s.end);
  assert.equal(fixed, '𠀀全年完成投资12.4亿元。');
});

test('Checker parses a config once and checks many drafts', () => {
  const checker = new Checker({ placeholders: ['待补充'], rules: { residue: 'off' }, maxDiagnostics: 2 });
  const a = checker.check('第一处待补充,第二处待补充,第三处待补充。');
  assert.equal(a.diagnostics.length, 2);
  assert.equal(a.summary.total, 3);
  assert.equal(a.summary.truncated, true);
  assert.equal(checker.check('没有问题的一句话。').diagnostics.length, 0);
  checker.free();
  assert.equal(new Checker().check('[X]').diagnostics[0].rule, 'placeholder');
});

test('a bad config throws an Error naming the field', () => {
  const cases = [
    [{ rules: { nonsense: 'error' } }, /rules\.nonsense/],
    [{ rules: { placeholder: 'loud' } }, /rules\.placeholder/],
    [{ maxDiagnostics: 'many' }, /maxDiagnostics/],
    [{ placeholders: ['(unclosed'] }, /placeholders\[0\]/],
    [{ profile: '随便' }, /profile/],
    [{ colour: 'red' }, /无法识别的配置项/],
  ];
  for (const [config, field] of cases) {
    assert.throws(() => new Checker(config), (e) => e instanceof Error && field.test(e.message), JSON.stringify(config));
    assert.throws(() => check('文本', config), (e) => e instanceof Error && field.test(e.message));
  }
});

test('a config is read key by key: undefined is left out, a cycle or a function is refused in words', () => {
  assert.equal(new Checker({ profile: undefined, placeholders: ['待填'] }).check('待填').diagnostics.length, 1);
  const cyclic = { sections: [] };
  cyclic.sections.push({ name: '问题', synonyms: cyclic.sections });
  assert.throws(() => new Checker(cyclic), (e) => e instanceof Error && /嵌套过深/.test(e.message));
  assert.throws(() => new Checker({ ignore: [() => 1] }), (e) => e instanceof Error && /ignore\[0\]/.test(e.message));
  assert.throws(() => new Checker({ profile: 'auto', colour: 1 }), (e) => /colour/.test(e.message) && /可用的配置项/.test(e.message));
});

test('rule ids, profiles, version', () => {
  assert.ok(ruleIds().includes('placeholder'));
  assert.deepEqual(profiles(), ['工作总结', '工作报告', '述职报告', '工作计划']);
  assert.equal(version(), JSON.parse(readFileSync(join(ROOT, 'pkg', 'package.json'), 'utf8')).version);
});

test('the typings declare the API', () => {
  const dts = readFileSync(join(ROOT, 'pkg', 'report_check.d.ts'), 'utf8');
  for (const needle of ['export function check(text: string, config?: Config | null): Report;',
    'export class Checker', 'export interface Diagnostic', 'export interface Config', 'export interface Summary',
    'export default function __wbg_init']) {
    assert.ok(dts.includes(needle), `d.ts lacks: ${needle}`);
  }
});
