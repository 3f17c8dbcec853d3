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

export function createPhraseMatcher<T>(
  entries: Iterable<{ phrase: readonly string[]; tag: T }>,
): PhraseMatcher<T> {
  const byPhrase = new Map<string, T[]>();
  const words = new Set<string>();
  /** The longest phrase that starts with each word: most words start none, and are skipped. */
  const longestFrom = new Map<string, number>();
  for (const { phrase, tag } of entries) {
    if (!phrase.length) continue;
    const key = phrase.join(' ');
    const tags = byPhrase.get(key);
    if (!tags) byPhrase.set(key, [tag]);
    else if (!tags.includes(tag)) tags.push(tag);
    for (const word of phrase) words.add(word);
    longestFrom.set(phrase[0]!, Math.max(longestFrom.get(phrase[0]!) ?? 0, phrase.length));
  }
  return {
    match(tokens) {
      const spans: Span<T>[] = [];
      let i = 0;
      while (i < tokens.length) {
        let found: Span<T> | undefined;
        const longest = longestFrom.get(tokens[i]!) ?? 0;
        for (let n = Math.min(longest, tokens.length - i); n >= 1 && !found; n--) {
          const tags = byPhrase.get(n === 1 ? tokens[i]! : tokens.slice(i, i + n).join(' '));
          if (tags) found = { start: i, end: i + n, tags };
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
