// One matcher for every named thing a question can hold: states, people, organisations, zones and
// the cue words of the lexicon. Phrases are token sequences; at each position the longest phrase
// wins, and a phrase may carry several meanings ("beijing": a state's alias and a zone).

export interface Span<T> {
  /** Index of the first token, and one past the last. */
  start: number;
  end: number;
  tags: T[];
}

export interface PhraseMatcher<T> {
  /** Longest phrases, left to right, without overlap. */
  match(tokens: readonly string[]): Span<T>[];
  /** Whether a single token is the first word of some phrase (for typo correction). */
  knows(token: string): boolean;
  /** Every distinct first or only word, for typo correction towards them. */
  words(): string[];
}

/** A word trie: each node holds the tags of the phrase ending there and the words that go on. */
interface Node<T> {
  tags?: T[];
  next?: Map<string, Node<T>>;
}

export function createPhraseMatcher<T>(
  entries: Iterable<{ phrase: readonly string[]; tag: T }>,
): PhraseMatcher<T> {
  const root: Node<T> = { next: new Map() };
  const words = new Set<string>();
  for (const { phrase, tag } of entries) {
    if (!phrase.length) continue;
    let node = root;
    for (const word of phrase) {
      words.add(word);
      node.next ??= new Map();
      let child = node.next.get(word);
      if (!child) {
        child = {};
        node.next.set(word, child);
      }
      node = child;
    }
    node.tags ??= [];
    if (!node.tags.includes(tag)) node.tags.push(tag);
  }
  return {
    match(tokens) {
      const spans: Span<T>[] = [];
      let i = 0;
      while (i < tokens.length) {
        // Walk the trie as far as the words go; the last node with tags is the longest phrase.
        let node = root.next!.get(tokens[i]!);
        let found: Span<T> | undefined;
        for (let j = i; node; ) {
          if (node.tags) found = { start: i, end: j + 1, tags: node.tags };
          j++;
          node = j < tokens.length ? node.next?.get(tokens[j]!) : undefined;
        }
        if (found) {
          spans.push(found);
          i = found.end;
        } else {
          i++;
        }
      }
      return spans;
    },
    knows: (token) => words.has(token),
    words: () => [...words],
  };
}
