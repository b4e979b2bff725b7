// The page's loader: fetch the module beside the page, then hand the page to Rust (mountPage).
import init, { mountPage } from './pkg/report_check.js';
import { fail } from './boot.js';
import './pkg/docx.js'; // Word files: the .docx module, loaded when one is opened

if (!window.rcUnsupported) {
  init().then(() => mountPage(document.getElementById('app'))).catch(fail);
}
