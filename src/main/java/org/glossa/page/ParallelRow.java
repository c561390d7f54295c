package org.glossa.page;

import java.util.List;

/** One aligned passage in every shown language: the anchor shared by all of them and a cell per language. */
public record ParallelRow(String id, List<UnitView> cells) {
  public ParallelRow {
    cells = List.copyOf(cells);
  }
}
