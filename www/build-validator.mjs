// Builds the OA-form validator bundle from wasm-bindgen's `--target no-modules` output.
//
//   node www/build-validator.mjs GLUE.js MODULE.wasm OUT_DIR
//
// Writes to OUT_DIR:
//   report-check-validator.js         the one classic script to paste (ES5 loader + glue)
//   report-check-validator.wasm       the module it fetches from next to itself
//   report-check-validator.inline.js  the same script with the wasm inlined (base64), for
//                                     systems that cannot serve .wasm files
//   oa-demo.html                      the demo OA page (www/oa-demo.html)
//
// The glue is transpiled to ES5 with TypeScript so the whole file parses in an old browser
// (IE 11 parses it and fails open; without that, a syntax error would also break the host's
// own `ReportCheck.attach(...)` call). Both scripts are parsed with acorn as ES5 to prove it.
import { readFileSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import ts from 'typescript';
import * as acorn from 'acorn';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [glueFile, wasmFile, outDir] = process.argv.slice(2);
if (!outDir) {
  console.error('usage: node www/build-validator.mjs GLUE.js MODULE.wasm OUT_DIR');
  process.exit(2);
}
const version = /^version\s*=\s*"([^"]+)"/m.exec(readFileSync(join(root, 'Cargo.toml'), 'utf8'))[1];

const glue = ts.transpileModule(readFileSync(glueFile, 'utf8'), {
  fileName: 'glue.js',
  reportDiagnostics: true,
  compilerOptions: {
    target: ts.ScriptTarget.ES5,
    module: ts.ModuleKind.CommonJS, // the glue has no import/export: emitted as a plain script
    allowJs: true,
    downlevelIteration: true,
    removeComments: true,
    ignoreDeprecations: '5.0',
  },
});
if (glue.diagnostics.length) {
  console.error(glue.diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')).join('\n'));
  process.exit(1);
}

const loader = readFileSync(join(root, 'www/report-check-validator.js'), 'utf8');
if (!loader.includes('/*@GLUE@*/')) {
  throw new Error('www/report-check-validator.js lost its /*@GLUE@*/ marker');
}
const wasm = readFileSync(wasmFile);
const bundle = (base64) => {
  let out = loader.replace('/*@GLUE@*/', () => glue.outputText.trim()).split('@VERSION@').join(version);
  if (base64) {
    out = out.replace("'@WASM_BASE64@'", () => `'${base64}'`);
  }
  acorn.parse(out, { ecmaVersion: 5, sourceType: 'script' }); // throws on anything past ES5
  return out;
};

mkdirSync(outDir, { recursive: true });
const files = {
  'report-check-validator.js': bundle(null),
  'report-check-validator.inline.js': bundle(wasm.toString('base64')),
};
for (const [name, text] of Object.entries(files)) {
  writeFileSync(join(outDir, name), text);
}
copyFileSync(wasmFile, join(outDir, 'report-check-validator.wasm'));
copyFileSync(join(root, 'www/oa-demo.html'), join(outDir, 'oa-demo.html'));

const size = (buf) => ({ raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length });
const sizes = {
  script: size(Buffer.from(files['report-check-validator.js'])),
  wasm: size(wasm),
  inline: size(Buffer.from(files['report-check-validator.inline.js'])),
};
writeFileSync(join(outDir, 'sizes.json'), JSON.stringify(sizes, null, 1) + '\n');
for (const [k, v] of Object.entries(sizes)) {
  console.error(`validator ${k}: ${v.raw} bytes (${v.gzip} gzipped)`);
}
