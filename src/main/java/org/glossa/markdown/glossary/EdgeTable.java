package org.glossa.markdown.glossary;

import java.util.Arrays;

/**
 * The goto edges of the automaton, {@code (state, char) -> state}, in one open-addressing hash
 * table: constant time per lookup whatever the alphabet (thousands of Han characters at the root),
 * with two flat arrays instead of a map per state.
 */
final class EdgeTable {

  static final int ABSENT = -1;

  private static final long EMPTY = -1L;

  private long[] keys;
  private int[] targets;
  private int size;

  EdgeTable(int expectedEdges) {
    int capacity = Integer.highestOneBit(Math.max(16, expectedEdges * 2 - 1)) << 1;
    keys = new long[capacity];
    targets = new int[capacity];
    Arrays.fill(keys, EMPTY);
  }

  int get(int state, char c) {
    long key = key(state, c);
    int mask = keys.length - 1;
    for (int slot = slot(key, mask); ; slot = (slot + 1) & mask) {
      long k = keys[slot];
      if (k == key) {
        return targets[slot];
      }
      if (k == EMPTY) {
        return ABSENT;
      }
    }
  }

  void put(int state, char c, int target) {
    if ((size + 1) * 2 > keys.length) {
      grow();
    }
    long key = key(state, c);
    int mask = keys.length - 1;
    int slot = slot(key, mask);
    while (keys[slot] != EMPTY && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    if (keys[slot] == EMPTY) {
      size++;
    }
    keys[slot] = key;
    targets[slot] = target;
  }

  int size() {
    return size;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldTargets = targets;
    keys = new long[oldKeys.length * 2];
    targets = new int[oldKeys.length * 2];
    Arrays.fill(keys, EMPTY);
    int mask = keys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        int slot = slot(oldKeys[i], mask);
        while (keys[slot] != EMPTY) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = oldKeys[i];
        targets[slot] = oldTargets[i];
      }
    }
  }

  private static long key(int state, char c) {
    return ((long) state << 16) | c;
  }

  private static int slot(long key, int mask) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }
}
