// The OA validator inside the real rich-text editors OA systems embed (issue 17): TinyMCE
// (classic iframe and inline, declared by attribute on the form), CKEditor 4, CKEditor 5 in a
// scrolling wrapper, KindEditor, wangEditor 5 on a page with no <form>, Quill 2 in a
// fixed-height container, and a UEditor-shaped page whose iframe editor is built late by script.
//
//   node --test --test-concurrency=1 tests/browser/editors.test.mjs
//
// The editors are the real npm packages, installed from tests/editors/package.json (TEST ONLY,
// never shipped; scripts/test-all.sh runs `npm ci` there when they are missing). The host pages
// are tests/editors/pages/*.html; each drives its editor through the editor's own API
// (setDraft/getDraft call setContent / setData / html() / setHtml / dangerouslyPasteHTML).
//
// In every editor: a draft with errors is held back; the panel's text can be seen where it is
// (after scrolling the window only, as a person would, document.elementFromPoint reaches it);
// the host's send control is still reachable; a clean draft goes through exactly once with the
// editor's content unchanged; warn mode offers 仍然提交; a blocked wasm fails open.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, extname, dirname, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from './helpers.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const DIRS = {
  v: process.env.VALIDATOR_DIR || join(ROOT, 'dist/validator'),
  e: join(ROOT, 'tests/editors/node_modules'),
  p: join(ROOT, 'tests/editors/pages'),
};
const ARTIFACTS = join(ROOT, 'tests/artifacts');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.json': 'application/json', '.svg': 'image/svg+xml',
  '.gif': 'image/gif', '.png': 'image/png' };
const HAVE_EDITORS = existsSync(join(DIRS.e, '.package-lock.json'));

/** Each host page: what it is, its send control, and how its post carries the editor's content. */
const EDITORS = [
  { name: 'TinyMCE classic (iframe), data-report-check on the form', page: 'tinymce-classic.html', send: '#send', shot: true },
  { name: 'TinyMCE inline, data-report-check on the form', page: 'tinymce-inline.html', send: '#send' },
  { name: 'CKEditor 4 (iframe), attach with field: its iframe by selector, + buttons, AJAX', page: 'ckeditor4.html', send: '#send', shot: true },
  { name: 'CKEditor 5 classic in a scrolling wrapper', page: 'ckeditor5.html', send: '#send', shot: true },
  { name: 'KindEditor (iframe), field names the textarea it replaced', page: 'kindeditor.html', send: '#send' },
  { name: 'wangEditor 5, no <form>: container + buttons, AJAX', page: 'wangeditor.html', send: '#send', shot: true },
  { name: 'Quill 2 in a fixed-height container', page: 'quill.html', send: '#send', shot: true, after: '#editor' },
  { name: 'Quill 2, no <form>, attached to its own container in a height:100% page', page: 'quill-layout.html', send: '#send', after: '#editor' },
  { name: 'UEditor-shaped: iframe editor built late by script, form.submit()', page: 'ueditor.html', send: '#send' },
];

const FILLER = Array.from({ length: 8 }, (_, i) => `<p>第${i + 1}项:按计划推进各项重点工作,及时总结经验,完善工作机制。</p>`).join('');
const BAD = '<p>一、主要工作</p><p>今年共举办业务培训[X]场,参训人员1200人次。</p><p>二、存在问题</p><p>20xx年以来,基层力量仍然薄弱。</p>' + FILLER;
const CLEAN = '<p>一、主要工作</p><p>今年共举办业务培训12场,参训人员1200人次。</p><p>二、存在问题</p><p>基层力量仍然薄弱。</p><p>三、下一步打算</p><p>继续加强队伍建设。</p>';

let server;
let base;
let browser;
/** What the server received: { path, content } (the editor's content as the host sent it). */
const posts = [];

before(async () => {
  if (!HAVE_EDITORS) return;
  server = http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    if (req.method === 'POST') {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        const type = req.headers['content-type'] || '';
        const fields = type.includes('json') ? JSON.parse(body) : Object.fromEntries(new URLSearchParams(body));
        posts.push({ path: url.pathname, fields });
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        res.end('<!doctype html><meta charset="utf-8"><p>已收到</p>');
      });
      return;
    }
    try {
      const [, top, ...rest] = decodeURIComponent(url.pathname).split('/');
      const dir = DIRS[top];
      const file = normalize(join(dir, ...rest));
      if (!dir || !file.startsWith(dir)) throw new Error('outside');
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
});

async function openHost(ed, { mode, blockWasm } = {}) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  page.on('dialog', (d) => d.dismiss().catch(() => {}));
  if (blockWasm) await page.route('**/*.wasm', (r) => r.abort());
  posts.length = 0;
  await page.goto(`${base}/p/${ed.page}${mode ? `?mode=${mode}` : ''}`);
  await page.waitForFunction(() => window.editorReady && window.ReportCheck && ReportCheck.status() !== 'loading', null, { timeout: 20000 });
  return page;
}

const setDraft = (page, html) => page.evaluate((h) => window.setDraft(h), html);
const getDraft = (page) => page.evaluate(() => window.getDraft());

/** The content the host sent, from the one post received. */
function sentContent(page, post) {
  return post.fields.content !== undefined && post.path === '/api/send' ? post.fields.content : post.fields[page.posted];
}

async function waitPosts(n, ms = 5000) {
  for (let t = 0; t < ms && posts.length < n; t += 50) await new Promise((r) => setTimeout(r, 50));
  await new Promise((r) => setTimeout(r, 400)); // and no second one
}

/**
 * Whether a person sees the panel: the window (only) is scrolled to it, then points at its top
 * (the count and status line) and at its bottom (the last problem listed) must hit the panel,
 * not the editor, a box that clips it, or anything on top.
 */
async function panelSeen(page) {
  return page.evaluate(() => {
    const host = document.querySelector('[data-report-check-panel]');
    if (!host || host.hidden) return 'no panel';
    const box = () => host.shadowRoot.querySelector('.box').getBoundingClientRect();
    window.scrollBy(0, box().top - innerHeight / 4);
    const b = box();
    const x = b.left + Math.min(b.width / 2, 120);
    const ys = [b.top + 12, Math.min(b.bottom, innerHeight) - 12];
    for (const y of ys) {
      const hit = document.elementFromPoint(x, y);
      if (hit !== host) return `the point (${x}, ${y}) hits ${hit ? hit.outerHTML.slice(0, 100) : 'nothing'}`;
    }
    return host.shadowRoot.textContent.includes('错误') ? 'seen' : 'no error listed: ' + host.shadowRoot.textContent.slice(0, 80);
  });
}

/** Whether the send control can still be clicked: scrolled to (window only), its centre hits it. */
async function controlReachable(page, sel) {
  return page.evaluate((s) => {
    const el = document.querySelector(s);
    const r0 = el.getBoundingClientRect();
    window.scrollBy(0, r0.top + r0.height / 2 - innerHeight / 2);
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return hit === el || el.contains(hit) ? 'reachable' : `covered by ${hit ? hit.outerHTML.slice(0, 100) : 'nothing'}`;
  }, sel);
}

for (const ed of EDITORS) {
  test(ed.name, { skip: HAVE_EDITORS ? false : 'tests/editors/node_modules is missing: run scripts/test-all.sh (or npm ci in tests/editors)' }, async (t) => {
    await t.test('a draft with errors is held back, the panel is seen, the send control reachable', async () => {
      const page = await openHost(ed);
      page.posted = await page.evaluate(() => window.posted);
      await setDraft(page, BAD);
      const before = await getDraft(page);
      await page.click(ed.send);
      await page.waitForTimeout(400);
      assert.equal(posts.length, 0, 'nothing may be sent');
      if (ed.after) {
        const prev = await page.evaluate(() => document.querySelector('[data-report-check-panel]').previousElementSibling?.id);
        assert.equal('#' + prev, ed.after, 'the panel follows the editor\'s box');
      }
      assert.equal(await panelSeen(page), 'seen');
      if (ed.shot) await page.screenshot({ path: join(ARTIFACTS, `editor-${ed.page.replace('.html', '')}.png`) });
      assert.equal(await controlReachable(page, ed.send), 'reachable');
      assert.equal(await getDraft(page), before, 'the editor content is unchanged');
      assert.deepEqual(page.errors, []);
      // Fixed: the same page now sends, once, exactly what the editor holds.
      await setDraft(page, CLEAN);
      const clean = await getDraft(page);
      await page.click(ed.send);
      await waitPosts(1);
      assert.equal(posts.length, 1, 'sent exactly once');
      assert.equal(sentContent(page, posts[0]).replace(/\r\n/g, '\n'), clean, 'sent unchanged');
      await page.close();
    });

    await t.test('a clean draft goes through at once, exactly once, unchanged', async () => {
      const page = await openHost(ed);
      page.posted = await page.evaluate(() => window.posted);
      await setDraft(page, CLEAN);
      const clean = await getDraft(page);
      await page.click(ed.send);
      await waitPosts(1);
      assert.equal(posts.length, 1, 'sent exactly once');
      assert.equal(sentContent(page, posts[0]).replace(/\r\n/g, '\n'), clean);
      if (posts[0].path === '/api/send') assert.equal(await getDraft(page), clean, 'the editor content is unchanged');
      await page.close();
    });

    await t.test('warn mode offers 仍然提交, which sends the draft', async () => {
      const page = await openHost(ed, { mode: 'warn' });
      page.posted = await page.evaluate(() => window.posted);
      await setDraft(page, BAD);
      const bad = await getDraft(page);
      await page.click(ed.send);
      await page.waitForTimeout(400);
      assert.equal(posts.length, 0);
      const anyway = page.locator('[data-report-check-panel] .anyway');
      assert.ok(await anyway.isVisible(), '仍然提交 is offered');
      await anyway.click();
      await waitPosts(1);
      assert.equal(posts.length, 1, 'sent exactly once');
      assert.equal(sentContent(page, posts[0]).replace(/\r\n/g, '\n'), bad);
      await page.close();
    });

    await t.test('a blocked wasm fails open', async () => {
      const page = await openHost(ed, { blockWasm: true });
      assert.equal(await page.evaluate(() => ReportCheck.status()), 'failed');
      await setDraft(page, BAD);
      await page.click(ed.send);
      await waitPosts(1);
      assert.equal(posts.length, 1, 'sent as if there were no check');
      await page.close();
    });
  });
}

test('no place in the page shows the panel (a fixed dialog that hides its overflow): a dismissible bar at the bottom', { skip: HAVE_EDITORS ? false : 'tests/editors/node_modules is missing' }, async () => {
  const ed = { page: 'dialog.html', send: '#send' };
  const page = await openHost(ed);
  await setDraft(page, '一、主要工作\n今年共举办业务培训[X]场。\n' + '按计划推进各项重点工作。\n'.repeat(20));
  await page.click(ed.send);
  await page.waitForTimeout(300);
  assert.equal(posts.length, 0);
  assert.equal(await page.getAttribute('[data-report-check-panel]', 'data-bar'), '', 'shown as a bar');
  assert.equal(await panelSeen(page), 'seen');
  await page.screenshot({ path: join(ARTIFACTS, 'editor-dialog-bar.png') });
  assert.equal(await controlReachable(page, ed.send), 'reachable');
  // Closed by the user, it stays closed while they edit, and comes back at the next submission.
  await page.locator('[data-report-check-panel] .close').click();
  assert.ok(await page.locator('[data-report-check-panel]').isHidden());
  await page.fill('textarea', '一、主要工作\n今年共举办业务培训[X]场,参训人员1200人次。');
  await page.waitForTimeout(700);
  assert.ok(await page.locator('[data-report-check-panel]').isHidden());
  await page.click(ed.send);
  assert.ok(await page.locator('[data-report-check-panel]').isVisible());
  assert.equal(posts.length, 0);
  await page.close();
});

// The validator looks for a late editor on waits that double from 250 ms (and at every check and
// submit); a keystroke in the first few hundred milliseconds after the editor appears may come before
// the next look, so the test types as a person would, a couple of seconds after the page is ready.
test('an iframe editor built after attach is heard: typing in it warms the checker up', { skip: HAVE_EDITORS ? false : 'tests/editors/node_modules is missing' }, async () => {
  for (const name of ['tinymce-classic.html', 'ckeditor4.html', 'kindeditor.html', 'ueditor.html']) {
    const page = await openHost({ page: name });
    await page.waitForTimeout(2000);
    await page.frameLocator('iframe').first().locator('body').click();
    await page.keyboard.type('今年共举办培训');
    await page.waitForFunction(() => performance.getEntriesByName('report-check:warm').length > 0, null, { timeout: 5000 })
      .catch(() => assert.fail(`${name}: the typing was not heard`));
    await page.close();
  }
});
