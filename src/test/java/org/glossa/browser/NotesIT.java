package org.glossa.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * Notes as readers use them: beside the text where there is room (placed by the script, or floated
 * by CSS alone), opened in place by their number where there is not, always at the end for screen
 * readers and pages without script; numbers large enough to tap; and the columns of a side-by-side
 * page starting on the same line.
 */
class NotesIT {
  static final String ARTICLE = "en/" + ServedEdition.ARTICLE;

  @SuppressWarnings("unchecked")
  static List<String> misplaced(Browser b) {
    return (List<String>) b.js(PageLayoutIT.MISPLACED_NOTES, PageLayoutIT.NOTE_SLACK);
  }

  @Test
  void onAPhoneANoteNumberOpensTheNoteInPlaceAndClosesIt() {
    try (Browser b = Browser.open(390)) {
      b.go(ARTICLE);
      WebElement ref = b.find(".article-body .note-ref");
      WebElement note = b.find("#" + ref.getDomAttribute("href").substring(1).replace("fn-", "sn-"));
      assertFalse(note.isDisplayed(), "closed at first");
      b.js("arguments[0].scrollIntoView({block: 'center'})", ref);
      ref.click();
      assertTrue(note.isDisplayed(), "the number opens the note");
      assertEquals("false", note.getAttribute("aria-hidden"), "an open note is read by screen readers");
      assertEquals("true", ref.getAttribute("aria-expanded"));
      assertEquals(ARTICLE, b.path(), "the page stays where it is");
      long noteTop = b.number("return arguments[0].getBoundingClientRect().top", note);
      long refBottom = b.number("return arguments[0].getBoundingClientRect().bottom", ref);
      assertTrue(noteTop >= refBottom - 2 && noteTop - refBottom < 60, "the note opens below its number's line");
      ref.click();
      assertFalse(note.isDisplayed(), "a second press closes it");
    }
  }

  @Test
  void withoutScriptNumbersLeadToTheNotesAtTheEndAndMarginNotesFloatBesideTheText() {
    try (Browser wide = Browser.open(1440, 900, false)) {
      wide.go(ARTICLE);
      assertTrue(wide.all(".sidenote").stream().allMatch(WebElement::isDisplayed), "margin notes show without script");
      assertEquals(List.of(), misplaced(wide), "and float beside their numbers, or right after the note above");
      assertEquals(0, wide.horizontalOverflow());
      assertFalse(wide.find(".theme-toggle").isDisplayed(), "the theme switch needs the script and is not offered without it");
    }
    try (Browser phone = Browser.open(390, 800, false)) {
      phone.go(ARTICLE);
      WebElement ref = phone.find(".article-body .note-ref");
      String target = ref.getDomAttribute("href").substring(1);
      phone.js("arguments[0].scrollIntoView({block: 'center'})", ref);
      ref.click();
      assertTrue(phone.path().endsWith("#" + target), phone.path());
      WebElement endNote = phone.find("#" + target);
      assertTrue(endNote.isDisplayed() && !endNote.getText().isBlank(), "the note at the end is shown");
      endNote.findElement(org.openqa.selenium.By.cssSelector(".backref")).click();
      assertTrue(phone.path().endsWith("#" + ref.getDomAttribute("id")), "its back-link returns to the number");
    }
  }

  @Test
  void noteNumbersAreLargeEnoughToTap() {
    try (Browser b = Browser.open(390)) {
      b.go(ARTICLE);
      // Points 12 px around the number's centre (a 24 × 24 px target, WCAG 2.5.8) all hit the link.
      @SuppressWarnings("unchecked")
      List<String> small = (List<String>) b.js("""
          const small = [];
          for (const ref of [...document.querySelectorAll('.article-body .note-ref')].slice(0, 8)) {
            ref.scrollIntoView({block: 'center'});
            const r = ref.getBoundingClientRect(), x = (r.left + r.right) / 2, y = (r.top + r.bottom) / 2;
            for (const [dx, dy] of [[-11, 0], [11, 0], [0, -11], [0, 11]]) {
              const hit = document.elementFromPoint(x + dx, y + dy);
              if (!hit || hit.closest('a.note-ref') !== ref) { small.push(ref.textContent + ' at ' + dx + ',' + dy); break; }
            }
          }
          return small;""");
      assertEquals(List.of(), small);
    }
  }

  @Test
  void onAWideScreenAShortenedMarginNoteOpensWholeFromItsNumber() {
    try (Browser b = Browser.open(960)) {
      b.go(ARTICLE);
      List<WebElement> clamped = b.all(".sidenote.is-clamped");
      assertFalse(clamped.isEmpty(), "in a cluster of long notes some are shortened");
      WebElement note = clamped.get(0);
      WebElement ref = (WebElement) b.js("return arguments[0].previousElementSibling", note);
      long before = b.number("return arguments[0].getBoundingClientRect().height", note);
      long full = b.number("return arguments[0].scrollHeight", note);
      assertTrue(full > before, "the note is shortened (" + before + " of " + full + " px)");
      b.js("arguments[0].scrollIntoView({block: 'center'})", ref);
      ref.click();
      assertTrue(b.number("return arguments[0].getBoundingClientRect().height", note) >= full - 1, "its number opens it whole");
      assertEquals(ARTICLE, b.path(), "and does not leave for the end of the article");
    }
  }

  @Test
  void sideBySideColumnsStartOnTheSameLine() {
    try (Browser b = Browser.open(1440)) {
      b.go("en/" + ServedEdition.ARTICLE + "parallel/");
      @SuppressWarnings("unchecked")
      List<String> misaligned = (List<String>) b.js("""
          return [...document.querySelectorAll('.row')].filter(r => {
            const c = r.querySelectorAll('.cell');
            return c.length !== 2 || Math.abs(c[0].getBoundingClientRect().top - c[1].getBoundingClientRect().top) > 1
                || c[0].getBoundingClientRect().right > c[1].getBoundingClientRect().left;
          }).map(r => r.id);""");
      assertEquals(List.of(), misaligned);
      assertEquals(List.of("zh-Hans", "en"), b.all(".notes-pair .notes").stream().map(n -> n.getAttribute("lang")).toList());
      assertEquals(List.of("注释", "Notes"), b.all(".notes-pair .notes h2").stream().map(WebElement::getText).toList(),
          "each column's notes are headed in its own language");
    }
  }
}
