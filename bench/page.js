// The benchmark page's side: loads a checker (fetch + compile + instantiate), runs it, times it.
// Served from the repository root by bench/browser.mjs, so /pkg/ is report-check's build and
// /bench/node_modules/ holds the peers. Every load is cold: the server sends `no-store` and each
// cold measurement uses a fresh browser context.

const PEERS = {
  // report-check: wasm-bindgen `--target web` glue; init() fetches and instantiates the wasm (streaming).
  'report-check': async () => {
    const m = await import('/pkg/report_check.js');
    await m.default({ module_or_path: '/pkg/report_check_bg.wasm' });
    return { check: (text) => m.check(text), count: (r) => r.diagnostics.length };
  },
  // @huacnlee/autocorrect: wasm-pack `bundler` glue (expects a bundler to import the .wasm), so it is
  // wired by hand exactly as a bundler would: instantiate with the glue as the import object.
  autocorrect: async () => {
    const dir = '/bench/node_modules/@huacnlee/autocorrect/';
    const bg = await import(dir + 'autocorrect_bg.js');
    const { instance } = await WebAssembly.instantiateStreaming(fetch(dir + 'autocorrect_bg.wasm'), { './autocorrect_bg.js': bg });
    bg.__wbg_set_wasm(instance.exports);
    instance.exports.__wbindgen_start();
    return { check: (text) => bg.lintFor(text, 'report.txt'), count: (r) => (r && r.lines ? r.lines.length : 0) };
  },
  // zhlint: plain JS (its ES build has no imports); run() lints a Markdown/plain string with the
  // default preset (without `rules` it lints nothing).
  zhlint: async () => {
    const m = await import('/bench/node_modules/zhlint/dist/zhlint.es.js');
    const quiet = { log() {}, warn() {}, error() {} };
    return { check: (text) => m.run(text, { rules: { preset: 'default' }, logger: quiet }), count: (r) => (r && r.validations ? r.validations.length : 0) };
  },
};

const loaded = {};

/** Cold start to first result: fetch + compile + instantiate + first check, in ms. */
async function cold(name, text) {
  const t0 = performance.now();
  const lib = await PEERS[name]();
  const result = lib.check(text);
  const t1 = performance.now();
  loaded[name] = lib;
  return { ms: t1 - t0, findings: lib.count(result) };
}

/** Median (and spread) of at least `runs` warm checks; keeps going up to `minMs` of total time. */
async function warm(name, text, runs, minMs = 0) {
  const lib = loaded[name] || (loaded[name] = await PEERS[name]());
  const times = [];
  const start = performance.now();
  while (times.length < runs || performance.now() - start < minMs) {
    const t0 = performance.now();
    lib.check(text);
    times.push(performance.now() - t0);
    if (times.length >= 10000) break;
  }
  times.sort((a, b) => a - b);
  return { median: times[times.length >> 1], p10: times[Math.floor(times.length * 0.1)],
    p90: times[Math.floor(times.length * 0.9)], runs: times.length };
}

window.bench = { cold, warm, names: Object.keys(PEERS) };
window.benchReady = true;
