// "el país que se examina en 12.º lugar", "le 10e État examiné", "第十个接受审议的国家": a state
// named by its place in the order of review, in digits or in the language's ordinal words, and
// only beside a word for a place, a state or being reviewed (so "第二轮", "2e cycle" stay cycles).

import { ORDINAL_WORDS } from './ordinal-words.ts';

const HAN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 十二 is 12, 二十 is 20, 十 is 10. */
function hanNumber(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  const [tens, units] = text.includes('十') ? text.split('十') : ['', text];
  const t = text.includes('十') ? (tens ? HAN_DIGITS[tens] : 1) : 0;
  const u = units ? HAN_DIGITS[units] : 0;
  return t === undefined || u === undefined ? undefined : t * 10 + u;
}

const PLACE = '(?:lugar|puesto|posicion|position|place|rang)';
const STATE = '(?:pays|etat|estado|pais|delegation|delegacion)';
const REVIEWED = '(?:examine|examinee|examinado|examinada|en passer|en pasar)';
const ORDINAL_WORD = Object.keys(ORDINAL_WORDS).join('|');

const LATIN = [
  // "en 12.º lugar", "10e position", "en décimo lugar", "à la dixième place"
  new RegExp(`\\b(\\d{1,2}|${ORDINAL_WORD})\\s?\\.?\\s?(?:o|a|e|eme|er|ere|re)?\\s+${PLACE}\\b`, 'u'),
  // "le 10e État examiné", "el décimo país examinado"
  new RegExp(`\\b(\\d{1,2}|${ORDINAL_WORD})\\s?\\.?\\s?(?:o|a|e|eme|er|ere|re)?\\s+${STATE}\\b`, 'u'),
  // "examiné en 12e", "examinado en duodécimo"
  new RegExp(
    `\\b${REVIEWED} (?:en )?(\\d{1,2}|${ORDINAL_WORD})\\s?\\.?\\s?(?:o|a|e|eme|er|ere|re)?\\b(?!\\s*(?:cycle|ciclo|examen|epu|session|sesion))`,
    'u',
  ),
];
/** "第十二个接受审议", "第10个国家", "排第几" is not a place named. */
const HAN = /第([一二三四五六七八九十\d]{1,3})(?:个|位|名)/u;

function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[º°]/g, 'o').replace(/ª/g, 'a');
}

/**
 * The place in the order of review a question names (1-based), if it names one, and the question
 * without those words ("lugar", "place" are no place asked for).
 */
export function positionAsked(question: string): { position?: number; question: string } {
  const han = HAN.exec(question);
  if (han) return { position: hanNumber(han[1]!), question };
  const text = fold(question);
  for (const pattern of LATIN) {
    const m = pattern.exec(text);
    if (!m) continue;
    const n = ORDINAL_WORDS[m[1]!] ?? Number(m[1]);
    if (n > 0 && n < 100) return { position: n, question: text.replace(m[0], ' ') };
  }
  return { question };
}
