import { distance } from 'fastest-levenshtein';

// Turns what people type into words we can match: no case, accents, markup, mentions or
// punctuation, and small typos in the words the bot listens for put right.

export interface QuestionText {
  /** Lowercase words joined by single spaces, typos corrected. */
  text: string;
  words: string[];
}

const CONTRACTIONS: [RegExp, string][] = [
  [/\b(who|what|where|when|how|that|it|there)['’]s\b/g, '$1 is'],
  [/\bwhen['’]re\b/g, 'when are'],
  [/n['’]t\b/g, ' not'],
  [/['’]s\b/g, ''],
  [/s['’](\s|$)/g, 's$1'],
];

export function stripMarkup(raw: string): string {
  return raw
    .replace(/<[@#!][^>]*>/g, ' ')
    .replace(/<(https?:[^>|]+)(\|[^>]*)?>/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/@(everyone|here|channel)\b/gi, ' ');
}

/** One swap of neighbours counts as one typo ("reveiw"). */
function typoDistance(a: string, b: string): number {
  if (a.length === b.length) {
    const diff: number[] = [];
    for (let i = 0; i < a.length && diff.length <= 2; i++) if (a[i] !== b[i]) diff.push(i);
    if (
      diff.length === 2 &&
      diff[1] === diff[0]! + 1 &&
      a[diff[0]!] === b[diff[1]!] &&
      a[diff[1]!] === b[diff[0]!]
    ) {
      return 1;
    }
  }
  return distance(a, b);
}

export interface Vocabulary {
  /** Words that are right as they are (never "corrected"). */
  known: Set<string>;
  /** Words worth correcting towards: the keywords intents and subjects listen for. */
  targets: string[];
}

/** Corrections already worked out, per vocabulary: the same unknown words come again and again. */
const corrected = new WeakMap<Vocabulary, Map<string, string>>();
const MAX_REMEMBERED = 5000;

export function correctWord(word: string, vocabulary: Vocabulary): string {
  if (word.length < 5 || vocabulary.known.has(word) || /\d/.test(word)) return word;
  let memo = corrected.get(vocabulary);
  if (!memo) {
    memo = new Map();
    corrected.set(vocabulary, memo);
  }
  const seen = memo.get(word);
  if (seen !== undefined) return seen;
  const result = closestTarget(word, vocabulary);
  if (memo.size >= MAX_REMEMBERED) memo.clear();
  memo.set(word, result);
  return result;
}

function closestTarget(word: string, vocabulary: Vocabulary): string {
  const budget = word.length >= 9 ? 2 : 1;
  let best: { target: string; d: number } | undefined;
  for (const target of vocabulary.targets) {
    if (Math.abs(target.length - word.length) > budget) continue;
    // "happens", "starts", "reviewing": an inflection of a keyword is not a typo of it.
    if (word.startsWith(target) || target.startsWith(word)) return word;
    const d = typoDistance(word, target);
    if (d <= budget && (!best || d < best.d)) best = { target, d };
  }
  return best?.target ?? word;
}

const GREETINGS = /\bgood (morning|afternoon|evening|day)\b|^(hi|hello|hey|greetings|dear)\b/g;

export function normaliseQuestion(raw: string, vocabulary: Vocabulary): QuestionText {
  let text = stripMarkup(raw).normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  for (const [pattern, replacement] of CONTRACTIONS) text = text.replace(pattern, replacement);
  const words = text
    .replace(/(\d),(\d{3})/g, '$1$2')
    // "upr45" is "upr 45"; "2nd" stays as it is.
    .replace(/\b([a-z]{2,})(\d+)\b/g, '$1 $2')
    .replace(/[^a-z0-9/.]+/g, ' ')
    .replace(/\.(\s|$)/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .map((w) => correctWord(w, vocabulary));
  // "Good afternoon, ..." greets; it does not ask about afternoon reviews.
  const kept = words.join(' ').replace(GREETINGS, '').trim();
  return { text: kept, words: kept.split(' ').filter(Boolean) };
}
