import { fixChineseTypos } from '../i18n/chinese-typos.ts';
import { stripMarkup } from './question-text.ts';

// What people type, as tokens the phrase matcher can read: no case, accents, markup or
// mentions; "who's" is "who is"; clause breaks (? ; , and line breaks) kept as tokens of their
// own; a Chinese character is a token (Chinese has no spaces, and names are a few characters).

export const CLAUSE_BREAKS = new Set(['?', ';', ',']);

const CONTRACTIONS: [RegExp, string][] = [
  [/\b(who|what|where|when|how|that|it|there|he|she)['’]s\b/g, '$1 is'],
  [/\bwhen['’]re\b/g, 'when are'],
  [/\bcan['’]t\b/g, 'can not'],
  [/\bwon['’]t\b/g, 'will not'],
  [/n['’]t\b/g, ' not'],
  [/['’]s\b/g, ''],
  [/s['’](\s|$)/g, 's$1'],
  // French and Italian elisions: l'examen, d'adoption, qu'est-ce.
  [/\b(l|d|qu|c|j|n|s)['’](?=\p{L})/gu, '$1 '],
];

const HAN = /\p{Script=Han}/u;

/** Adverbs that only stress a question; dropped so the words around them read as one phrase. */
const FILLER_ADVERBS = new Set(['actually', 'exactly', 'precisely', 'really']);
// Only after a question word ("who actually", "what exactly is"): "did it actually happen?" doubts.

/** Lower case, no accents, contractions opened; the text the tokens come from. */
export function foldText(raw: string): string {
  let text = fixChineseTypos(stripMarkup(raw))
    // Full-width forms (？，) are their ASCII selves.
    .normalize('NFKC')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();
  for (const [pattern, replacement] of CONTRACTIONS) text = text.replace(pattern, replacement);
  return text;
}

export function tokenize(raw: string): string[] {
  return tokensOf(foldText(raw));
}

/** Tokens of text already folded (see foldText). */
export function tokensOf(folded: string): string[] {
  const text = folded
    .replace(/(\d),(\d{3})\b/g, '$1$2')
    // "upr45" is "upr 45"; "2nd", "45th" stay whole.
    .replace(/\b([a-z]{2,})(\d+)\b/g, '$1 $2')
    .replace(/#/g, ' number ')
    // "date + room", "review & adoption": a list of things asked.
    .replace(/\s[+&]\s/g, ' , ')
    .replace(/[?!？！。]+/g, ' ? ')
    .replace(/[;；\n]+/g, ' ; ')
    .replace(/[,，、]/g, ' , ')
    .replace(/[^\p{L}\p{N}/.?;,:-]+/gu, ' ')
    // A title's abbreviation ("Prof. Chang", "Amb. Chen") does not end a sentence.
    .replace(/\b(prof|dr|mr|mrs|ms|amb|h\.?e|st|sr|jr|vs)\.(\s)/g, '$1$2')
    // A full stop ends a sentence; inside a symbol (A/HRC/WG.6/45) or a number it stays.
    .replace(/\.(\s|$)/g, ' ; ')
    .replace(/(^|\s)[-:]+|[-:]+(\s|$)/g, ' ');
  const tokens: string[] = [];
  for (const word of text.split(/\s+/)) {
    // "who actually does the reviewing?", "what exactly is the UPR?": the adverb asks nothing.
    if (!word) continue;
    if (FILLER_ADVERBS.has(word) && /^(who|what|where|when|which|how|is)$/.test(tokens.at(-1) ?? ''))
      continue;
    if (!HAN.test(word)) {
      // "est-ce", "una-china", "date/time": the parts are words; "10:30-13:30" and
      // "a/hrc/wg.6/45/chn/1" stay one token.
      if (/[-/]/.test(word) && !/\d/.test(word)) tokens.push(...word.split(/[-/]/).filter(Boolean));
      else tokens.push(word);
      continue;
    }
    // 中国代表团 → 中 国 代 表 团; latin and digits inside stay together (第45届 → 第 45 届).
    for (const part of word.match(/\p{Script=Han}|[^\p{Script=Han}]+/gu) ?? []) tokens.push(part);
  }
  return tokens;
}
