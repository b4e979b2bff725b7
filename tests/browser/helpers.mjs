// Shared by the browser tests: Debian's Chromium through playwright-core (no browser download),
// the static server, the built files, and a log of every request a page makes.
import { chromium } from 'playwright-core';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SITE = join(ROOT, 'dist', 'site');
export const OFFLINE = join(ROOT, 'dist', 'report-check.html');
export const OFFLINE_URL = pathToFileURL(OFFLINE).href;
export const ARTIFACTS = join(ROOT, 'tests', 'artifacts');
export const SEEDS = join(ROOT, '..', 'shared', 'corpus', 'seeds');
mkdirSync(ARTIFACTS, { recursive: true });

export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--no-first-run', '--disable-sync', '--disable-quic'];

export function seed(name) {
  return readFileSync(join(SEEDS, name), 'utf8');
}

export function requireBuild() {
  for (const f of [join(SITE, 'index.html'), join(SITE, 'pkg', 'report_check_bg.wasm'), OFFLINE]) {
    if (!existsSync(f)) throw new Error(`${f} is missing: run bash scripts/build-wasm.sh first`);
  }
}

export async function launch() {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

/** A fresh context and page with a request log and collected page errors. */
export async function openPage(browser, url, { init, viewport = { width: 1366, height: 768 } } = {}) {
  const context = await browser.newContext({ viewport });
  const requests = [];
  const errors = [];
  context.on('request', (r) => requests.push(r.url()));
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    d.dismiss();
  });
  if (init) await page.addInitScript(init);
  await page.goto(url);
  return { context, page, requests, errors };
}

/** Waits until the page is mounted (the editor exists). */
export async function ready(page) {
  await page.waitForSelector('#rc-editor', { timeout: 15000 });
}

/** Puts text into the editor the way a paste does (one input event), and waits for the check. */
export async function pasteText(page, text) {
  await page.focus('#rc-editor');
  await page.evaluate(() => {
    const t = document.querySelector('#rc-editor');
    t.select();
  });
  await page.keyboard.insertText(text);
  await checked(page);
}

/** Waits until the results match the editor (no check pending). */
export async function checked(page) {
  await page.waitForTimeout(50);
  await page.waitForSelector('aside[aria-busy="false"]', { timeout: 15000 });
}

export async function editorState(page) {
  return page.evaluate(() => {
    const t = document.querySelector('#rc-editor');
    return { value: t.value, start: t.selectionStart, end: t.selectionEnd, scrollTop: t.scrollTop,
      selected: t.value.slice(t.selectionStart, t.selectionEnd) };
  });
}

/** Entries of the result list: {rule title, count} per group. */
export async function groups(page) {
  return page.$$eval('.rc-group', (gs) => gs.map((g) => ({
    title: g.querySelector('.rc-group-title').firstChild.textContent,
    count: Number(g.querySelector('.rc-badge').textContent),
    entries: g.querySelectorAll('.rc-entry').length,
  })));
}

/** The texts painted as problems on the backdrop (Highlight API ranges, or marks). */
export async function paintedTexts(page) {
  return page.evaluate(() => {
    const out = { mode: '', error: [], warning: [], info: [] };
    if (window.CSS && CSS.highlights && CSS.highlights.size > 0) {
      out.mode = 'highlight';
      for (const sev of ['error', 'warning', 'info']) {
        const h = CSS.highlights.get('rc-' + sev);
        if (h) for (const r of h) out[sev].push(r.toString());
      }
    } else {
      out.mode = 'marks';
      for (const sev of ['error', 'warning', 'info']) {
        for (const m of document.querySelectorAll('.rc-backdrop mark.sev-' + sev)) out[sev].push(m.textContent);
      }
    }
    return out;
  });
}
