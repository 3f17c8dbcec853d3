// Chinese typed by pinyin input picks a same-sounding character by mistake ("建意" for "建议",
// "万国公" for "万国宫"). A character typo changes the word the matcher reads, so the common
// ones of the words the bot's questions use are put right before matching.

const TYPOS: [string, string][] = [
  ['建意', '建议'],
  ['建义', '建议'],
  ['万国公', '万国宫'],
  ['代表图', '代表团'],
  ['审意', '审议'],
];

const HAN = /\p{Script=Han}/u;

/** The text with the known pinyin slips put right; text with no Chinese is returned as is. */
export function fixChineseTypos(text: string): string {
  if (!HAN.test(text)) return text;
  let fixed = text;
  for (const [typo, word] of TYPOS) fixed = fixed.replaceAll(typo, word);
  return fixed;
}
