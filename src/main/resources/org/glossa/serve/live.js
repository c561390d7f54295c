// Glossa's preview (glossa serve only; never part of the published site): reloads the page when the
// site has been rebuilt, and shows the build's errors over the page until they are fixed.
(function () {
  'use strict';
  var script = document.currentScript;
  var served = Number(new URL(script.src).searchParams.get('build'));
  var overlay = null;

  function show(problem) {
    if (!overlay) {
      overlay = document.createElement('glossa-problems');
      overlay.style.cssText = 'position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,18,16,.92);';
      var root = overlay.attachShadow({mode: 'open'});
      root.innerHTML = '<style>'
        + ':host{all:initial}'
        + '.box{max-width:60rem;margin:2rem auto;padding:1rem 1.5rem;background:#fffdf8;color:#1b1a17;border-top:6px solid #b3261e;'
        + 'font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,"Noto Sans Mono CJK SC",monospace}'
        + 'h2{font:600 16px/1.4 system-ui,sans-serif;margin:0 0 .5rem;color:#b3261e}'
        + 'p{font:13px/1.4 system-ui,sans-serif;margin:.5rem 0 0;color:#5c574f}'
        + 'pre{white-space:pre-wrap;margin:0}.error{color:#b3261e;font-weight:600}.hint{color:#3d5a80}'
        + 'button{float:right;font:inherit;border:1px solid #5c574f;background:none;cursor:pointer}'
        + '</style><div class="box" role="alertdialog" aria-labelledby="glossa-title">'
        + '<button type="button" aria-label="Hide">×</button><h2 id="glossa-title"></h2><div class="body"></div>'
        + '<p>The last good pages are shown; saving a fix reloads them.</p></div>';
      root.querySelector('button').addEventListener('click', hide);
      document.documentElement.appendChild(overlay);
    }
    var root = overlay.shadowRoot;
    root.querySelector('h2').textContent = 'The site does not build: ' + problem.summary;
    root.querySelector('.body').innerHTML = problem.html; // escaped by the server
  }

  function hide() {
    if (overlay) {
      overlay.remove();
      overlay = null;
    }
  }

  function state(data) {
    if (data.problems) {
      show(data.problems);
    } else if (data.build !== served) {
      location.reload();
    } else {
      hide();
    }
  }

  var events = new EventSource('/__glossa/events');
  ['hello', 'reload', 'problems', 'ok'].forEach(function (name) {
    events.addEventListener(name, function (e) { state(JSON.parse(e.data)); });
  });
})();
