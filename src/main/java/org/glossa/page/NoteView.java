package org.glossa.page;

/** A note in the end-of-article list: its number, element ids and rendered content. */
public record NoteView(int number, String id, String refId, String html) {}
