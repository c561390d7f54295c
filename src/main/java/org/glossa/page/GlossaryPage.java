package org.glossa.page;

/** Template model of {@code glossary.ftlh}. */
public record GlossaryPage(SiteView site, PageMeta meta) implements PageModel {}
