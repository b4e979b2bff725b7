// Shown when loading fails, so the person sees why instead of an empty page.
export function fail(error) {
  console.error(error);
  const root = document.getElementById('app');
  const p = document.createElement('p');
  p.className = 'rc-boot rc-boot-error';
  p.textContent = '检查程序未能启动:' + (error && error.message ? error.message : String(error)) +
    '。请刷新页面重试,或改用较新版本的浏览器。';
  root.textContent = '';
  root.appendChild(p);
}
