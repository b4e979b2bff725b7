// Renames the imports of a wasm-bindgen module to short names, in the module and in its glue.
//
// Usage: node scripts/short-imports.mjs MODULE.wasm GLUE.js
//
// Why: wasm-bindgen names each import after its Rust path and a 16-digit hash
// (`__wbg_getBoundingClientRect_9f973e395d22a7dd`), in a module called `./report_check_bg.js`.
// The page's module has about 170 of them: 8.8 KB of names, 3 KB gzipped, since the hashes do not
// compress. Renamed `a`, `b`, … in module `a`, they cost a few hundred bytes. The glue is the
// only other place that names them: each is one key of the object that `__wbg_get_imports`
// returns, and the module's name is the key of that object. The script checks that each name
// appears exactly once in the glue, so that a change in wasm-bindgen's glue stops the build
// rather than producing a module whose imports do not resolve.
import { readFileSync, writeFileSync } from 'node:fs';

const [wasmPath, gluePath] = process.argv.slice(2);
if (!wasmPath || !gluePath) {
  console.error('usage: node scripts/short-imports.mjs MODULE.wasm GLUE.js');
  process.exit(2);
}
const wasm = readFileSync(wasmPath);
let glue = readFileSync(gluePath, 'utf8');

function readLeb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}
function leb(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return Buffer.from(out);
}
const utf8 = (s) => Buffer.from(s, 'utf8');
const withLength = (bytes) => Buffer.concat([leb(bytes.length), bytes]);

// a…z, A…Z, then two letters: valid identifiers, none of them `__proto__`.
const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
function shortName(i) {
  let name = '';
  do {
    name = LETTERS[i % LETTERS.length] + name;
    i = Math.floor(i / LETTERS.length) - 1;
  } while (i >= 0);
  return name;
}

function fail(message) {
  console.error(`short-imports: ${message}`);
  process.exit(1);
}

const SHORT_MODULE = 'a';
const parts = [wasm.subarray(0, 8)];
let at = 8;
let renamed = 0;
let moduleName = null;
while (at < wasm.length) {
  const id = wasm[at];
  const [size, bodyAt] = readLeb(wasm, at + 1);
  const end = bodyAt + size;
  if (id !== 2) {
    parts.push(wasm.subarray(at, end));
    at = end;
    continue;
  }
  const body = wasm.subarray(bodyAt, end);
  let [count, p] = readLeb(body, 0);
  const entries = [leb(count)];
  for (let i = 0; i < count; i++) {
    let length;
    [length, p] = readLeb(body, p);
    const module = body.subarray(p, p + length).toString('utf8');
    p += length;
    [length, p] = readLeb(body, p);
    const name = body.subarray(p, p + length).toString('utf8');
    p += length;
    const descriptorAt = p;
    const kind = body[p++];
    if (kind !== 0) fail(`import ${module}.${name} is not a function (kind ${kind})`);
    [, p] = readLeb(body, p); // the function's type index
    if (moduleName === null) moduleName = module;
    if (module !== moduleName) fail(`imports from two modules: ${moduleName} and ${module}`);
    const key = new RegExp(`(?<![\\w$])${name.replace(/\$/g, '\\$')}(?![\\w$])`, 'g');
    const uses = glue.match(key)?.length ?? 0;
    if (uses !== 1) fail(`${name} appears ${uses} times in the glue, not once`);
    const short = shortName(i);
    glue = glue.replace(key, short);
    entries.push(withLength(utf8(SHORT_MODULE)), withLength(utf8(short)), body.subarray(descriptorAt, p));
    renamed++;
  }
  const section = Buffer.concat(entries);
  parts.push(Buffer.from([2]), leb(section.length), section);
  at = end;
}
if (moduleName !== null) {
  const key = `"${moduleName}": import0,`;
  if (glue.split(key).length !== 2) fail(`the glue does not name module ${moduleName} exactly once as \`${key}\``);
  glue = glue.replace(key, `"${SHORT_MODULE}": import0,`);
}
writeFileSync(wasmPath, Buffer.concat(parts));
writeFileSync(gluePath, glue);
console.log(`short-imports: ${renamed} imports of ${wasmPath} renamed`);
