package org.glossa.page;

/**
 * One page to render: where it goes below site/ ({@code en/interviews/x/index.html}), which
 * template renders it and with which model. The build renders a list of these, and can render one.
 */
public record PageSpec(String outputPath, String template, PageModel model) {}
