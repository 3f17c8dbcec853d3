// Anything a user typed that a reply repeats goes through here first, so that no reply can ping
// a channel (@everyone, <!channel>, <@U123>) or break the platform's formatting.

const MAX_QUOTE = 60;

export function quoteUserText(text: string, max = MAX_QUOTE): string {
  const cleaned = text
    .replace(/<[^>]*>/g, ' ')
    .replace(/[@<>*_~`|\\[\]#]/g, ' ')
    .replace(/\p{Cc}|\p{Cf}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const chars = [...cleaned];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : cleaned;
}

export const MAX_INPUT_CHARS = 1000;
