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

/** Slack's <@U1>, <#C1|general>, <!here>, <!subteam^S1>; Discord's <@1>, <@!1>, <@&1>, <#1>; @everyone. */
const MENTION = /<[@#!][^>]*>|@(everyone|here|channel)\b/gi;

/** A mention names a person or a channel, never a state, a zone or a command: text made only of them says nothing to the bot. */
export function isOnlyMentions(text: string): boolean {
  return text.trim() !== '' && text.replace(MENTION, ' ').trim() === '';
}
