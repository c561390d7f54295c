package org.glossa.page;

/**
 * One aligned unit as the template shows it. A turn opens at a unit with {@code turnStart} and
 * closes after a unit with {@code turnEnd}; {@code speaker} and {@code role} are set on every unit
 * of a turn.
 */
public record UnitView(
    String id, String kind, String html, String lang, int headingLevel,
    String speaker, String speakerId, String role, boolean turnStart, boolean turnEnd) {}
