package org.glossa.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PagesDomainTest {
  @Test
  void aCustomDomainAtItsRootIsWrittenToCname() {
    assertEquals(Optional.of("reading.example.org"), PagesDomain.of(URI.create("https://Reading.Example.org/")));
    assertEquals(Optional.of("example.org"), PagesDomain.of(URI.create("https://example.org")));
  }

  @Test
  void githubAddressesLocalHostsAndSubpathsHaveNone() {
    for (String url : new String[] {"https://user.github.io/", "https://user.github.io/repo/", "http://localhost:8000/",
        "http://127.0.0.1:4000/edition/", "http://[::1]/", "http://devbox/", "https://example.org/repo/", "https://example.org:8443/"}) {
      assertEquals(Optional.empty(), PagesDomain.of(URI.create(url)), url);
    }
  }
}
