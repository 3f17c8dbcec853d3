import { distance } from 'fastest-levenshtein';
import type { State } from './data-schema.ts';

// People write "China", "PRC", "chinese", "Chnia" or "CHN": all of them mean one state code.

export function normaliseName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’'`]s\b/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

export interface StateResolver {
  /** The state a whole phrase names, or undefined. */
  resolve(phrase: string): State | undefined;
  /** States named anywhere in a longer text, in order of appearance. */
  findIn(text: string): State[];
}

function typoBudget(length: number): number {
  if (length >= 8) return 2;
  if (length >= 5) return 1;
  return 0;
}

/** "Chnia" for "China": one swap of neighbours is one typo, not two. */
function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff.push(i);
  return (
    diff.length === 2 &&
    diff[1] === diff[0]! + 1 &&
    a[diff[0]!] === b[diff[1]!] &&
    a[diff[1]!] === b[diff[0]!]
  );
}

export function createStateResolver(states: readonly State[]): StateResolver {
  const byName = new Map<string, State>();
  for (const state of states) {
    for (const name of [state.code, state.name, ...state.aliases, ...Object.values(state.names ?? {})]) {
      const key = normaliseName(name);
      if (key && !byName.has(key)) byName.set(key, state);
    }
  }
  const names = [...byName.keys()];
  const maxWords = Math.max(1, ...names.map((n) => n.split(' ').length));

  /** A phrase already normalised: findIn's n-grams are, and normalising costs more than looking up. */
  const resolveKey = (key: string): State | undefined => {
    if (!key) return undefined;
    const exact = byName.get(key);
    if (exact) return exact;
    const budget = typoBudget(key.length);
    if (budget === 0) return undefined;
    let best: { name: string; d: number } | undefined;
    for (const name of names) {
      if (Math.abs(name.length - key.length) > budget) continue;
      const d = isTransposition(key, name) ? 1 : distance(key, name);
      if (d <= budget && (!best || d < best.d)) best = { name, d };
    }
    return best ? byName.get(best.name) : undefined;
  };

  const resolve = (phrase: string): State | undefined => resolveKey(normaliseName(phrase));

  const findIn = (text: string): State[] => {
    const words = normaliseName(text).split(' ').filter(Boolean);
    const found: State[] = [];
    let i = 0;
    while (i < words.length) {
      let matched = 0;
      for (let n = Math.min(maxWords, words.length - i); n >= 1; n--) {
        const phrase = words.slice(i, i + n).join(' ');
        // Short words are matched exactly only: "in", "us", "can" must not become states.
        const state = phrase.length < 4 ? byName.get(phrase) : resolveKey(phrase);
        if (state) {
          if (!found.includes(state)) found.push(state);
          matched = n;
          break;
        }
      }
      i += matched || 1;
    }
    return found;
  };

  return { resolve, findIn };
}
