// "第三轮审议", "troisième examen", "tercer ciclo": a review or cycle named by its ordinal in
// words. The question engine reads ordinals written with digits ("3rd cycle"); this writes the
// ordinal words of Chinese, French and Spanish that way, and only before a review or a cycle,
// so "premier" and "primero" elsewhere (the first review of the session) keep their meaning.

import { ORDINAL_WORDS } from './ordinal-words.ts';

/** Reviews and cycles count to five here: the words of the first five, and their Chinese digits. */
const ORDINALS: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  second: 2,
  seconde: 2,
  ...Object.fromEntries(Object.entries(ORDINAL_WORDS).filter(([, n]) => n <= 5)),
};

const ZH = /第([一二三四五1-9])(?:次|轮|个周期|周期|回)/gu;
/** "2º EPU", "2.ª revisión", "2e examen", "3er ciclo" (after folding: º is o, ª is a). */
const NUMERIC =
  /\b([1-9])\s?\.?(?:o|a|e|eme|er|ere|re|nd|rd|st|th)\s+(examen|cycle|ciclo|epu|upr|revision|review)\b/giu;
/** "第几次", "combientième", "qué número de examen": which of its reviews, as the engine asks it. */
const WHICH_ONE = /第几(?:次|轮|回)|\b(?:combientieme|quantieme|que numero de (?:examen|ciclo|epu))\b/giu;
/** "heure de Pékin", "hora de Ciudad de México": a clock named before its place, as English says "Beijing time". */
const CLOCK_BEFORE =
  /\b(?:heure|hora)s? (?:de |d'|d’|en |a )(?!(?:la|le|les|el|los|las|l|un|una|une)\b)((?:[\p{L}-]+)(?: (?:de |del )?[\p{L}-]+){0,3}?)\s*(?=[?,;.!¿]|$)/giu;
/** "la 46.ª sesión", "46e session": a session named by its number, as the engine reads "46th session". */
const SESSION_NUMBER = /\b(\d{1,3})\s?\.?\s?(?:o|a|e|eme|er|re)\s+(session|sesion|periodo de sesiones)\b/giu;
/** "la prochaine session", "la sesión anterior": another session than the data's, as English says it. */
const SESSION_NEXT = /\b(?:prochaine session|session suivante|proxima sesion|siguiente sesion)\b/giu;
/** "下届会议", "上一届": the next or the previous session in Chinese. */
const HAN_SESSION = /([上下])一?届(?:会议|会)?/gu;
const SESSION_PREVIOUS =
  /\b(?:session precedente|precedente session|derniere session|sesion anterior|sesion pasada)\b/giu;
/** "Je suis à New York :", "estoy en Ciudad de México,": where the reader is, the clock to tell times in. */
const READER_IN =
  /\b(?:je suis|je me trouve|j'habite|j’habite|je vis|nous sommes|estoy|me encuentro|vivo|estamos) (?:a|en|au) ((?:[\p{L}-]+)(?: (?:de |del )?[\p{L}-]+){0,3}?)\s*(?=[?,;:.!¿]|$)/giu;
/** "13年那次": a year in two digits before 年 is this century's. */
const SHORT_YEAR = /(?<!\d)([0-2]\d)年/gu;
const LATIN =
  /\b(premier|premiere|deuxieme|second|seconde|troisieme|quatrieme|cinquieme|primer|primero|primera|segundo|segunda|tercer|tercero|tercera|cuarto|cuarta|quinto|quinta)\s+(examen|cycle|ciclo|epu|upr)\b/giu;

function suffix(n: number): string {
  return n === 1 ? 'st' : n === 2 ? 'nd' : n === 3 ? 'rd' : 'th';
}

/** "1st cycle examen": a cycle beside the noun, so no date reader takes "1st" for a day. */
function asCycle(n: number, noun: string): string {
  return /^(cycle|ciclo)$/i.test(noun) ? `${n}${suffix(n)} ${noun}` : `${n}${suffix(n)} cycle ${noun}`;
}

/** The question with its review ordinals in digits ("3rd cycle"), otherwise as written. */
export function ordinalsAsDigits(question: string): string {
  const folded = question.normalize('NFKD').replace(/\p{M}/gu, '');
  const latin = folded
    .replace(LATIN, (whole, word: string, noun: string) => {
      const n = ORDINALS[word.toLowerCase()];
      return n ? asCycle(n, noun) : whole;
    })
    .replace(NUMERIC, (_whole, digit: string, noun: string) => asCycle(Number(digit), noun))
    .replace(WHICH_ONE, ' which review ')
    .replace(CLOCK_BEFORE, (_whole, place: string) => `${place} time`)
    .replace(READER_IN, (_whole, place: string) => `${place} time`)
    .replace(SESSION_NUMBER, (_whole, n: string) => `${n}${suffix(Number(n))} session`)
    .replace(SESSION_NEXT, 'next session')
    .replace(SESSION_PREVIOUS, 'previous session');
  const text = latin === folded ? question : latin;
  return text
    .replace(SHORT_YEAR, (_whole, year: string) => `20${year}年`)
    .replace(HAN_SESSION, (_whole, side: string) => (side === '下' ? ' next session ' : ' previous session '))
    .replace(ZH, (_whole, word: string) => {
      const n = ORDINALS[word] ?? Number(word);
      return ` ${n}${suffix(n)} cycle `;
    });
}
