package org.glossa.content;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.glossa.markdown.Unit;

/**
 * Pairs a translation's blocks with its original's, position by position: the n-th block translates
 * the n-th block. Ids, where both files have them, must agree (an id that disagrees shows that the
 * translation has drifted); where either file has none, the position alone decides. When the number
 * of blocks differs, the drift is placed at the first block whose kind, heading level, turn or
 * footnote references differ from its counterpart's, or else where the shorter file ends.
 */
final class Alignment {
  private Alignment() {}

  /** Where two files part: the position in both lists, and what differs there. */
  record Drift(int index, String what) {}

  static Optional<Drift> drift(List<Unit> original, List<Unit> translation) {
    boolean sameCount = original.size() == translation.size();
    int shorter = Math.min(original.size(), translation.size());
    for (int i = 0; i < shorter; i++) {
      Unit o = original.get(i);
      Unit t = translation.get(i);
      Optional<String> difference = idDifference(o, t).or(() -> shapeDifference(o, t, !sameCount));
      if (difference.isPresent()) {
        return Optional.of(new Drift(i, difference.get()));
      }
    }
    if (sameCount) {
      return Optional.empty();
    }
    return Optional.of(new Drift(shorter, translation.size() < original.size()
        ? "the translation ends where the original goes on" : "the original ends before this block"));
  }

  private static Optional<String> idDifference(Unit o, Unit t) {
    if (t.explicitId() && !t.id().equals(o.id())) {
      return Optional.of("unit {#" + t.id() + "} is where the original has {#" + o.id() + "}");
    }
    return Optional.empty();
  }

  /** Kind and turn always count; heading level and note references only to find where a drift starts. */
  private static Optional<String> shapeDifference(Unit o, Unit t, boolean locating) {
    if (o.kind() != t.kind()) {
      return Optional.of("this " + kind(t) + " is where the original has a " + kind(o));
    }
    if (!o.turn().equals(t.turn())) {
      return Optional.of("this " + kind(t) + " " + turn(t) + " where the original's " + turn(o));
    }
    if (locating && o.headingLevel() != t.headingLevel()) {
      return Optional.of("this heading is of level " + t.headingLevel() + " where the original's is of level " + o.headingLevel());
    }
    if (locating && !Objects.equals(o.notes(), t.notes())) {
      return Optional.of("this " + kind(t) + " refers to " + notes(t) + " where the original's refers to " + notes(o));
    }
    return Optional.empty();
  }

  private static String kind(Unit u) {
    return switch (u.kind()) {
      case QUOTE -> "quotation";
      case OTHER -> "block";
      default -> u.kind().name().toLowerCase(Locale.ROOT);
    };
  }

  private static String turn(Unit u) {
    return u.turn().map(s -> "starts a turn of " + s).orElse("starts no turn");
  }

  private static String notes(Unit u) {
    return u.notes().isEmpty() ? "no note" : "[^" + String.join("], [^", u.notes()) + "]";
  }
}
