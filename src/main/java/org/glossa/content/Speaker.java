package org.glossa.content;

import java.util.Locale;
import java.util.Optional;

/** A participant of an interview, as named in one language version. */
public record Speaker(String id, String name, Role role) {
  public enum Role {
    INTERVIEWER,
    INTERVIEWEE;

    /** The role as written in front matter and shown to templates: {@code interviewer} or {@code interviewee}. */
    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The role written as {@code text}, in any case; empty when it is not one. */
    public static Optional<Role> parse(String text) {
      for (Role role : values()) {
        if (role.name().equalsIgnoreCase(text)) {
          return Optional.of(role);
        }
      }
      return Optional.empty();
    }
  }
}
