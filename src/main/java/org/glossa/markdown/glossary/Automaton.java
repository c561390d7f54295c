package org.glossa.markdown.glossary;

import java.util.Arrays;
import java.util.List;

/**
 * An Aho–Corasick automaton over folded keys: a trie whose states also carry failure links (the
 * longest proper suffix that is a trie state) and output links (the nearest such suffix that ends a
 * key). Feeding a text one char at a time with {@link #next} and walking {@link #firstOutput} /
 * {@link #nextOutput} reports every occurrence of every key, in time linear in the text plus the
 * occurrences. State 0 is the root; immutable once built.
 */
final class Automaton {

  static final int NONE = -1;

  private final EdgeTable edges;
  private final int[] fail;
  private final int[] output;
  private final int[] key;
  private final int[] depth;

  private Automaton(EdgeTable edges, int[] fail, int[] output, int[] key, int[] depth) {
    this.edges = edges;
    this.fail = fail;
    this.output = output;
    this.key = key;
    this.depth = depth;
  }

  /** Builds the automaton; key {@code i} is reported as {@link #key(int)} {@code == i}. */
  static Automaton build(List<String> keys) {
    int maxStates = 1 + keys.stream().mapToInt(String::length).sum();
    Trie trie = new Trie(maxStates);
    for (int i = 0; i < keys.size(); i++) {
      trie.add(keys.get(i), i);
    }
    return trie.link();
  }

  /** The state after reading the (already folded) char {@code c} in {@code state}. */
  int next(int state, char c) {
    int s = state;
    int target = edges.get(s, c);
    while (target == EdgeTable.ABSENT && s != 0) {
      s = fail[s];
      target = edges.get(s, c);
    }
    return target == EdgeTable.ABSENT ? 0 : target;
  }

  /** The longest key ending in {@code state}, as a state, or {@link #NONE}. */
  int firstOutput(int state) {
    return key[state] != NONE ? state : output[state];
  }

  /** The next shorter key ending where the key of {@code outputState} ends, or {@link #NONE}. */
  int nextOutput(int outputState) {
    return output[outputState];
  }

  /** The index of the key that ends in {@code state}, or {@link #NONE}. */
  int key(int state) {
    return key[state];
  }

  /** The length of the path from the root to {@code state}, which is the length of its key. */
  int depth(int state) {
    return depth[state];
  }

  /**
   * Growable trie with first-child / next-sibling lists, kept only for the breadth-first linking.
   */
  private static final class Trie {
    private final EdgeTable edges;
    private final int[] key;
    private final int[] depth;
    private final int[] firstChild;
    private final int[] nextSibling;
    private final char[] label;
    private int states = 1;

    Trie(int maxStates) {
      edges = new EdgeTable(maxStates);
      key = new int[maxStates];
      depth = new int[maxStates];
      firstChild = new int[maxStates];
      nextSibling = new int[maxStates];
      label = new char[maxStates];
      Arrays.fill(key, NONE);
      Arrays.fill(firstChild, NONE);
    }

    void add(String word, int index) {
      int state = 0;
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        int child = edges.get(state, c);
        if (child == EdgeTable.ABSENT) {
          child = states++;
          edges.put(state, c, child);
          depth[child] = depth[state] + 1;
          label[child] = c;
          nextSibling[child] = firstChild[state];
          firstChild[state] = child;
        }
        state = child;
      }
      key[state] = index;
    }

    Automaton link() {
      int[] fail = new int[states];
      int[] output = new int[states];
      Arrays.fill(output, NONE);
      int[] queue = new int[states];
      int head = 0;
      int tail = 0;
      queue[tail++] = 0;
      while (head < tail) {
        int parent = queue[head++];
        for (int child = firstChild[parent]; child != NONE; child = nextSibling[child]) {
          queue[tail++] = child;
          if (parent == 0) {
            continue;
          }
          int suffix = fail[parent];
          int target = edges.get(suffix, label[child]);
          while (target == EdgeTable.ABSENT && suffix != 0) {
            suffix = fail[suffix];
            target = edges.get(suffix, label[child]);
          }
          fail[child] = target == EdgeTable.ABSENT ? 0 : target;
          output[child] = key[fail[child]] != NONE ? fail[child] : output[fail[child]];
        }
      }
      return new Automaton(
          edges, fail, output, Arrays.copyOf(key, states), Arrays.copyOf(depth, states));
    }
  }
}
