// Shared by the host pages (TEST ONLY): what an OA page does around its editor.
// ?mode=warn makes the page ask for warn mode; send(via, content) is the host's AJAX.
(function () {
  var m = /[?&]mode=(\w+)/.exec(location.search);
  window.RC_MODE = m ? m[1] : undefined;
  window.sent = [];
  window.send = function (via, content) {
    window.sent.push(via);
    var x = new XMLHttpRequest();
    x.open('POST', '/api/send');
    x.setRequestHeader('Content-Type', 'application/json');
    x.send(JSON.stringify({ via: via, content: content }));
  };
})();
