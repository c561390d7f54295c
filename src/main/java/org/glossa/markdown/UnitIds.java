package org.glossa.markdown;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ids of a file's aligned units: the id the editor wrote, or else {@code p<position>} (the third
 * block is {@code p3}). A position id that an explicit id elsewhere in the file already takes is
 * replaced by the next free number past the highest in use, so ids never collide. The build and
 * {@code glossa ids} both derive ids here, so writing the derived ids into a file changes nothing
 * on the page.
 */
public final class UnitIds {
  public static final String PREFIX = "p";
  private static final Pattern NUMBERED = Pattern.compile(PREFIX + "([0-9]{1,9})");

  private UnitIds() {}

  /** One id per unit, in order; {@code explicit} holds the written id of each unit, if any. */
  public static List<String> assign(List<Optional<String>> explicit) {
    Set<String> taken = new HashSet<>();
    long highest = explicit.size();
    for (Optional<String> id : explicit) {
      if (id.isPresent()) {
        taken.add(id.get());
        Matcher m = NUMBERED.matcher(id.get());
        if (m.matches()) {
          highest = Math.max(highest, Long.parseLong(m.group(1)));
        }
      }
    }
    List<String> ids = new ArrayList<>(explicit.size());
    for (int i = 0; i < explicit.size(); i++) {
      String id = explicit.get(i).orElse(PREFIX + (i + 1));
      if (explicit.get(i).isEmpty() && !taken.add(id)) {
        id = PREFIX + (++highest);
        taken.add(id);
      }
      ids.add(id);
    }
    return ids;
  }
}
