// Glossa: small progressive enhancements. Every page works without this file.
(function () {
  "use strict";

  // Glossary terms: show the short definition on hover, keyboard focus and tap; Escape closes it.
  // Without JavaScript a term is a plain link to its glossary entry, and screen readers get the
  // definition through aria-describedby either way.
  var tip = null;
  var owner = null;

  function hide() {
    if (tip) { tip.remove(); tip = null; }
    if (owner) { owner.removeAttribute("aria-expanded"); owner = null; }
  }

  function show(term) {
    var source = document.getElementById(term.getAttribute("aria-describedby"));
    if (!source) { return; }
    if (owner === term) { return; }
    hide();
    tip = source.cloneNode(true);
    tip.id = source.id + "-popover";
    tip.className = "term-popover";
    tip.setAttribute("role", "tooltip");
    tip.addEventListener("mouseleave", function (e) { if (e.relatedTarget !== owner) { hide(); } });
    document.body.appendChild(tip);
    var r = term.getBoundingClientRect();
    var width = Math.min(320, document.documentElement.clientWidth - 16);
    tip.style.width = width + "px";
    var left = Math.max(8, Math.min(r.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - width - 8));
    tip.style.left = left + "px";
    tip.style.top = (r.bottom + window.scrollY + 6) + "px";
    owner = term;
    term.setAttribute("aria-expanded", "true");
  }

  document.addEventListener("mouseover", function (e) {
    var term = e.target.closest && e.target.closest("a.term");
    if (term) { show(term); }
  });
  document.addEventListener("mouseout", function (e) {
    var term = e.target.closest && e.target.closest("a.term");
    if (term && owner === term && !(e.relatedTarget && tip && tip.contains(e.relatedTarget))) { hide(); }
  });
  document.addEventListener("focusin", function (e) {
    var term = e.target.closest && e.target.closest("a.term");
    if (term) { show(term); } else if (!(tip && tip.contains(e.target))) { hide(); }
  });
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape" && tip) { var t = owner; hide(); if (t) { t.focus(); } }
  });
  // Touch: the first tap on a term shows its definition, a second tap follows the link.
  document.addEventListener("touchstart", function (e) {
    var term = e.target.closest && e.target.closest("a.term");
    if (term && owner !== term) {
      e.preventDefault();
      show(term);
    } else if (!term && !(tip && tip.contains(e.target))) {
      hide();
    }
  }, { passive: false });

  // Reading modes: remember the last one chosen, keep the reader's place when switching, and open
  // an article in the remembered mode.
  var MODE_KEY = "glossa.mode";
  document.addEventListener("click", function (e) {
    var link = e.target.closest && e.target.closest("a.mode");
    if (!link) { return; }
    try { localStorage.setItem(MODE_KEY, link.getAttribute("data-mode")); } catch (err) { /* storage off */ }
    if (location.hash && link.href.indexOf("#") < 0) { link.href = link.href + location.hash; }
  });
  (function restoreMode() {
    var current = document.querySelector(".modes [aria-current]");
    if (!current || !document.referrer || document.referrer.indexOf(location.host) < 0) { return; }
    var wanted;
    try { wanted = localStorage.getItem(MODE_KEY); } catch (err) { return; }
    if (!wanted || wanted === current.getAttribute("data-mode")) { return; }
    var target = document.querySelector('.modes a.mode[data-mode="' + wanted + '"]');
    if (target && (wanted === "parallel" || wanted === "interleaved")) { location.replace(target.href + location.hash); }
  })();

  // Remember the reader's language choice.
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a[hreflang]");
    if (link) {
      try { localStorage.setItem("glossa.lang", link.getAttribute("hreflang")); } catch (err) { /* storage off */ }
    }
  });
})();
