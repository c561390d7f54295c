// Glossa: small progressive enhancements. Every page works without this file.
(function () {
  "use strict";
  // Remember the reader's language choice for the root page.
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a[hreflang]");
    if (link) {
      try { localStorage.setItem("glossa.lang", link.getAttribute("hreflang")); } catch (e) { /* storage off */ }
    }
  });
})();
