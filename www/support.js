/* Runs in any browser, before the module: a browser without WebAssembly (or too old for
   modules) gets a plain explanation instead of a page that silently does nothing. */
(function () {
  var ok = typeof WebAssembly === 'object' && typeof WebAssembly.instantiate === 'function';
  if (!ok || !('noModule' in document.createElement('script'))) {
    window.rcUnsupported = true;
    var p = document.getElementById('rc-boot');
    p.className = 'rc-boot rc-boot-error';
    p.textContent = '当前浏览器不支持 WebAssembly,无法运行报告检查。请改用较新版本的 Chrome、Edge、Firefox,或 360、奇安信等浏览器的“极速模式”(Chromium 85 及以上)。';
  }
})();
