package org.glossa.markdown.glossary;

import java.util.Arrays;

/**
 * The goto edges of the automaton, {@code (state, char) -> state}, in one open-addressing hash
 * table: constant time per lookup whatever the alphabet (thousands of Han characters at the root),
 * with two flat arrays instead of a map per state. Its capacity is fixed when it is made: a trie
 * over keys of total length n has fewer than n edges.
 */
final class EdgeTable {

  static final int ABSENT = -1;

  private static final long EMPTY = -1L;

  private final long[] keys;
  private final int[] targets;
  private final int capacity;
  private int size;

  /** A table for up to {@code capacity} edges, kept at most half full so that probes stay short. */
  EdgeTable(int capacity) {
    this.capacity = capacity;
    int slots = Integer.highestOneBit(Math.max(8, capacity)) << 2;
    keys = new long[slots];
    targets = new int[slots];
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

  /** Adds or replaces an edge; the table holds at most the number of edges it was sized for. */
  void put(int state, char c, int target) {
    long key = key(state, c);
    int mask = keys.length - 1;
    int slot = slot(key, mask);
    while (keys[slot] != EMPTY && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    if (keys[slot] == EMPTY) {
      if (size == capacity) {
        throw new IllegalStateException("edge table full at " + capacity + " edges");
      }
      size++;
    }
    keys[slot] = key;
    targets[slot] = target;
  }

  int size() {
    return size;
  }

  private static long key(int state, char c) {
    return ((long) state << 16) | c;
  }

  private static int slot(long key, int mask) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }
}
