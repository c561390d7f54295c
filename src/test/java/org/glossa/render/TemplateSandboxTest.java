package org.glossa.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.glossa.build.SampleSite;
import org.glossa.build.SiteFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Issue 8, facts 1 and 11: templates are code from contributors, and run sandboxed, in build and in
 * check alike: no program runs, no Java class or static method is reached, nothing outside
 * templates/ is read, and a template that recurses without end is stopped with a diagnostic.
 */
class TemplateSandboxTest {
  @TempDir Path dir;
  SiteFixture site;
  Path marker;

  @BeforeEach
  void fixture() throws Exception {
    site = SiteFixture.of(dir, SampleSite.ARTICLE);
    marker = dir.resolve("pwned");
  }

  private void index(String body) throws Exception {
    site.write("-- templates/index.ftlh --\n<#import \"layout.ftlh\" as layout>\n<@layout.page page=page>\n" + body + "\n</@layout.page>\n");
  }

  private void assertRefused(String command) {
    assertEquals(1, site.run(command), site.out() + site.err());
    assertTrue(site.err().contains("templates/index.ftlh:"), site.err());
    assertFalse(site.err().contains("Exception"), site.err());
    assertFalse(Files.exists(marker), "the template ran a program");
  }

  @ParameterizedTest
  @ValueSource(strings = {"build", "check"})
  void runsNoProgramThroughExecute(String command) throws Exception {
    index("<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"touch " + marker + "\")}");
    assertRefused(command);
  }

  @ParameterizedTest
  @ValueSource(strings = {"build", "check"})
  void makesNoObjectThroughObjectConstructor(String command) throws Exception {
    index("<#assign oc = \"freemarker.template.utility.ObjectConstructor\"?new()>"
        + "${oc(\"java.lang.ProcessBuilder\", [\"touch\", \"" + marker + "\"]).start()}");
    assertRefused(command);
  }

  @Test
  void hasNoApiBuiltIn() throws Exception {
    index("${page.site?api.getClass().getClassLoader()}");
    assertRefused("build");
  }

  @Test
  void showsNoClassOrArbitraryMethodOfTheModels() throws Exception {
    index("${page.getClass().getName()}");
    assertRefused("build");
    index("${page.site.title.getClass()}");
    assertRefused("build");
    index("${page.hashCode()}");
    assertRefused("build");
  }

  @Test
  void stillReadsTheRecordsAccessorsAsProperties() throws Exception {
    index("<p id=t>${page.site.title}</p>");
    assertEquals(0, site.run("build"), site.err());
    assertTrue(site.read("zh-hans/index.html").contains("<p id=t>测试读本</p>"));
  }

  @Test
  void includesNothingFromOutsideTheTemplatesFolder() throws Exception {
    Files.writeString(dir.resolve("secret.ftlh"), "SECRET-CONTENT");
    index("<#include \"../secret.ftlh\">");
    assertRefused("build");
    assertFalse(site.err().contains("SECRET-CONTENT"), site.err());
    index("<#include \"/../secret.ftlh\">");
    assertRefused("build");
  }

  @Test
  void refusesATemplateLinkedFromOutsideWithADiagnosticNotATrace() throws Exception {
    Files.writeString(dir.resolve("outside.ftlh"), "SECRET-CONTENT");
    Files.createSymbolicLink(site.root.resolve("templates/extra.ftlh"), dir.resolve("outside.ftlh"));
    index("<#include \"extra.ftlh\">");
    assertEquals(1, site.run("build"), site.err());
    assertTrue(site.err().contains("templates/extra.ftlh: error: the template extra.ftlh is a symbolic link that leads outside"), site.err());
    assertFalse(site.err().contains("SECRET-CONTENT") || site.err().contains("Exception") || site.err().contains("\tat "), site.err());
    assertTrue(site.err().lines().count() < 8, site.err());
  }

  @Test
  void refusesAMainTemplateLinkedFromOutside() throws Exception {
    Files.writeString(dir.resolve("outside.ftlh"), "SECRET-CONTENT");
    Files.delete(site.root.resolve("templates/index.ftlh"));
    Files.createSymbolicLink(site.root.resolve("templates/index.ftlh"), dir.resolve("outside.ftlh"));
    assertEquals(1, site.run("build"), site.err());
    assertTrue(site.err().contains("templates/index.ftlh: error:"), site.err());
    assertFalse(site.err().contains("SECRET-CONTENT") || site.err().contains("Exception"), site.err());
  }

  @Test
  void stopsARecursiveMacroWithAClearError() throws Exception {
    index("<#macro loop n><@loop n=n+1/></#macro><@loop n=0/>");
    assertEquals(1, site.run("build"), site.err());
    assertTrue(site.err().contains("templates/index.ftlh: error: the template recursed too deeply"), site.err());
    assertFalse(site.err().contains("StackOverflowError") || site.err().contains("\tat "), site.err());
  }
}
