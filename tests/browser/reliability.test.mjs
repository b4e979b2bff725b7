// Reliability of the browser side (issue 8): lone surrogates from JavaScript, the page under a
// strict Content-Security-Policy header, a crash of the checker mid-session, and a bad config
// next to a working Checker. What the other browser tests cover (hostile text, request logs,
// reload persistence of a normally checked draft, bad configs naming the field) is not repeated.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { ROOT, SITE, groups, launch, openPage, pasteText, ready, requireBuild } from './helpers.mjs';

requireBuild();
const api = await import('../../pkg/report_check.js');
api.initSync({ module: readFileSync(join(ROOT, 'pkg', 'report_check_bg.wasm')) });
const { check, Checker } = api;

const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm', '.json': 'application/json; charset=utf-8' };

/** The static server of www/serve.mjs, reduced, with a CSP header on every response. */
function serveWithCsp(dir) {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    if (path.endsWith('/')) file = join(file, 'index.html');
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] || 'application/octet-stream', 'cache-control': 'no-store',
        'content-security-policy': STRICT_CSP });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({
    url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((done) => server.close(done)) })));
}

let browser;
let server;
before(async () => {
  browser = await launch();
  server = await serveWithCsp(SITE);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('lone surrogates from JavaScript: no throw, spans inside the string, [X] flagged exactly', () => {
  const text = '\uD800中[X]\uDC00全年举办讲座[X]场\uDBFF。\uDFFF';
  const report = check(text);
  assert.ok(report.diagnostics.length >= 2);
  for (const d of report.diagnostics) {
    assert.ok(d.start >= 0 && d.start <= d.end && d.end <= text.length, `span ${d.start}..${d.end} of ${text.length}`);
  }
  const placeholders = report.diagnostics.filter((d) => d.rule === 'placeholder').map((d) => text.slice(d.start, d.end));
  assert.deepEqual(placeholders, ['[X]', '[X]']);
  // Through a Checker too, and a text made only of broken halves.
  const c = new Checker();
  assert.deepEqual(c.check('\uDC00[X]\uD800').diagnostics.filter((d) => d.rule === 'placeholder').map((d) => [d.start, d.end]), [[1, 4]]);
  assert.doesNotThrow(() => c.check('\uD800'.repeat(1000) + '\uDC00'.repeat(1000)));
  c.free();
});

test('a bad config for a new Checker throws an Error naming the field; the first Checker keeps its config', () => {
  const good = new Checker({ placeholders: ['待补充'], rules: { residue: 'off' }, maxDiagnostics: 2 });
  const draft = '第一处待补充,第二处待补充,第三处待补充。';
  const before = good.check(draft);
  assert.throws(() => new Checker({ placeholders: ['(unclosed'] }), (e) => e instanceof Error && /placeholders\[0\]/.test(e.message));
  assert.throws(() => new Checker({ maxDiagnostics: -1 }), (e) => e instanceof Error && /maxDiagnostics/.test(e.message));
  const afterwards = good.check(draft);
  assert.deepEqual(afterwards, before);
  assert.equal(afterwards.diagnostics.length, 2);
  assert.ok(afterwards.summary.total >= 3);
  assert.ok(good.check('全年[X]').diagnostics.some((d) => d.rule === 'placeholder'));
  good.free();
});

test(`the page works under the header CSP "${STRICT_CSP}"`, async () => {
  const { context, page, errors } = await openPage(browser, server.url, {
    init: () => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    },
  });
  const consoleErrors = [];
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  await ready(page);
  await pasteText(page, '关于××区的报告:全年举办讲座[X]场。');
  const placeholder = (await groups(page)).find((g) => g.title === '未填写的占位符');
  assert.ok(placeholder, 'a group for placeholders');
  assert.ok(placeholder.count >= 1);
  // Every script and the icon of the served page are files, so nothing at all is blocked.
  const violations = await page.evaluate(() => window.__violations);
  assert.deepEqual(violations, []);
  assert.deepEqual(consoleErrors, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a crash of the checker mid-session loses nothing: the draft typed before it comes back after a reload', async () => {
  // The page saves on every input and checks after a pause; the check starts with Date.now()
  // (a JavaScript import of the module). Making it throw once crashes the checker inside the
  // wasm call (the page state stays borrowed, so the page is dead until reloaded).
  const { context, page, errors } = await openPage(browser, server.url);
  await ready(page);
  const draft = '全年举办讲座[X]场,参加人数达××人次。';
  await page.evaluate(() => {
    const now = Date.now;
    let armed = true;
    Date.now = function () {
      if (armed) {
        armed = false;
        throw new Error('simulated checker crash');
      }
      return now.call(Date);
    };
  });
  await page.focus('#rc-editor');
  await page.keyboard.insertText(draft);
  for (let i = 0; i < 50 && !errors.some((e) => /simulated checker crash/.test(e)); i++) await page.waitForTimeout(100);
  assert.ok(errors.some((e) => /simulated checker crash/.test(e)), `the crash happened: ${errors.join(' | ')}`);
  assert.equal(await page.evaluate(() => localStorage.getItem('report-check.draft')), draft);
  await page.reload();
  await ready(page);
  assert.equal(await page.inputValue('#rc-editor'), draft);
  await page.waitForSelector('aside[aria-busy="false"]', { timeout: 15000 });
  const placeholder = (await groups(page)).find((g) => g.title === '未填写的占位符');
  assert.ok(placeholder && placeholder.count >= 1, 'the restored draft is checked again');
  await context.close();
});
