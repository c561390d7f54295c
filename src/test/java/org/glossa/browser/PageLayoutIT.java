package org.glossa.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every kind of page at a laptop's 1440 px, a half screen's 960 px and phones' 390 and 320 px:
 * nothing sticks out sideways, every margin note starts beside its number (or right after the
 * note before it), the console stays clean and axe-core finds no WCAG 2.2 AA violation, in the
 * light and the dark theme. Screenshots of each go to target/screenshots/ for a person to look at.
 */
class PageLayoutIT {
  /** How far a margin note may start from its number's line, unless it starts right after the note above it. */
  static final int NOTE_SLACK = 40;

  /**
   * Margin notes that neither start within {@link #NOTE_SLACK} px of their number's line nor right
   * after the previous note (at most that far below its end); and notes that overlap one another.
   */
  static final String MISPLACED_NOTES = """
      const slack = arguments[0], bad = [];
      let prev = null;
      for (const note of document.querySelectorAll('.sidenote')) {
        const s = getComputedStyle(note);
        if (s.display === 'none' || (s.float === 'none' && s.position !== 'absolute')) continue;
        const ref = note.previousElementSibling, line = ref.getClientRects()[0], r = note.getBoundingClientRect();
        const nearRef = Math.abs(r.top - line.top) <= slack;
        const afterPrev = prev !== null && r.top >= prev.bottom - 0.5 && r.top - prev.bottom <= slack;
        if (!nearRef && !afterPrev) bad.push(ref.textContent + ': ' + Math.round(r.top - line.top) + ' px from its number');
        if (prev !== null && r.top < prev.bottom - 0.5 && r.right > prev.left && r.left < prev.right) bad.push(ref.textContent + ': overlaps the note above');
        prev = r;
      }
      return bad;""";

  /** Note numbers that start a line instead of following the word they annotate (clreq: "4。" must not open a line). */
  static final String NUMBERS_OPENING_A_LINE = """
      const bad = [];
      for (const ref of document.querySelectorAll('.note-ref')) {
        const own = ref.getClientRects()[0];
        if (!own) continue;
        const block = ref.closest('p, li, td, blockquote, h2, h3') || ref.parentNode;
        const walk = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
        let before = null, n;
        while ((n = walk.nextNode()) && (n.compareDocumentPosition(ref) & Node.DOCUMENT_POSITION_FOLLOWING)) {
          if (!n.parentElement.closest('.sidenote, .note-ref') && n.data.replace(/[\u2060\s]/g, '')) before = n;
        }
        if (!before) continue;
        const text = before.data.replace(/[\u2060\s]+$/, ''), range = document.createRange();
        range.setStart(before, text.length - 1);
        range.setEnd(before, text.length);
        const last = range.getClientRects()[0];
        if (last && Math.abs((last.top + last.bottom) / 2 - (own.top + own.bottom) / 2) > last.height * 0.75) bad.push(ref.textContent);
      }
      return bad;""";

  @ParameterizedTest(name = "{0} px")
  @ValueSource(ints = {1440, 960, 390, 320})
  void everyPageFitsPlacesItsNotesLogsNoErrorAndPassesAxeCore(int width) {
    List<String> problems = new ArrayList<>();
    try (Browser browser = Browser.open(width)) {
      for (Map.Entry<String, String> page : ServedEdition.PAGE_TYPES.entrySet()) {
        String where = page.getKey() + " at " + width + " px: ";
        browser.go(page.getValue());
        browser.screenshot(page.getKey() + "-" + width);
        long overflow = browser.horizontalOverflow();
        if (overflow != 0) {
          problems.add(where + "scrolls sideways by " + overflow + " px");
        }
        @SuppressWarnings("unchecked")
        List<String> notes = (List<String>) browser.js(MISPLACED_NOTES, NOTE_SLACK);
        notes.forEach(n -> problems.add(where + "margin note " + n));
        @SuppressWarnings("unchecked")
        List<String> opening = (List<String>) browser.js(NUMBERS_OPENING_A_LINE);
        opening.forEach(n -> problems.add(where + "note number " + n + " opens a line"));
        for (String error : browser.consoleErrors()) {
          // The 404 page is served with status 404, which Chromium logs for the page itself.
          if (!(page.getKey().equals("404") && error.contains("status of 404") && error.contains(page.getValue()))) {
            problems.add(where + "console: " + error);
          }
        }
        browser.axeViolations().forEach(v -> problems.add(where + "axe: " + v));
      }
    }
    assertEquals(List.of(), problems);
  }

  /** The dark theme has its own colours: their contrast, checked where the layouts differ most. */
  @ParameterizedTest(name = "{0} px")
  @ValueSource(ints = {1440, 390})
  void everyPageHasEnoughContrastInTheDarkTheme(int width) {
    List<String> problems = new ArrayList<>();
    try (Browser browser = Browser.open(width)) {
      browser.colorScheme("dark");
      for (Map.Entry<String, String> page : ServedEdition.PAGE_TYPES.entrySet()) {
        browser.go(page.getValue());
        browser.screenshot(page.getKey() + "-" + width + "-dark");
        browser.axeColourViolations().forEach(v -> problems.add(page.getKey() + " at " + width + " px, dark: " + v));
      }
    }
    assertEquals(List.of(), problems);
  }
}
