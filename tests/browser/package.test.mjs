// pkg/ as an npm package: packed with `npm pack`, installed into a small app, bundled by Vite,
// and the bundle run in Chromium.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '../../www/serve.mjs';
import { ARTIFACTS, ROOT, launch, openPage } from './helpers.mjs';

const APP = join(ARTIFACTS, 'vite-app');
let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('npm install of pkg/ then `import init, { check } from "report-check"` works in a Vite build', async () => {
  rmSync(APP, { recursive: true, force: true });
  mkdirSync(APP, { recursive: true });
  const npm = (args, cwd) => execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, encoding: 'utf8' });
  const tarball = npm(['pack', join(ROOT, 'pkg'), '--pack-destination', APP, '--silent'], ROOT).trim().split('\n').pop();
  writeFileSync(join(APP, 'package.json'), JSON.stringify({ name: 'vite-app', private: true, type: 'module' }));
  npm(['install', `./${tarball}`, '--offline'], APP);

  writeFileSync(join(APP, 'index.html'), `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>t</title></head>
<body><pre id="out">loading</pre><script type="module" src="./main.js"></script></body></html>`);
  writeFileSync(join(APP, 'main.js'), `import init, { check, Checker } from 'report-check';
init().then(() => {
  const text = '全年举办讲座[X]场,培训待补充人次。';
  const r = check(text);
  const c = new Checker({ placeholders: ['待补充'] }).check(text);
  let error = '';
  try { new Checker({ rules: { nonsense: 'error' } }); } catch (e) { error = e.message; }
  document.getElementById('out').textContent = JSON.stringify({
    flagged: r.diagnostics.map((d) => text.slice(d.start, d.end)),
    withConfig: c.diagnostics.map((d) => text.slice(d.start, d.end)),
    error,
  });
}, (e) => { document.getElementById('out').textContent = 'failed: ' + e; });
`);
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], { cwd: APP, encoding: 'utf8' });
  const assets = readdirSync(join(APP, 'dist', 'assets'));
  assert.ok(assets.some((f) => f.endsWith('.wasm')), `the wasm is emitted as an asset: ${assets}`);

  const server = await serve(join(APP, 'dist'));
  try {
    const { context, page, errors, requests } = await openPage(browser, server.url);
    await page.waitForFunction(() => document.getElementById('out').textContent !== 'loading', null, { timeout: 15000 });
    const out = await page.textContent('#out');
    assert.ok(!out.startsWith('failed'), out);
    const result = JSON.parse(out);
    assert.ok(result.flagged.includes('[X]'), out);
    assert.deepEqual(result.withConfig.filter((t) => t === '待补充'), ['待补充']);
    assert.match(result.error, /rules\.nonsense/);
    assert.deepEqual(errors, []);
    assert.deepEqual(requests.filter((u) => !u.startsWith(server.url)), []);
    await context.close();
  } finally {
    await server.close();
  }
});
