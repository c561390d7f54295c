package org.glossa.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestPathTest {
  @ParameterizedTest
  @CsvSource({
      "/edition/, ''",
      "/edition/en/, en/",
      "/edition/en/glossary/index.html, en/glossary/index.html",
      "/edition/zh-hans/%E6%9C%AF%E8%AF%AD/, zh-hans/术语/",
      "/edition/a+b, a+b"})
  void decodesAPathBelowTheBasePath(String raw, String path) {
    assertEquals(new RequestPath.InSite(path), RequestPath.of(raw, "/edition/"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/edition", "/other/en/", "/editionx/"})
  void aPathOutsideTheBasePathIsNotPartOfTheSite(String raw) {
    assertEquals(new RequestPath.Outside(), RequestPath.of(raw, "/edition/"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "/../pom.xml", "/edition/../pom.xml", "/edition/en/../../pom.xml", "/edition/./en/",
      "/%2e%2e/pom.xml", "/edition/%2E%2E/pom.xml", "/edition/..%2fpom.xml", "/edition/..%2Fpom.xml", "/edition/%2e%2e%2f%2e%2e%2fpom.xml",
      "/edition/..%5cpom.xml", "/edition/a\\b", "/edition/%5c..%5cpom.xml",
      "//etc/passwd", "/edition//etc/passwd", "/edition/%2fetc/passwd", "/edition/C:/Windows/win.ini", "/edition/c%3a/x",
      "/edition/%00", "/edition/a%00.html", "/edition/%0d%0aSet-Cookie:x",
      "/edition/%zz", "/edition/%e6%9c", "/edition/%c0%ae%c0%ae/pom.xml", "edition/", ""})
  void refusesPathTraversalAndEveryOtherWayOut(String raw) {
    assertInstanceOf(RequestPath.Bad.class, RequestPath.of(raw, "/edition/"), raw);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/../pom.xml", "/%2e%2e/pom.xml", "/..%2fpom.xml", "//etc/passwd", "/%2fetc%2fpasswd"})
  void refusesThemAtTheRootBasePathToo(String raw) {
    assertInstanceOf(RequestPath.Bad.class, RequestPath.of(raw, "/"), raw);
  }
}
