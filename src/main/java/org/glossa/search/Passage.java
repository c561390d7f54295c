package org.glossa.search;

/**
 * One searchable passage: an aligned unit of an article in one language.
 *
 * @param lang the language tag of the index it belongs to ({@code zh-Hans}, {@code zh-Hant}, {@code en})
 * @param articleUrl the article's address in that language, relative to the site root ({@code en/interviews/x/})
 * @param articleTitle the article's title in that language
 * @param id the unit id shared by all languages ({@code p12}); the result links to {@code #p12}
 * @param text the reader-visible plain text of the unit
 */
public record Passage(String lang, String articleUrl, String articleTitle, String id, String text) {}
