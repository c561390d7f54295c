package org.glossa.config;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ConfigKeyTest {
  @Test
  void readmeDocumentsEveryConfigKeyWithItsDefault() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    for (ConfigKey key : ConfigKey.values()) {
      assertTrue(readme.contains("| `" + key.key() + "` | " + key.description() + " | " + key.defaultValue() + " |"),
          "README.md lacks the row of " + key.key() + "; regenerate the table from ConfigKey");
    }
  }
}
