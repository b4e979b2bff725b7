// The offline file's loader, appended to the wasm-bindgen glue inside the same module script.
// The module is inlined as base64 of its gzip (a third of the size); it is unpacked with
// DecompressionStream and instantiated from bytes: no fetch, so it works from file://.
// (Asynchronous instantiation: Chromium before ~115 refuses synchronous compilation of a
// module over 4 KB on the main thread.)
const WASM_GZ_BASE64 = '__WASM_GZ_BASE64__';
// The .docx reader's module (pkg/docx.js above loads it when a Word file is opened).
const DOCX_GZ_BASE64 = '__DOCX_GZ_BASE64__';
setDocxModule(() => unpack(DOCX_GZ_BASE64));

async function unpack(base64 = WASM_GZ_BASE64) {
  const packed = atob(base64);
  const bytes = new Uint8Array(packed.length);
  for (let i = 0; i < packed.length; i++) bytes[i] = packed.charCodeAt(i);
  if (typeof DecompressionStream !== 'function') {
    throw new Error('此浏览器缺少 DecompressionStream(需 Chromium 80 以上)');
  }
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream).arrayBuffer();
}

if (!window.rcUnsupported) {
  unpack()
    .then((module_or_path) => __wbg_init({ module_or_path }))
    .then(() => mountPage(document.getElementById('app')))
    .catch(fail);
}
