// Browser benchmark (issue 9), in Debian's Chromium through playwright-core:
//   1. cold start to first result (fetch + compile + instantiate + first check) and warm check time
//      (median of >= 30 runs) of report-check's wasm and of the peers @huacnlee/autocorrect (lintFor)
//      and zhlint (run), all in the same page and run, on seed-003 (75 KB);
//   2. keystroke latency on the checking page (dist/site/): from an `input` event to highlights
//      updated, on the same draft (median of >= 30 edits).
//
// Usage: node bench/browser.mjs [--runs N] [--cold N] [--edits N] [--json FILE] [--no-peers] [--keystroke-only]
// Needs the build (bash scripts/build-wasm.sh) and, for the peers, `npm ci` in bench/.
// scripts/bench.sh does all of that; tests/browser/bench.test.mjs runs it once with 1 iteration.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checked, launch, openPage, ready, requireBuild, ROOT, seed } from '../tests/browser/helpers.mjs';
import { serve } from '../www/serve.mjs';

export const DRAFT = 'seed-003.txt';
const PEERS_DIR = join(ROOT, 'bench', 'node_modules');

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

/** Runs the whole benchmark; returns plain figures (ms). */
export async function runBrowserBench({ runs = 30, coldRuns = 5, edits = 30, peers = true, minWarmMs = 0, keystrokeOnly = false } = {}) {
  requireBuild();
  const text = seed(DRAFT);
  const names = keystrokeOnly ? [] : ['report-check'];
  const skipped = {};
  if (peers && !keystrokeOnly) {
    if (existsSync(join(PEERS_DIR, '@huacnlee', 'autocorrect'))) names.push('autocorrect');
    else skipped.autocorrect = 'not installed (npm ci in bench/)';
    if (existsSync(join(PEERS_DIR, 'zhlint'))) names.push('zhlint');
    else skipped.zhlint = 'not installed (npm ci in bench/)';
  }
  const server = await serve(ROOT);
  const browser = await launch();
  const out = { draft: DRAFT, bytes: Buffer.byteLength(text), chromium: browser.version(), libs: {}, skipped };
  try {
    // Cold: a fresh context per load (no HTTP cache, no compiled-code cache), the draft already in memory.
    for (const name of names) {
      const colds = [];
      let findings = 0;
      let error = null;
      for (let i = 0; i < coldRuns; i++) {
        const { context, page, errors } = await openPage(browser, server.url + 'bench/page.html');
        try {
          await page.waitForFunction(() => window.benchReady === true);
          const r = await page.evaluate(([n, t]) => window.bench.cold(n, t), [name, text]);
          colds.push(r.ms);
          findings = r.findings;
        } catch (e) {
          error = String(e.message || e).split('\n')[0];
        } finally {
          if (errors.length && !error) error = errors[0];
          await context.close();
        }
        if (error) break;
      }
      out.libs[name] = error ? { error } : { coldMs: median(colds), coldRuns: colds.length, findings };
    }
    // Warm: every checker loaded in ONE page, then each timed in turn.
    const { context, page } = await openPage(browser, server.url + 'bench/page.html');
    try {
      await page.waitForFunction(() => window.benchReady === true);
      for (const name of names) {
        if (out.libs[name].error) continue;
        try {
          await page.evaluate(([n, t]) => window.bench.cold(n, t), [name, text]);
        } catch (e) {
          out.libs[name] = { error: String(e.message || e).split('\n')[0] };
        }
      }
      for (const name of names) {
        if (out.libs[name].error) continue;
        const w = await page.evaluate(([n, t, r, m]) => window.bench.warm(n, t, r, m), [name, text, runs, minWarmMs]);
        Object.assign(out.libs[name], { warmMs: w.median, warmP10: w.p10, warmP90: w.p90, warmRuns: w.runs });
      }
    } finally {
      await context.close();
    }
    try {
      out.keystroke = await keystroke(browser, server.url + 'dist/site/', text, edits);
    } catch (e) {
      out.keystroke = { error: String(e.message || e).split('\n')[0] };
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const base = out.libs['report-check'];
  for (const [name, lib] of Object.entries(out.libs)) {
    if (lib.error || !base || base.error) continue;
    lib.coldRatio = lib.coldMs / base.coldMs;
    lib.warmRatio = lib.warmMs / base.warmMs;
  }
  return out;
}

// Timer callbacks are wrapped before the page loads, so the benchmark knows when the typing pause
// (the page's debounce) ended and the check began.
const TIMER_PROBE = () => {
  const setTimeout0 = window.setTimeout;
  window.__timerStart = 0;
  window.setTimeout = function (cb, ms, ...rest) {
    if (typeof cb !== 'function') return setTimeout0.call(this, cb, ms, ...rest);
    return setTimeout0.call(this, function (...args) {
      window.__timerStart = performance.now();
      return cb.apply(this, args);
    }, ms, ...rest);
  };
};

/**
 * Keystroke latency: one character typed (execCommand insertText, which fires a real `input` event
 * as typing does) at a varying place in the 75 KB draft, then timed until the highlights are
 * updated (and the list and summary) and laid out. The page waits for a pause in typing (its debounce) before checking;
 * that pause is by design and reported apart: latency = input handler + (pause end -> highlights).
 */
async function keystroke(browser, url, text, edits) {
  const { context, page, errors } = await openPage(browser, url, { init: TIMER_PROBE });
  try {
    await ready(page);
    // The first draft on a freshly opened page: the page warms the checker up while it waits for
    // the user (crate::warm_up); the draft arrives after that, as a paste does.
    await page.waitForFunction(() => performance.getEntriesByName('report-check:warm').length === 1, null, { timeout: 15000 });
    const firstCheckMs = await page.evaluate(async (t) => {
      const ed = document.querySelector('#rc-editor');
      const side = document.querySelector('#rc-summary').closest('aside');
      const done = new Promise((ok) => {
        const mo = new MutationObserver(() => {
          if (side.getAttribute('aria-busy') !== 'false') return;
          mo.disconnect();
          ok(performance.now());
        });
        mo.observe(side, { attributes: true, attributeFilter: ['aria-busy'] });
      });
      ed.focus();
      ed.select();
      window.__timerStart = 0;
      document.execCommand('insertText', false, t);
      const end = await done;
      return end - window.__timerStart;
    }, text);
    await checked(page);
    const r = await page.evaluate(async (n) => {
      const ed = document.querySelector('#rc-editor');
      const backdrop = document.querySelector('.rc-backdrop');
      const side = document.querySelector('#rc-summary').closest('aside');
      const idle = () => new Promise((ok) => setTimeout(ok, 30));
      const frame = () => new Promise((ok) => requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => ok(performance.now());
        ch.port2.postMessage(0);
      }));
      const rows = [];
      for (let i = 0; i < n; i++) {
        await idle();
        const pos = Math.floor((ed.value.length * (i + 0.5)) / n);
        ed.focus();
        ed.setSelectionRange(pos, pos);
        // The page marks the results done (aria-busy="false" on the results) after it has updated
        // the highlights, the summary and the list; the observer runs right after that task.
        const painted = new Promise((ok) => {
          const mo = new MutationObserver(() => {
            if (side.getAttribute('aria-busy') !== 'false') return;
            mo.disconnect();
            const t = performance.now();
            backdrop.getBoundingClientRect(); // style and layout of the updated backdrop and list, now
            document.body.offsetHeight;
            ok({ mutated: t, laidOut: performance.now() });
          });
          mo.observe(side, { attributes: true, attributeFilter: ['aria-busy'] });
        });
        window.__timerStart = 0;
        const t0 = performance.now();
        document.execCommand('insertText', false, '字');
        const handler = performance.now() - t0;
        const { mutated, laidOut } = await painted;
        const framed = await frame();
        const start = window.__timerStart || t0;
        rows.push({ handler, check: mutated - start, layout: laidOut - mutated, frame: framed - start,
          pause: start - t0, total: handler + (laidOut - start) });
      }
      return rows;
    }, edits);
    const m = (k) => median(r.map((x) => x[k]));
    return { firstCheckMs, edits: r.length, latencyMs: m('total'), handlerMs: m('handler'), checkRenderMs: m('check'), layoutMs: m('layout'),
      toNextFrameMs: m('frame'), pauseMs: m('pause'), errors };
  } finally {
    await context.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const opt = (name, dflt) => {
    const i = args.indexOf(name);
    return i >= 0 ? Number(args[i + 1]) : dflt;
  };
  const ji = args.indexOf('--json');
  const result = await runBrowserBench({ runs: opt('--runs', 30), coldRuns: opt('--cold', 5), edits: opt('--edits', 30),
    peers: !args.includes('--no-peers'), minWarmMs: opt('--min-warm-ms', 0), keystrokeOnly: args.includes('--keystroke-only') });
  if (ji >= 0) writeFileSync(args[ji + 1], JSON.stringify(result, null, 2));
  console.log(JSON.stringify(result, null, 2));
}
