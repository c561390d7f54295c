package org.glossa.content;

/** A participant of an interview, as named in one language version. */
public record Speaker(String id, String name, Role role) {
  public enum Role {
    INTERVIEWER,
    INTERVIEWEE
  }
}
