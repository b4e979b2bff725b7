// Writes dist/site/ (the page as files, to serve) and dist/report-check.html (the same page as
// one file with CSS, JS and the wasm inlined, for file://). Run by scripts/build-wasm.sh after
// pkg/ is built.
import { readFileSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const www = (f) => join(root, 'www', f);
const read = (p) => readFileSync(p, 'utf8');

// --- the served page ---
const site = join(root, 'dist', 'site');
mkdirSync(join(site, 'pkg'), { recursive: true });
for (const f of ['index.html', 'style.css', 'app.js', 'boot.js', 'support.js', 'icon.svg']) copyFileSync(www(f), join(site, f));
// The page's own module (target/page/: the npm package's without the JS API, which the page never
// calls) and the .docx reader of pkg/.
const pageModule = (f) => join(root, 'target', 'page', f);
for (const f of ['report_check.js', 'report_check_bg.wasm']) copyFileSync(pageModule(f), join(site, 'pkg', f));
copyFileSync(join(root, 'pkg', 'report_check_docx.wasm'), join(site, 'pkg', 'report_check_docx.wasm'));
// pkg/docx.js without `checkDocx` and its import of `check`: the page's module has no `check`, and
// the page reads Word files through `reportCheckReadDocx` alone.
const checkDocx = /^\/\*\* Reads a \.docx and checks its text[^\n]*\n(?:.*\n)*?\}\n/m;
const importCheck = /^import \{ check \} from '\.\/report_check\.js';\n/m;
let pageDocxJs = read(join(root, 'pkg', 'docx.js'));
for (const part of [checkDocx, importCheck]) {
  if (!part.test(pageDocxJs)) throw new Error(`pkg/docx.js: ${part} not found`);
  pageDocxJs = pageDocxJs.replace(part, '');
}
if (/\bcheck\(/.test(pageDocxJs)) throw new Error('pkg/docx.js: the page copy still calls check');
writeFileSync(join(site, 'pkg', 'docx.js'), pageDocxJs);

// --- the offline single file ---
const glue = read(pageModule('report_check.js'));
if (!glue.includes('__wbg_init as default')) throw new Error('unexpected wasm-bindgen glue: no __wbg_init');
const wasm = readFileSync(pageModule('report_check_bg.wasm'));
const packed = gzipSync(wasm, { level: 9 }).toString('base64');
const boot = read(www('boot.js')).replace(/^export function/m, 'function');
// The .docx reader: its module inlined too (instantiated only when a Word file is opened), and
// the page's copy of pkg/docx.js (above) without its exports.
const docxPacked = gzipSync(readFileSync(join(root, 'pkg', 'report_check_docx.wasm')), { level: 9 }).toString('base64');
const docxJs = pageDocxJs.replace(/^export (async )?function/gm, (_, a) => `${a || ''}function`);
if (docxJs.includes('import ') && /^import /m.test(docxJs)) throw new Error('pkg/docx.js: an import left');
const loader = read(www('offline.js'))
  .replace("'__WASM_GZ_BASE64__'", () => `'${packed}'`)
  .replace("'__DOCX_GZ_BASE64__'", () => `'${docxPacked}'`);
const script = [glue, docxJs, boot, loader].join('\n');
for (const bad of ['</script', '<script', '<!--']) {
  if (script.toLowerCase().includes(bad)) throw new Error(`inlined JS contains ${bad}`);
}
const css = read(www('style.css'));
if (css.toLowerCase().includes('</style')) throw new Error('CSS contains </style');

let html = read(www('index.html'));
const swap = (from, to) => {
  if (!html.includes(from)) throw new Error(`index.html lacks ${from}`);
  html = html.replace(from, () => to);
};
swap('<link rel="stylesheet" href="style.css">', `<style>\n${css}</style>`);
// The served page keeps every script and the icon in files so that a strict CSP (script-src 'self') holds;
// the single file has nowhere else to put them.
const support = read(www('support.js'));
if (support.toLowerCase().includes('</script')) throw new Error('support.js contains </script');
swap('<script src="support.js"></script>', `<script>\n${support}</script>`);
swap('<link rel="icon" href="icon.svg">', '<link rel="icon" href="data:,">');
swap('<script type="module" src="app.js"></script>', `<script type="module">\n${script}\n</script>`);
html = html.replace(
  /<meta http-equiv="Content-Security-Policy" content="[^"]*">/,
  `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval' 'wasm-unsafe-eval'; style-src 'unsafe-inline'; img-src data:; connect-src 'none'; form-action 'none'; base-uri 'none'">`,
);
writeFileSync(join(root, 'dist', 'report-check.html'), html);
