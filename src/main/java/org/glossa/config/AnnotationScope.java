package org.glossa.config;

/** Which occurrences of a glossary term become annotated links. */
public enum AnnotationScope {
  /** The first occurrence in each article. */
  FIRST_PER_ARTICLE,
  /** The first occurrence in each section (between headings). */
  FIRST_PER_SECTION,
  /** Every occurrence. */
  EVERY
}
