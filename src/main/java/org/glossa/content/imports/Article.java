package org.glossa.content.imports;

import java.util.List;

/** The structure found in a cleaned source: its title and its units in order. */
record Article(String title, List<Unit> units) {
  Article {
    units = List.copyOf(units);
  }
}
