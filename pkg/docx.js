// Word documents (.docx) for the npm package and the checking page. Hand-written (not generated):
// the .docx reader is a second, small WebAssembly module (report_check_docx.wasm, no imports, no
// wasm-bindgen glue) that is fetched and compiled only when a Word file is first opened, so pages
// that only check typed text never load it.
//
//   import init from 'report-check';
//   import { checkDocx } from 'report-check/docx.js';
//   await init();
//   const { text, diagnostics, summary } = await checkDocx(bytes, config);
//   // diagnostics[i].place: '第3段', '表格1 第6行第2列', '脚注1' …; offsets are into `text`.
//
// A file that cannot be read (.doc, .wps, encrypted, damaged) rejects with an Error whose message
// says, in Chinese, what to do (另存为 .docx).
import { check } from './report_check.js';

let source = () => fetch(new URL('report_check_docx.wasm', import.meta.url)).then((r) => r.arrayBuffer());
let reader = null;

/** Where the .docx module's bytes come from (the offline page passes its inlined copy). */
export function setDocxModule(load) {
  source = load;
  reader = null;
}

/** Starts fetching and compiling the .docx module (the page calls it when the file chooser opens
 *  or a file is dragged over it, so the module is ready by the time a file is chosen). */
export function prepareDocx() {
  if (!reader) reader = Promise.resolve(source()).then((b) => WebAssembly.instantiate(b, {})).then((r) => r.instance.exports);
  reader.catch(() => { reader = null; });
  return reader;
}

/** The text a reader sees in a .docx: `{ text, places: [[utf16Start, label], …] }` by start. */
export async function readDocx(bytes) {
  const x = await prepareDocx();
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const ptr = x.rc_alloc(data.length);
  new Uint8Array(x.memory.buffer, ptr, data.length).set(data);
  const status = x.rc_extract(ptr, data.length);
  const answer = new TextDecoder().decode(new Uint8Array(x.memory.buffer, x.rc_result_ptr(), x.rc_result_len()));
  if (status !== 0) throw new Error(answer);
  return JSON.parse(answer);
}

/** The label of the place holding UTF-16 offset `pos`. */
export function placeAt(places, pos) {
  let lo = 0, hi = places.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (places[mid][0] <= pos) lo = mid + 1; else hi = mid;
  }
  return lo > 0 ? places[lo - 1][1] : undefined;
}

/** Reads a .docx and checks its text: `{ text, diagnostics (each with place), summary }`. */
export async function checkDocx(bytes, config) {
  const { text, places } = await readDocx(bytes);
  const report = check(text, config);
  for (const d of report.diagnostics) d.place = placeAt(places, d.start);
  return { text, diagnostics: report.diagnostics, summary: report.summary };
}

// The checking page (src/wasm/page.rs) opens Word files through this.
globalThis.reportCheckReadDocx = readDocx;
globalThis.reportCheckPrepareDocx = prepareDocx;
