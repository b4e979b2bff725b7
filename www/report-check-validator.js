/*! report-check validator @VERSION@: checks a work report in an OA form before it is submitted. MIT licence. */
/*
 * The thin loader. Paste one tag into the OA page:
 *
 *   <script src="/static/report-check/report-check-validator.js"></script>
 *
 * and either mark the form (<form data-report-check data-report-check-mode="warn">) or call
 * ReportCheck.attach(formOrSelector, { field, title, config, mode, failClosed, buttons, panel }).
 *
 * Why this file looks the way it does:
 * - It is ONE classic script in plain ES5 (no modules, no let/const, no arrow functions), so an
 *   old browser can at least parse it. Where WebAssembly is missing (IE 11, Chrome < 57, a
 *   policy that turns it off) the check is skipped: the form submits as before (fail open),
 *   with a console warning and a small notice. `failClosed: true` reverses that.
 * - The wasm-bindgen glue (`--target no-modules`, transpiled to ES5 at build time) sits inside
 *   `loadGlue` below and only runs once WebAssembly is known to exist. The build fills it in;
 *   it also makes report-check-validator.inline.js, the same script with the wasm inlined as
 *   base64, for systems that cannot serve .wasm files.
 * - Only the event routing lives here, because it is what must keep working when the wasm does
 *   not: submit events and clicks on submit controls are caught in the capture phase on the
 *   document, before the host's own handlers, and the wasm decides (ReportCheckValidator.attempt).
 *   Reading the draft, the panel, highlights, validity messages and live updates are Rust
 *   (src/wasm/validator/). Any exception from the wasm lets the submission through (fail open).
 * - The wasm is fetched at once (not on submit) so it is ready before the user is; a submission
 *   started while it is still loading is held and replayed when it has loaded (or failed).
 */
(function (window, document) {
  'use strict';
  if (window.ReportCheck && window.ReportCheck.attach) {
    return; // the tag was pasted twice
  }
  var VERSION = '@VERSION@';
  var WASM_FILE = 'report-check-validator.wasm';
  var WASM_BASE64 = '@WASM_BASE64@';

  var script = document.currentScript || lastScript();
  var state = 'loading'; // 'ready' | 'failed'
  var engine = null; // the wasm-bindgen exports once loaded
  var failure = null;
  var waiting = [];
  var handles = [];

  function lastScript() {
    var all = document.getElementsByTagName('script');
    return all[all.length - 1];
  }

  function warn(message, error) {
    if (window.console && window.console.warn) {
      window.console.warn('ReportCheck: ' + message, error || '');
    }
  }

  // --- loading -------------------------------------------------------------------------------

  function loadGlue() {
    /*@GLUE@*/
    return wasm_bindgen;
  }

  function wasmSource() {
    if (WASM_BASE64.charAt(0) !== '@') {
      var bin = window.atob(WASM_BASE64);
      var bytes = new Uint8Array(bin.length);
      for (var i = 0; i < bin.length; i++) {
        bytes[i] = bin.charCodeAt(i);
      }
      return bytes;
    }
    var given = (script && script.getAttribute('data-wasm')) || window.ReportCheckWasmUrl;
    if (given) {
      return given;
    }
    var src = (script && script.src) || '';
    return src.replace(/[^\/?#]*([?#].*)?$/, WASM_FILE);
  }

  function start() {
    if (typeof window.WebAssembly !== 'object' || typeof window.Promise !== 'function' || !window.Uint8Array) {
      settle('failed', new Error('此浏览器不支持 WebAssembly'));
      return;
    }
    try {
      var glue = loadGlue();
      glue({ module_or_path: wasmSource() }).then(function () {
        engine = glue;
        settle('ready', null);
      }, function (e) {
        settle('failed', e);
      });
    } catch (e) {
      settle('failed', e);
    }
  }

  function settle(to, error) {
    if (state !== 'loading') {
      return;
    }
    state = to;
    failure = error;
    if (error) {
      warn('报告检查组件未能加载,表单照常提交,不做检查。', error);
    }
    var todo = waiting;
    waiting = [];
    for (var i = 0; i < todo.length; i++) {
      todo[i](error);
    }
  }

  function whenSettled(callback) {
    if (state === 'loading') {
      waiting.push(callback);
    } else {
      callback(failure);
    }
  }

  // A trap (panic, out of memory) leaves the wasm instance suspect: no form uses it again.
  // Anything else (an editor iframe that cannot be read) only stops the check of one form.
  function broken(error) {
    warn('报告检查出错,已停用。', error);
    state = 'failed';
    failure = error;
    for (var i = 0; i < handles.length; i++) {
      handles[i].failed();
    }
  }

  // --- DOM helpers (ES5, no DOM changes except the notice) ----------------------------------------

  function elementOf(target) {
    if (!target) {
      return null;
    }
    if (typeof target === 'string') {
      return document.querySelector(target);
    }
    return target.nodeType === 1 ? target : null;
  }

  function closestForm(el) {
    for (var n = el; n && n.nodeType === 1; n = n.parentNode) {
      if (n.tagName === 'FORM') {
        return n;
      }
    }
    return null;
  }

  function matches(el, selector) {
    var fn = el.matches || el.msMatchesSelector || el.webkitMatchesSelector;
    try {
      return !!(fn && fn.call(el, selector));
    } catch (e) {
      return false;
    }
  }

  // The outermost box around `el` below `stop` that clips its content or has a height set on it
  // (an editor's own box): the notice goes after it, where it is seen and covers nothing.
  function outerBox(el, stop) {
    var best = el;
    for (var n = el.parentNode; n && n.nodeType === 1 && n !== stop && n !== document.body; n = n.parentNode) {
      var style = window.getComputedStyle ? window.getComputedStyle(n, null) : n.currentStyle;
      if ((style && (style.overflowX !== 'visible' || style.overflowY !== 'visible')) || (n.style && n.style.height)) {
        best = n;
      }
    }
    return best;
  }

  function stop(ev) {
    ev.preventDefault();
    if (ev.stopImmediatePropagation) {
      ev.stopImmediatePropagation();
    }
    ev.stopPropagation();
  }

  function replay(form, submitter) {
    if (submitter && document.documentElement.contains(submitter)) {
      submitter.click();
    } else if (form.requestSubmit) {
      form.requestSubmit();
    } else if (form.tagName === 'FORM') {
      var ev = document.createEvent('Event');
      ev.initEvent('submit', true, true);
      if (form.dispatchEvent(ev)) {
        form.submit();
      }
    }
  }

  // --- one attached form ---------------------------------------------------------------------

  function Handle(target, options) {
    var self = this;
    this.options = options;
    this.target = elementOf(target);
    this.form = this.target && (this.target.tagName === 'FORM' ? this.target : closestForm(this.target) || this.target);
    this.validator = null;
    this.held = null;
    this.bypass = false;
    this.notice = null;
    this.detached = false;
    if (!this.form) {
      warn('找不到要检查的表单:' + target);
      return;
    }
    this.form.reportCheck = this;
    this.onSubmit = function (ev) {
      if (ev.target === self.form) {
        self.decide(ev, ev.submitter || null);
      }
    };
    this.onClick = function (ev) {
      var control = self.submitControl(ev.target);
      if (control) {
        self.decide(ev, control);
      }
    };
    document.addEventListener('submit', this.onSubmit, true);
    document.addEventListener('click', this.onClick, true);
    whenSettled(function (error) {
      if (self.detached) {
        return;
      }
      if (!error) {
        try {
          self.validator = engine.attachValidator(self.target, options);
        } catch (e) {
          // A bad config or a missing field: the administrator sees why in the console.
          warn('无法挂接到表单,本表单不做检查。', e);
        }
      }
      if (!self.validator) {
        self.failed();
      }
      if (self.held) {
        var held = self.held;
        self.held = null;
        if (self.validator || !options.failClosed) {
          self.bypass = !self.validator;
          replay(self.form, held.submitter);
          self.bypass = false;
        }
      }
    });
  }

  // The control that starts a submission of this form: its submit buttons, and what the
  // administrator named (`buttons`, `data-report-check-submit`) for hosts that submit by script.
  Handle.prototype.submitControl = function (el) {
    var form = this.form;
    var extra = this.options.buttons;
    for (var n = el; n && n.nodeType === 1; n = n.parentNode) {
      var tag = n.tagName;
      var type = (n.getAttribute('type') || '').toLowerCase();
      if (n.form === form && ((tag === 'BUTTON' && (type === 'submit' || type === '')) ||
          (tag === 'INPUT' && (type === 'submit' || type === 'image')))) {
        return n;
      }
      if (n.hasAttribute('data-report-check-submit')) {
        var owner = n.getAttribute('data-report-check-submit');
        if (owner ? owner === form.id : form.contains(n)) {
          return n;
        }
      }
      if (extra && matches(n, extra)) {
        return n;
      }
      if (n === form) {
        return null;
      }
    }
    return null;
  };

  Handle.prototype.decide = function (ev, submitter) {
    if (this.detached || this.bypass) {
      return;
    }
    if (state === 'loading') {
      stop(ev);
      this.held = { submitter: submitter };
      return;
    }
    if (!this.validator) {
      if (this.options.failClosed) {
        stop(ev);
        this.failed();
      }
      return;
    }
    var allow;
    try {
      allow = this.validator.attempt(submitter);
    } catch (e) {
      this.threw(e);
      allow = !this.options.failClosed;
    }
    if (!allow) {
      stop(ev);
    }
  };

  Handle.prototype.threw = function (error) {
    if (window.WebAssembly && error instanceof window.WebAssembly.RuntimeError) {
      broken(error);
    } else {
      warn('检查出错,本表单不再检查。', error);
      this.failed();
    }
  };

  // Engine unavailable for this form: a small notice next to the field, once.
  Handle.prototype.failed = function () {
    if (this.validator) {
      try {
        this.validator.detach();
      } catch (e) { /* already broken */ }
      this.validator = null;
    }
    if (this.notice || this.detached) {
      return;
    }
    var closed = !!this.options.failClosed;
    var note = document.createElement('div');
    note.setAttribute('data-report-check-notice', '');
    note.setAttribute('role', 'status');
    note.style.fontSize = '12px';
    note.style.margin = '4px 0';
    note.style.color = closed ? '#a12622' : '#7a6a3a';
    note.appendChild(document.createTextNode(closed ?
      '报告检查组件未能加载,暂时不能提交。请刷新页面重试,或联系系统管理员。' :
      '报告检查组件未能加载,本次提交不做检查。'));
    var anchor = elementOf(this.options.field) || this.form.querySelector('[data-report-check-field]') ||
      (this.target !== this.form ? this.target : null) || this.form.querySelector('textarea');
    if (!anchor && this.form.tagName !== 'FORM') {
      anchor = this.form; // a container attached in place of a form may be the editor's own box
    }
    if (anchor) {
      anchor = outerBox(anchor, this.form.tagName === 'FORM' ? this.form : this.form.parentNode);
    }
    if (anchor && anchor.parentNode) {
      anchor.parentNode.insertBefore(note, anchor.nextSibling);
    } else {
      this.form.appendChild(note);
    }
    this.notice = note;
  };

  // The result of checking now ({ ok, errors, warnings, infos, total, diagnostics }), shown in
  // the panel; null while the wasm is loading or when it could not load.
  Handle.prototype.check = function () {
    if (!this.validator) {
      return null;
    }
    try {
      return this.validator.check();
    } catch (e) {
      this.threw(e);
      return null;
    }
  };

  // Removes every trace: listeners, panel, highlights, notice, attributes.
  Handle.prototype.detach = function () {
    if (this.detached) {
      return;
    }
    this.detached = true;
    document.removeEventListener('submit', this.onSubmit, true);
    document.removeEventListener('click', this.onClick, true);
    if (this.validator) {
      try {
        this.validator.detach();
        this.validator.free();
      } catch (e) { /* nothing left to undo */ }
      this.validator = null;
    }
    if (this.notice && this.notice.parentNode) {
      this.notice.parentNode.removeChild(this.notice);
    }
    if (this.form && this.form.reportCheck === this) {
      this.form.reportCheck = undefined;
    }
    for (var i = 0; i < handles.length; i++) {
      if (handles[i] === this) {
        handles.splice(i, 1);
        break;
      }
    }
  };

  // --- the public API -----------------------------------------------------------------------

  function attach(target, options) {
    options = options || {};
    var el = elementOf(target);
    var form = el && (el.tagName === 'FORM' ? el : closestForm(el) || el);
    if (form && form.reportCheck) {
      form.reportCheck.detach(); // attaching again replaces the old options
    }
    var handle = new Handle(target, options);
    if (handle.form) {
      handles.push(handle);
    }
    return handle;
  }

  function attr(el, name) {
    return el.getAttribute('data-report-check-' + name);
  }

  // <form data-report-check data-report-check-mode="warn" data-report-check-config='{...}'
  //       data-report-check-fail-closed>, the body field marked data-report-check-field.
  function scan() {
    var marked = document.querySelectorAll('[data-report-check]');
    for (var i = 0; i < marked.length; i++) {
      var el = marked[i];
      var form = el.tagName === 'FORM' ? el : closestForm(el) || el;
      if (form.reportCheck) {
        continue;
      }
      var closed = attr(el, 'fail-closed');
      attach(el, {
        mode: attr(el, 'mode') || undefined,
        config: attr(el, 'config') || undefined,
        failClosed: closed !== null && closed !== 'false',
        buttons: attr(el, 'buttons') || undefined,
        panel: attr(el, 'panel-in') || undefined,
        title: attr(el, 'title') || undefined
      });
    }
  }

  window.ReportCheck = {
    version: VERSION,
    attach: attach,
    scan: scan,
    // 'loading', 'ready' or 'failed'.
    status: function () {
      return state;
    },
    // callback(error): error is null once ready, else why the check is skipped.
    ready: function (callback) {
      whenSettled(callback);
    }
  };

  start();
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', scan);
  } else {
    scan();
  }
})(window, document);
