// The OA-form validator (issue 7) in Debian's Chromium, on the demo page www/oa-demo.html as
// built into dist/validator/ by scripts/build-validator.sh.
//
//   node --test tests/browser/validator.test.mjs
//
// Each test opens the demo from a local server that records every request; a test fails if
// the page asks for anything but its own files (and the form posts it makes itself).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { readFile, mkdir } from 'node:fs/promises';
import { join, extname, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from './helpers.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const DIR = process.env.VALIDATOR_DIR || join(ROOT, 'dist/validator');
const ARTIFACTS = join(ROOT, 'tests/artifacts');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm', '.json': 'application/json' };

let server;
let base;
let browser;
/** Posts the server received: { path, body }. */
const posts = [];

let passed = 0;
let failed = 0;
/** A test that also counts towards the closing "N passed, N failed" line. */
function check(name, fn) {
  test(name, async (t) => {
    try {
      await fn(t);
      passed++;
    } catch (e) {
      failed++;
      throw e;
    }
  });
}

before(async () => {
  server = http.createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (req.method === 'POST') {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        posts.push({ path, body });
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        res.end('<!doctype html><p>已收到</p>');
      });
      return;
    }
    try {
      const file = join(DIR, path.replace(/^\/+/, '') || 'oa-demo.html');
      if (!file.startsWith(DIR)) throw new Error('outside');
      const data = await readFile(file);
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] || 'application/octet-stream' });
      res.end(data);
    } catch {
      res.writeHead(404);
      res.end('not found');
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.close();
  console.log(`${passed} passed, ${failed} failed`);
});

/**
 * Opens the demo. `prepare(page)` runs before navigation (routes, init scripts). Returns the
 * page with `requests` (every URL asked for), `dialogs` and `errors` collected.
 */
async function openDemo(prepare) {
  const page = await browser.newPage({ viewport: { width: 1000, height: 1400 } });
  page.requests = [];
  page.dialogs = [];
  page.errors = [];
  page.on('request', (r) => page.requests.push(r.url()));
  page.on('dialog', (d) => {
    page.dialogs.push(d.message());
    d.dismiss().catch(() => {});
  });
  page.on('pageerror', (e) => page.errors.push(String(e)));
  if (prepare) await prepare(page);
  posts.length = 0;
  await page.goto(`${base}/oa-demo.html`);
  await page.waitForFunction(() => window.ReportCheck && ReportCheck.status() !== 'loading');
  return page;
}

/** Every request went to the page's own server. */
function assertOwnFilesOnly(page) {
  const foreign = page.requests.filter((u) => !u.startsWith(base + '/') && !u.startsWith('about:') && !u.startsWith('data:'));
  assert.deepEqual(foreign, [], 'requests beyond the page\'s own files');
}

const panelItems = (page, form) => page.locator(`${form} [data-report-check-panel] .item`);
const received = (page) => page.evaluate(() => window.hostReceived);
const until = (page, fn, arg) => page.waitForFunction(fn, arg, { timeout: 5000 });

check('a draft with errors is blocked and the panel lists them', async () => {
  const page = await openDemo();
  assert.equal(await page.evaluate(() => ReportCheck.status()), 'ready');
  await page.click('#send-a');
  await page.waitForTimeout(300);
  assert.deepEqual(await received(page), [], 'the host handler must not run');
  assert.equal(posts.length, 0, 'nothing may be posted');
  const items = panelItems(page, '#form-a');
  assert.equal(await items.count(), 3);
  const texts = await items.allTextContents();
  assert.match(texts[0], /错误.*第 2 行.*\[X\]/);
  assert.match(texts[1], /20xx/);
  assert.match(texts[2], /××/);
  assert.match(await page.locator('#form-a [data-report-check-panel] .count').textContent(), /3 个错误/);
  assert.match(await page.locator('#form-a [data-report-check-panel] [aria-live]').textContent(), /改好后才能提交/);
  assert.equal(await page.getAttribute('#body-a', 'aria-invalid'), 'true');
  assert.notEqual(await page.$eval('#body-a', (t) => t.validationMessage), '');
  // Clicking a problem selects it in the textarea.
  await items.nth(0).click();
  const sel = await page.$eval('#body-a', (t) => t.value.slice(t.selectionStart, t.selectionEnd));
  assert.equal(sel, '[X]');
  // The native submit button is held too.
  await page.click('#save-a');
  await page.waitForTimeout(200);
  assert.deepEqual(await received(page), []);
  assert.equal(posts.length, 0);
  assertOwnFilesOnly(page);
  await page.close();
});

check('fixing the errors lets the submit through and the host receives the unchanged text', async () => {
  const page = await openDemo();
  await page.click('#send-a');
  await until(page, () => document.querySelector('#form-a [data-report-check-panel]'));
  const fixed = '一、主要工作\n今年共举办业务培训12场,参训人员1200人次。\n二、存在问题\n2024年以来,基层力量仍然薄弱,东城区人员缺口较大。\n三、下一步打算\n继续加强队伍建设。  \n';
  await page.fill('#body-a', fixed);
  // The panel follows the edit (debounced) and the validity message is gone at once.
  assert.equal(await page.$eval('#body-a', (t) => t.validationMessage), '');
  await until(page, () => /可以提交/.test(document.querySelector('#form-a [data-report-check-panel]').shadowRoot.textContent));
  assert.equal(await panelItems(page, '#form-a').count(), 0);
  assert.equal(await page.getAttribute('#body-a', 'aria-invalid'), null);
  await page.click('#send-a');
  await until(page, () => window.hostReceived.length > 0);
  const got = await received(page);
  assert.equal(got[0].via, 'form.submit()');
  assert.equal(got[0].body, fixed, 'the host handler sees the text exactly as typed');
  await until(page, () => true);
  for (let i = 0; i < 50 && !posts.length; i++) await page.waitForTimeout(50);
  assert.equal(posts.length, 1);
  assert.equal(posts[0].path, '/submit-a');
  assert.equal(new URLSearchParams(posts[0].body).get('body'), fixed.replace(/\n/g, '\r\n'), 'the form posts the text unchanged');
  assertOwnFilesOnly(page);
  await page.close();
});

check('a clean draft passes straight through with no panel', async () => {
  const page = await openDemo();
  await page.fill('#body-a', '一、主要工作\n完成培训12场。');
  await page.click('#save-a');
  await until(page, () => window.hostReceived.length > 0);
  const got = await received(page);
  assert.deepEqual(got.map((r) => r.via), ['submit 事件']);
  assert.equal(await page.locator('[data-report-check-panel]').count(), 0, 'no panel for a clean draft');
  await page.close();
});

check('warn mode: 仍然提交 sends the draft through the host\'s AJAX handler', async () => {
  const page = await openDemo();
  const before = await page.evaluate(() => document.getElementById('frame-b').contentDocument.body.innerHTML);
  await page.click('#send-b');
  await page.waitForTimeout(300);
  assert.deepEqual(await received(page), []);
  assert.ok(!page.requests.some((u) => u.includes('api/submit-b')), 'no AJAX while blocked');
  const anyway = page.locator('#form-b [data-report-check-panel] .anyway');
  assert.ok(await anyway.isVisible());
  assert.ok((await panelItems(page, '#form-b').count()) >= 2);
  await anyway.click();
  await until(page, () => window.hostReceived.length > 0);
  const got = await received(page);
  assert.equal(got[0].via, 'AJAX');
  await until(page, () => true);
  for (let i = 0; i < 50 && !posts.some((p) => p.path === '/api/submit-b'); i++) await page.waitForTimeout(50);
  const post = posts.find((p) => p.path === '/api/submit-b');
  assert.ok(post, 'the host posted');
  assert.equal(JSON.parse(post.body).html, before, 'the editor HTML is unchanged');
  assertOwnFilesOnly(page);
  await page.close();
});

check('the administrator\'s config from the data- attribute applies', async () => {
  const page = await openDemo();
  await page.fill('#body-a', '一、主要工作\n完成培训待补充场。');
  const r = await page.evaluate(() => document.getElementById('form-a').reportCheck.check());
  assert.deepEqual(r.diagnostics.map((d) => [d.rule, d.text, d.line]), [['placeholder', '待补充', 2]]);
  await page.close();
});

check('the iframe editor: highlights and jumps land on the flagged text', async () => {
  const page = await openDemo();
  await page.click('#send-b');
  await until(page, () => document.querySelector('#form-b [data-report-check-panel]'));
  const result = await page.evaluate(() => handleB.check());
  const flagged = result.diagnostics.filter((d) => d.field === 'body').map((d) => d.text);
  assert.ok(flagged.some((t) => t.startsWith('20xx')) && flagged.includes('[X]'), JSON.stringify(flagged));
  // The highlight registry of the iframe's window holds ranges over exactly those texts.
  const highlighted = await page.evaluate(() => {
    const win = document.getElementById('frame-b').contentWindow;
    const out = [];
    win.CSS.highlights.forEach((h, name) => h.forEach((r) => out.push(name.replace(/-\d+$/, '') + ':' + r.toString())));
    return out.sort();
  });
  const expected = result.diagnostics.filter((d) => d.field === 'body' && d.severity === 'error').map((d) => 'report-check-error:' + d.text).sort();
  assert.deepEqual(highlighted.filter((h) => h.startsWith('report-check-error')), expected);
  assert.equal(expected.length, 2);
  // Clicking the second problem selects it in the editor.
  const items = panelItems(page, '#form-b');
  const labels = await items.allTextContents();
  const k = labels.findIndex((t) => t.includes('[X]'));
  await items.nth(k).click();
  const sel = await page.evaluate(() => document.getElementById('frame-b').contentWindow.getSelection().toString());
  assert.equal(sel, '[X]');
  // The title field is checked too, and reported as 标题.
  await page.fill('#title-b', '20xx年述职报告');
  const again = await page.evaluate(() => handleB.check());
  assert.ok(again.diagnostics.some((d) => d.field === 'title' && d.text.startsWith('20xx')), JSON.stringify(again.diagnostics));
  assert.match((await panelItems(page, '#form-b').first().textContent()), /标题/);
  await page.close();
});

check('the contenteditable form: mapped through inline markup, blocks, fixes', async () => {
  const page = await openDemo();
  const before = await page.$eval('#editable-c', (e) => e.innerHTML);
  await page.click('#send-c');
  await page.waitForTimeout(200);
  assert.deepEqual(await received(page), []);
  const r = await page.evaluate(() => handleC.check());
  // Only the errors: a section rule may add a note (info) about this short, untitled demo body.
  assert.deepEqual(r.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.text, d.line]), [['[X]', 2]]);
  const hl = await page.evaluate(() => {
    const out = [];
    CSS.highlights.forEach((h, name) => { if (name.startsWith('report-check-error')) h.forEach((range) => out.push(range.toString())); });
    return out;
  });
  assert.deepEqual(hl, ['[X]']);
  assert.equal(await page.getAttribute('#editable-c', 'aria-invalid'), 'true');
  assert.equal(await page.$eval('#editable-c', (e) => e.innerHTML), before, 'checking changes no markup');
  // The user fixes the placeholder by typing over it.
  await page.evaluate(() => {
    const b = document.querySelector('#editable-c b');
    const range = document.createRange();
    range.selectNodeContents(b);
    const sel = getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
  });
  await page.keyboard.type('3');
  await until(page, () => /可以提交/.test(document.querySelector('#form-c [data-report-check-panel]').shadowRoot.textContent));
  await page.click('#send-c');
  await until(page, () => window.hostReceived.length > 0);
  assert.match((await received(page))[0].body, /全年完成3个项目/);
  assert.equal(await page.getAttribute('#editable-c', 'aria-invalid'), null);
  await page.close();
});

check('the text is byte-identical before and after checking; the caret does not move', async () => {
  const page = await openDemo();
  const hostile = '一、情况\r\n\t  共[X]人  \u00a0\u3000“引号\n\n\n😀𠀀 <b>粗</b> &amp; 20xx年\n';
  await page.$eval('#body-a', (t, v) => { t.value = v; t.focus(); t.setSelectionRange(5, 7); }, hostile);
  const snap = () => page.evaluate(() => ({
    a: document.getElementById('body-a').value,
    caret: [document.getElementById('body-a').selectionStart, document.getElementById('body-a').selectionEnd],
    b: document.getElementById('frame-b').contentDocument.documentElement.outerHTML,
    c: document.getElementById('editable-c').outerHTML,
  }));
  const before = await snap();
  await page.evaluate(() => {
    document.getElementById('form-a').reportCheck.check();
    handleB.check();
    handleC.check();
  });
  await page.click('#send-a');
  await page.click('#send-b');
  await page.click('#send-c');
  await page.waitForTimeout(200);
  const afterwards = await snap();
  assert.deepEqual(afterwards.caret, before.caret, 'the caret stays where the user left it');
  assert.equal(afterwards.a, before.a);
  assert.equal(afterwards.b.replace(/ aria-invalid="true"/, ''), before.b);
  assert.equal(afterwards.c.replace(/ aria-invalid="true"/, ''), before.c);
  // Detaching takes away every trace.
  await page.evaluate(() => { document.getElementById('form-a').reportCheck.detach(); handleB.detach(); handleC.detach(); });
  const detached = await snap();
  assert.equal(detached.b, before.b);
  assert.equal(detached.c, before.c);
  assert.equal(await page.locator('[data-report-check-panel]').count(), 0);
  await page.close();
});

check('the checker warms up at the user\'s first edit, not on load, and the text is untouched', async () => {
  const page = await openDemo();
  const warmMarks = () => page.evaluate(() => performance.getEntriesByName('report-check:warm').length);
  await page.waitForTimeout(600);
  assert.equal(await warmMarks(), 0, 'no work on a form the user only looks at');
  const typed = '一、主要工作\n完成培训12场。';
  await page.fill('#body-a', typed);
  await until(page, () => performance.getEntriesByName('report-check:warm').length > 0);
  assert.equal(await page.$eval('#body-a', (t) => t.value), typed);
  await page.fill('#body-a', typed + '再');
  await page.waitForTimeout(400);
  assert.equal(await warmMarks(), 1, 'once per page');
  assert.equal(await page.$eval('#body-a', (t) => t.value), typed + '再');
  assert.equal(await page.locator('[data-report-check-panel]').count(), 0, 'warming up shows nothing');
  assert.deepEqual(page.errors, []);
  await page.close();
});

check('hostile text is shown as text, never as HTML', async () => {
  const page = await openDemo();
  await page.fill('#body-a', '一、情况\n<img src=x onerror=alert(1)>[X]<script>alert(2)</script>\n');
  await page.click('#send-a');
  await until(page, () => document.querySelector('#form-a [data-report-check-panel]'));
  const panel = page.locator('#form-a [data-report-check-panel]');
  assert.equal(await panel.locator('img, script').count(), 0);
  assert.ok((await panel.locator('.item').count()) >= 1);
  const shadowText = await page.$eval('#form-a [data-report-check-panel]', (h) => h.shadowRoot.textContent);
  assert.ok(shadowText.includes('[X]'));
  await page.waitForTimeout(200);
  assert.deepEqual(page.dialogs, []);
  assert.ok(!page.requests.some((u) => u.endsWith('/x')), 'no image was requested');
  await page.close();
});

check('without the wasm file the form still submits (fail open) with a notice', async () => {
  const page = await openDemo((p) => p.route('**/report-check-validator.wasm', (r) => r.fulfill({ status: 404, body: 'gone' })));
  assert.equal(await page.evaluate(() => ReportCheck.status()), 'failed');
  assert.match(await page.locator('#form-a [data-report-check-notice]').textContent(), /不做检查/);
  await page.click('#send-a');
  await until(page, () => window.hostReceived.length > 0);
  assert.equal((await received(page))[0].via, 'form.submit()');
  await page.click('#send-b');
  await until(page, () => window.hostReceived.length > 1);
  await page.close();
});

check('without the wasm file and failClosed, the form does not submit', async () => {
  const page = await openDemo(async (p) => {
    await p.route('**/report-check-validator.wasm', (r) => r.fulfill({ status: 404, body: 'gone' }));
    await p.route('**/oa-demo.html', async (r) => {
      const res = await r.fetch();
      const html = (await res.text()).replace('data-report-check-mode="block"', 'data-report-check-mode="block" data-report-check-fail-closed');
      await r.fulfill({ response: res, body: html });
    });
  });
  assert.match(await page.locator('#form-a [data-report-check-notice]').textContent(), /暂时不能提交/);
  await page.click('#send-a');
  await page.click('#save-a');
  await page.waitForTimeout(300);
  assert.deepEqual(await received(page), []);
  assert.equal(posts.length, 0);
  await page.close();
});

check('when the core fails during a check, the form submits (fail open) and the check stops', async () => {
  const page = await openDemo();
  await page.evaluate(() => {
    handleC.validator.attempt = () => { throw new WebAssembly.RuntimeError('unreachable'); };
  });
  await page.click('#send-c');
  await until(page, () => window.hostReceived.length > 0);
  assert.equal(await page.evaluate(() => ReportCheck.status()), 'failed');
  assert.match(await page.locator('#form-c [data-report-check-notice]').textContent(), /不做检查/);
  // Every form stops checking: the wasm instance is not trusted after a trap.
  await page.click('#send-a');
  await until(page, () => window.hostReceived.length > 1);
  await page.close();
});

check('a browser without WebAssembly skips the check and submits', async () => {
  const page = await openDemo((p) => p.addInitScript(() => { delete window.WebAssembly; }));
  assert.equal(await page.evaluate(() => ReportCheck.status()), 'failed');
  await page.click('#send-a');
  await until(page, () => window.hostReceived.length > 0);
  assert.ok(!page.requests.some((u) => u.endsWith('.wasm')), 'the wasm is not even fetched');
  await page.close();
});

check('the inlined single script works with no .wasm file served', async () => {
  const page = await openDemo(async (p) => {
    await p.route('**/report-check-validator.wasm', (r) => r.fulfill({ status: 404, body: 'gone' }));
    await p.route('**/oa-demo.html', async (r) => {
      const res = await r.fetch();
      const html = (await res.text()).replace('src="report-check-validator.js"', 'src="report-check-validator.inline.js"');
      await r.fulfill({ response: res, body: html });
    });
  });
  assert.equal(await page.evaluate(() => ReportCheck.status()), 'ready');
  assert.ok(!page.requests.some((u) => u.endsWith('.wasm')));
  await page.click('#send-a');
  await page.waitForTimeout(200);
  assert.equal(await panelItems(page, '#form-a').count(), 3);
  await page.close();
});

check('a submit during loading is held, then checked', async () => {
  let release;
  const gate = new Promise((r) => (release = r));
  const page = await browser.newPage();
  await page.route('**/report-check-validator.wasm', async (r) => {
    await gate;
    await r.continue();
  });
  await page.goto(`${base}/oa-demo.html`);
  assert.equal(await page.evaluate(() => ReportCheck.status()), 'loading');
  await page.click('#send-a');
  assert.deepEqual(await received(page), [], 'held while loading');
  release();
  await until(page, () => document.querySelector('#form-a [data-report-check-panel]'));
  assert.equal(await panelItems(page, '#form-a').count(), 3);
  assert.deepEqual(await received(page), []);
  await page.close();
});

check('screenshot of the demo with the panels showing', async () => {
  const page = await openDemo();
  await page.click('#send-a');
  await page.click('#send-b');
  await page.click('#send-c');
  await until(page, () => document.querySelectorAll('[data-report-check-panel]').length === 3);
  await mkdir(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, 'oa-demo-validator.png'), fullPage: true });
  assert.deepEqual(page.errors, []);
  assertOwnFilesOnly(page);
  await page.close();
});
