package org.glossa.markdown.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class EdgeTableTest {

  @Test
  void reportsAbsentEdge() {
    EdgeTable edges = new EdgeTable(4);
    edges.put(0, '腾', 1);
    assertEquals(EdgeTable.ABSENT, edges.get(0, '讯'));
    assertEquals(EdgeTable.ABSENT, edges.get(1, '腾'));
  }

  @Test
  void keepsEdgesApartByStateAndChar() {
    int states = 2_000;
    EdgeTable edges = new EdgeTable(states * 3);
    for (int s = 0; s < states; s++) {
      edges.put(s, 'a', s + 1);
      edges.put(s, '\uFFFF', s + 2);
      edges.put(s, (char) ('一' + s), s + 3);
    }
    assertEquals(states * 3, edges.size());
    for (int s = 0; s < states; s++) {
      assertEquals(s + 1, edges.get(s, 'a'));
      assertEquals(s + 2, edges.get(s, '\uFFFF'));
      assertEquals(s + 3, edges.get(s, (char) ('一' + s)));
    }
  }

  @Test
  void replacesEdgeWithoutGrowing() {
    EdgeTable edges = new EdgeTable(1);
    edges.put(7, 'x', 1);
    edges.put(7, 'x', 2);
    assertEquals(2, edges.get(7, 'x'));
    assertEquals(1, edges.size());
  }

  @Test
  void refusesEdgesBeyondCapacity() {
    EdgeTable edges = new EdgeTable(2);
    edges.put(0, 'a', 1);
    edges.put(0, 'b', 2);
    assertThrows(IllegalStateException.class, () -> edges.put(0, 'c', 3));
  }
}
