import { distance } from 'fastest-levenshtein';
import type { State } from './data-schema.ts';

// People write "China", "PRC", "chinese", "Chnia" or "CHN": all of them mean one state code.

export function normaliseName(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[’'`]s\b/g, '')
      // Letters of any script: "中国" and "Chine" are names as much as "China" is.
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
      .replace(/^the /, '')
  );
}

export interface StateResolver {
  /** The state a whole phrase names, or undefined. */
  resolve(phrase: string): State | undefined;
  /** States named anywhere in a longer text, in order of appearance. */
  findIn(text: string): State[];
}

/** Chinese, Japanese and Korean names are written without spaces between words. */
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

const UNSPACED_SCRIPT_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu;

function typoBudget(key: string): number {
  // One character of a Chinese name changes the name ("中非" is not "中国"): no typo allowance.
  if (UNSPACED_SCRIPT.test(key)) return 0;
  const length = key.length;
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
    const inLanguages = [...Object.values(state.names ?? {}), ...Object.values(state.aliasesIn ?? {}).flat()];
    for (const name of [state.code, state.name, ...state.aliases, ...inLanguages]) {
      const key = normaliseName(name);
      if (key && !byName.has(key)) byName.set(key, state);
    }
  }
  const names = [...byName.keys()];
  // Longest first, so "中非共和国" is found before a shorter name inside it.
  const unspacedNames = names.filter((n) => UNSPACED_SCRIPT.test(n)).sort((a, b) => b.length - a.length);
  const maxWords = Math.max(1, ...names.map((n) => n.split(' ').length));

  /** A phrase already normalised: findIn's n-grams are, and normalising costs more than looking up. */
  const resolveKey = (key: string): State | undefined => {
    if (!key) return undefined;
    const exact = byName.get(key);
    if (exact) return exact;
    const budget = typoBudget(key);
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

  /** Names in spaced words, with where each starts: "saudi arabia and senegal". */
  const findInWords = (normalised: string): { at: number; state: State }[] => {
    const hits: { at: number; state: State }[] = [];
    const words: { word: string; at: number }[] = [];
    for (const m of normalised.matchAll(/[^ ]+/g)) words.push({ word: m[0], at: m.index });
    let i = 0;
    while (i < words.length) {
      let matched = 0;
      for (let n = Math.min(maxWords, words.length - i); n >= 1; n--) {
        const phrase = words
          .slice(i, i + n)
          .map((w) => w.word)
          .join(' ');
        // Short words are matched exactly only: "in", "us", "can" must not become states.
        const state = phrase.length < 4 ? byName.get(phrase) : resolveKey(phrase);
        if (state) {
          hits.push({ at: words[i]!.at, state });
          matched = n;
          break;
        }
      }
      i += matched || 1;
    }
    return hits;
  };

  /** "中国代表团团长": names inside a run of characters, longest first, each place used once. */
  const findUnspaced = (normalised: string): { hits: { at: number; state: State }[]; rest: string } => {
    const hits: { at: number; state: State }[] = [];
    let rest = normalised;
    for (const name of unspacedNames) {
      for (let at = rest.indexOf(name); at >= 0; at = rest.indexOf(name, at + name.length)) {
        const state = byName.get(name);
        if (state) hits.push({ at, state });
        // Blanked, so a shorter name inside it is not found again.
        rest = rest.slice(0, at) + ' '.repeat(name.length) + rest.slice(at + name.length);
      }
    }
    return { hits, rest };
  };

  const findIn = (text: string): State[] => {
    const normalised = normaliseName(text);
    let hits: { at: number; state: State }[];
    if (unspacedNames.length > 0 && UNSPACED_SCRIPT.test(normalised)) {
      const unspaced = findUnspaced(normalised);
      // What is left of the text keeps its spaced names ("China 的代表团"); positions are kept too.
      hits = [
        ...unspaced.hits,
        ...findInWords(unspaced.rest.replace(UNSPACED_SCRIPT_RUN, (run) => ' '.repeat(run.length))),
      ];
      hits.sort((a, b) => a.at - b.at);
    } else {
      hits = findInWords(normalised);
    }
    const found: State[] = [];
    for (const hit of hits) if (!found.includes(hit.state)) found.push(hit.state);
    return found;
  };

  return { resolve, findIn };
}
