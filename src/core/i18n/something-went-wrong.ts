import type { Inbound } from '../inbound.ts';
import { type Reply, textReply } from '../reply.ts';
import { message } from './catalogue.ts';
import { resolveLocale } from './locale-resolution.ts';

/**
 * The apology when the core fails, in the reader's language as far as the message itself tells
 * (its words, the user's or the terminal's language): the channel's setting is not looked up,
 * since the store may be what failed.
 */
export function somethingWentWrong(inbound?: Pick<Inbound, 'text' | 'language'>): Reply {
  const tag = inbound?.language?.tag;
  const source = inbound?.language?.source;
  const locale = resolveLocale({
    ...(inbound?.text ? { text: inbound.text } : {}),
    ...(source === 'user' && tag ? { user: tag } : {}),
    ...(source === 'terminal' && tag ? { terminal: tag } : {}),
  });
  return textReply(message(locale, 'error.somethingWentWrong'), { ephemeral: true });
}
