// "第三轮审议", "troisième examen", "tercer ciclo": a review or cycle named by its ordinal in
// words. The question engine reads ordinals written with digits ("3rd cycle"); this writes the
// ordinal words of Chinese, French and Spanish that way, and only before a review or a cycle,
// so "premier" and "primero" elsewhere (the first review of the session) keep their meaning.

const ORDINALS: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  premier: 1,
  premiere: 1,
  deuxieme: 2,
  second: 2,
  seconde: 2,
  troisieme: 3,
  quatrieme: 4,
  cinquieme: 5,
  primer: 1,
  primero: 1,
  primera: 1,
  segundo: 2,
  segunda: 2,
  tercer: 3,
  tercero: 3,
  tercera: 3,
  cuarto: 4,
  cuarta: 4,
  quinto: 5,
  quinta: 5,
};

const ZH = /第([一二三四五])(?:次|轮|个周期|周期)/gu;
const LATIN =
  /\b(premier|premiere|deuxieme|second|seconde|troisieme|quatrieme|cinquieme|primer|primero|primera|segundo|segunda|tercer|tercero|tercera|cuarto|cuarta|quinto|quinta)\s+(examen|cycle|ciclo|epu|upr)\b/giu;

function suffix(n: number): string {
  return n === 1 ? 'st' : n === 2 ? 'nd' : n === 3 ? 'rd' : 'th';
}

/** The question with its review ordinals in digits ("3rd cycle"), otherwise as written. */
export function ordinalsAsDigits(question: string): string {
  const folded = question.normalize('NFKD').replace(/\p{M}/gu, '');
  const latin = folded.replace(LATIN, (whole, word: string, noun: string) => {
    const n = ORDINALS[word.toLowerCase()];
    return n ? `${n}${suffix(n)} ${noun}` : whole;
  });
  const text = latin === folded ? question : latin;
  return text.replace(ZH, (_whole, word: string) => ` ${ORDINALS[word]}${suffix(ORDINALS[word]!)} cycle `);
}
