package org.glossa.config;

/** What to do when an article lacks a version in one of the site's languages. */
public enum MissingTranslationPolicy {
  IGNORE,
  WARNING,
  ERROR
}
