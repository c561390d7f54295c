// Glossa: small progressive enhancements. Every page reads fully without this file: terms link to
// the glossary, note numbers to the notes at the end, reading modes and languages are plain links.
(function () {
  "use strict";

  function closest(node, selector) {
    return node && node.closest ? node.closest(selector) : null;
  }
  function store(key, value) {
    try { if (value === null) { localStorage.removeItem(key); } else { localStorage.setItem(key, value); } } catch (e) { /* storage off */ }
  }
  function load(key) {
    try { return localStorage.getItem(key); } catch (e) { return null; }
  }

  // Theme: a switch between light and dark, remembered; without a choice the system decides.
  (function theme() {
    var button = document.querySelector(".theme-toggle");
    if (!button) { return; }
    var root = document.documentElement;
    var system = window.matchMedia("(prefers-color-scheme: dark)");
    function dark() {
      var chosen = root.getAttribute("data-theme");
      return chosen ? chosen === "dark" : system.matches;
    }
    function show() { button.setAttribute("aria-pressed", String(dark())); }
    show();
    button.addEventListener("click", function () {
      var next = dark() ? "light" : "dark";
      // Choosing what the system already shows forgets the choice, so the page follows the system again.
      if ((next === "dark") === system.matches) { root.removeAttribute("data-theme"); store("glossa.theme", null); }
      else { root.setAttribute("data-theme", next); store("glossa.theme", next); }
      show();
    });
    if (system.addEventListener) { system.addEventListener("change", show); }
  })();

  // Glossary terms: the short definition in a popover on hover, keyboard focus and a first tap. It
  // stays while the pointer is on the term or on the popover (so its link can be clicked), closes on
  // Escape and stays closed until the reader moves to another term (WCAG 1.4.13). Screen readers get
  // the definition through aria-describedby, so the popover is hidden from them.
  var tip = null, owner = null, dismissed = null, hideTimer = 0;

  function hide() {
    clearTimeout(hideTimer);
    if (tip) { tip.remove(); tip = null; }
    if (owner) { owner.removeAttribute("aria-expanded"); owner = null; }
  }
  function hideSoon() {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(hide, 250);
  }
  function position(term) {
    var view = document.documentElement.clientWidth;
    var width = Math.min(320, view - 16);
    tip.style.width = width + "px";
    var r = term.getClientRects()[0] || term.getBoundingClientRect();
    var left = Math.max(8, Math.min(r.left, view - width - 8));
    var h = tip.offsetHeight;
    var below = window.innerHeight - r.bottom, above = r.top;
    var top = (below >= h + 12 || below >= above) ? r.bottom + 6 : r.top - h - 6;
    tip.style.left = (left + window.scrollX) + "px";
    tip.style.top = (Math.max(4, top) + window.scrollY) + "px";
  }
  function show(term) {
    if (owner === term) { clearTimeout(hideTimer); return; }
    if (dismissed === term) { return; }
    var source = document.getElementById(term.getAttribute("aria-describedby"));
    if (!source) { return; }
    hide();
    dismissed = null;
    tip = document.createElement("div");
    tip.className = "term-popover";
    tip.setAttribute("aria-hidden", "true");
    tip.setAttribute("lang", source.getAttribute("lang") || "");
    tip.innerHTML = source.innerHTML;
    var more = document.createElement("a");
    more.className = "more";
    more.href = term.href;
    more.tabIndex = -1;
    more.textContent = (source.parentNode.getAttribute("data-more") || "") + " →";
    tip.appendChild(more);
    tip.querySelectorAll("a").forEach(function (a) { a.tabIndex = -1; });
    tip.addEventListener("mouseenter", function () { clearTimeout(hideTimer); });
    tip.addEventListener("mouseleave", function (e) { if (e.relatedTarget !== owner) { hideSoon(); } });
    tip.style.visibility = "hidden";
    document.body.appendChild(tip);
    owner = term;
    position(term);
    tip.style.visibility = "";
    term.setAttribute("aria-expanded", "true");
  }

  document.addEventListener("mouseover", function (e) {
    var term = closest(e.target, "a.term");
    if (term) { show(term); }
  });
  document.addEventListener("mouseout", function (e) {
    var term = closest(e.target, "a.term");
    if (!term) { return; }
    if (dismissed === term && !closest(e.relatedTarget, "a.term")) { dismissed = null; }
    if (owner === term && !(tip && tip.contains(e.relatedTarget))) { hideSoon(); }
  });
  document.addEventListener("focusin", function (e) {
    var term = closest(e.target, "a.term");
    // Focus arriving on a term engages it anew, even one just dismissed.
    if (term) { dismissed = null; show(term); } else if (!(tip && tip.contains(e.target))) { hide(); }
  });
  document.addEventListener("focusout", function (e) {
    if (owner && e.target === owner && !(tip && tip.contains(e.relatedTarget)) && !owner.matches(":hover")) { hide(); }
  });
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape" && tip) { dismissed = owner; hide(); }
  });
  // Touch: the first tap on a term shows its definition, a second tap follows the link.
  document.addEventListener("touchstart", function (e) {
    var term = closest(e.target, "a.term");
    if (term && owner !== term) {
      e.preventDefault();
      dismissed = null;
      show(term);
    } else if (!term && !(tip && tip.contains(e.target))) {
      hide();
    }
  }, { passive: false });
  window.addEventListener("resize", hide);

  // Margin notes. Without this script they float beside their number, each below the one before,
  // so a cluster of long notes drifts far below its numbers. Here each note is placed at its
  // number's line; a note that would push the next one more than a line and a half below its own
  // number is shortened to fit (to two lines at least) and shown whole on hover or when its number
  // is clicked. The full text is always in the notes at the end.
  var GAP = 8;
  function placeNotes(container) {
    var flag = getComputedStyle(container).getPropertyValue("--margin-notes").trim();
    container.classList.toggle("notes-placed", flag === "1");
    if (flag !== "1") { container.querySelectorAll(".sidenote.is-clamped").forEach(function (n) { unclamp(n); }); return; }
    var notes = [].slice.call(container.querySelectorAll(":is(.unit, .cell-primary) > * .sidenote, :is(.unit, .cell-primary) > .sidenote"));
    notes.forEach(unclamp);
    var items = notes.map(function (note) {
      var ref = note.previousElementSibling;
      var line = ref.getClientRects()[0] || ref.getBoundingClientRect();
      var box = note.offsetParent.getBoundingClientRect();
      return { note: note, anchor: line.top + window.scrollY, origin: box.top + window.scrollY, height: note.offsetHeight };
    });
    var leading = parseFloat(getComputedStyle(container).lineHeight) || 28;
    var slack = 1.5 * leading, least = 2.2 * parseFloat(getComputedStyle(notes[0] || container).lineHeight || 20);
    var bottom = -Infinity;
    items.forEach(function (item, i) {
      var top = Math.max(item.anchor, bottom + GAP);
      var next = items[i + 1];
      var room = next ? next.anchor + slack - GAP - top : Infinity;
      var height = item.height;
      if (height > Math.max(room, least)) {
        height = Math.max(room, least);
        item.note.classList.add("is-clamped");
        item.note.style.maxHeight = height + "px";
      }
      item.note.style.top = (top - item.origin) + "px";
      bottom = top + height;
    });
    var body = container.querySelector(".article-body, .rows");
    if (body && items.length) {
      var needed = bottom - (body.getBoundingClientRect().top + window.scrollY);
      body.style.minHeight = needed > body.offsetHeight ? Math.ceil(needed) + "px" : "";
    }
  }
  function unclamp(note) {
    note.classList.remove("is-clamped", "is-expanded");
    note.style.maxHeight = "";
  }
  // Placing reads the layout, so it waits for the browser's own layout: a ResizeObserver reports
  // each container once it is laid out (and again when its width changes); no reading forces a
  // layout early. Without ResizeObserver the CSS layout stays.
  (function watchMargins() {
    var containers = document.querySelectorAll(".with-margin");
    if (!containers.length || !window.ResizeObserver) { return; }
    var pending = 0;
    function all() { pending = 0; containers.forEach(placeNotes); }
    function soon() { if (!pending) { pending = requestAnimationFrame(all); } }
    var seen = new WeakMap();
    var observer = new ResizeObserver(function (entries) {
      entries.forEach(function (e) {
        var width = Math.round(e.contentRect.width);
        if (seen.get(e.target) !== width) { seen.set(e.target, width); soon(); }
      });
    });
    containers.forEach(function (c) { observer.observe(c); });
    window.addEventListener("load", soon);
    if (document.fonts && document.fonts.ready) { document.fonts.ready.then(soon); }
  })();

  // Note numbers: where the margin copy is beside the text, the number points it out (and shows a
  // shortened one whole); where it is not (a narrow screen, side by side), the number opens and
  // closes it in place instead of leaving for the end of the article. Opened in place, it is read
  // by screen readers and its links can be reached.
  document.addEventListener("click", function (e) {
    var ref = closest(e.target, "a.note-ref");
    if (!ref || e.ctrlKey || e.metaKey || e.shiftKey) { return; }
    var note = ref.nextElementSibling;
    if (!note || !note.classList.contains("sidenote")) { return; }
    e.preventDefault();
    var style = getComputedStyle(note);
    if (style.display !== "none" && !note.classList.contains("is-open") && (style.float !== "none" || style.position === "absolute")) {
      note.classList.toggle("is-expanded", note.classList.contains("is-clamped") && !note.classList.contains("is-expanded"));
      note.classList.add("is-flashed");
      setTimeout(function () { note.classList.remove("is-flashed"); }, 1200);
      return;
    }
    var open = !note.classList.contains("is-open");
    note.classList.toggle("is-open", open);
    note.setAttribute("aria-hidden", String(!open));
    note.querySelectorAll("a").forEach(function (a) { if (open) { a.removeAttribute("tabindex"); } else { a.tabIndex = -1; } });
    ref.setAttribute("aria-expanded", String(open));
    if (!ref.hasAttribute("aria-controls")) { ref.setAttribute("aria-controls", note.id); }
  });

  // Keeping the reader's place: a link to another reading mode or language of this page carries the
  // passage (or glossary entry) being read, and the new page puts it where it was in the window.
  // The place is the passage at the reading line (a third down the window), noted while the text
  // fills the window; scrolling back up to the links at the top does not change it.
  var PLACES = ".unit[id], .row[id], .entry[id]";
  var PLACE_KEY = "glossa.place";
  var place = null;
  function notePlace() {
    var top = document.querySelector(".article-header, .glossary > h1");
    if (!top || top.getBoundingClientRect().bottom > 0) { return; }
    // What is at the reading line: a hit test, which reads only the laid-out part of the page.
    var main = document.getElementById("main").getBoundingClientRect();
    var x = main.left + Math.min(48, main.width / 4), line = window.innerHeight / 3;
    for (var dy = 0; dy <= 160; dy += 16) {
      var hit = document.elementFromPoint(x, line + dy) || null;
      var found = hit && hit.closest(PLACES);
      if (found) { place = { id: found.id, top: Math.round(found.getBoundingClientRect().top) }; return; }
    }
  }
  // Reading moves down the page, and rests: note the place then. Scrolling up to the links at the
  // top does not move it (a rest on the way, to read again, does).
  var lastY = null, noting = 0, resting = 0;
  window.addEventListener("scroll", function () {
    if (noting) { return; }
    noting = requestAnimationFrame(function () {
      noting = 0;
      if (lastY !== null && window.scrollY > lastY) { notePlace(); }
      lastY = window.scrollY;
      clearTimeout(resting);
      resting = setTimeout(notePlace, 1000);
    });
  }, { passive: true });
  document.addEventListener("click", function (e) {
    var link = closest(e.target, ".modes a.mode, .languages a.language");
    if (!link) { return; }
    if (link.classList.contains("mode")) { store("glossa.mode", link.getAttribute("data-mode")); }
    if (!place) { return; }
    link.href = link.href.split("#")[0] + "#" + place.id;
    try { sessionStorage.setItem(PLACE_KEY, JSON.stringify({ url: link.href, top: place.top })); } catch (err) { /* storage off */ }
  });
  // Only an address with a passage can have been left by such a link; others leave the session's
  // storage alone (opening it can wait on the browser, on the way to the page's first frames).
  (function restorePlace() {
    if (!location.hash) { return; }
    var saved;
    try { saved = JSON.parse(sessionStorage.getItem(PLACE_KEY) || "null"); sessionStorage.removeItem(PLACE_KEY); } catch (e) { return; }
    if (!saved || saved.url !== location.href) { return; }
    var target = document.getElementById(location.hash.slice(1));
    if (!target) { return; }
    var top = Math.max(0, Math.min(saved.top, window.innerHeight / 2));
    function put() { window.scrollTo({ top: target.getBoundingClientRect().top + window.scrollY - top, behavior: "instant" }); }
    put();
    // The browser scrolls to the fragment itself once the page has loaded; put the passage back.
    window.addEventListener("load", function () { requestAnimationFrame(put); }, { once: true });
  })();
  // On arrival the place is the passage the address names, if it is in view; else the one read.
  window.addEventListener("load", function () {
    requestAnimationFrame(function () {
      lastY = window.scrollY;
      var marked = location.hash && document.getElementById(location.hash.slice(1));
      var r = marked && marked.matches(PLACES) && marked.getBoundingClientRect();
      // At the top of the page the place is not noted (notePlace would only measure the header).
      if (r && r.bottom > 0 && r.top < window.innerHeight) { place = { id: marked.id, top: Math.round(r.top) }; } else if (lastY > 0) { notePlace(); }
    });
  }, { once: true });

  // Glossary: an entry reached by its address stops just below the sticky letter bar, whose height
  // (one line or several) is reported by a ResizeObserver after layout. The padding is set on the
  // root itself, not through an inherited variable, so that no other element's style is recomputed.
  (function letterBar() {
    var bar = document.querySelector(".jump-bar");
    if (!bar || !window.ResizeObserver) { return; }
    new ResizeObserver(function () {
      document.documentElement.style.scrollPaddingTop = (bar.offsetHeight + 12) + "px";
    }).observe(bar);
  })();

  // Reading modes: an article reached from another page of the edition opens in the mode chosen last.
  (function restoreMode() {
    var current = document.querySelector(".modes [aria-current]");
    if (!current || !document.referrer || document.referrer.indexOf(location.host) < 0) { return; }
    var wanted = load("glossa.mode");
    if (!wanted || wanted === current.getAttribute("data-mode")) { return; }
    var target = document.querySelector('.modes a.mode[data-mode="' + wanted + '"]');
    if (target && (wanted === "parallel" || wanted === "interleaved")) { location.replace(target.href.split("#")[0] + location.hash); }
  })();
})();
