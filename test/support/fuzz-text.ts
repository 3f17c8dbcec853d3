import fc from 'fast-check';

// What people (and attackers) type at a chat bot, for the fuzz tests: the bot's own command
// words and option syntax, states, markup, emoji, line breaks, random text and graphemes, mixed
// with the platform's own mention and broadcast syntax.

const COMMON = [
  'review',
  'subscribe',
  'unsubscribe',
  'remind',
  'me',
  'update',
  'help',
  'ask',
  'events',
  'schedule',
  'China',
  'Saudi Arabia',
  'lead:abc',
  'lead:24h,1h',
  'zone:Mars/Base',
  'kinds:reviews',
  '@everyone',
  '@here',
  '\n',
  '🇨🇳',
  '?',
];

/** A line of chat text: words and mentions joined by spaces, or random text up to 1,200 characters. */
export function chatText(platformPieces: readonly string[]): fc.Arbitrary<string> {
  const piece = fc.oneof(
    fc.constantFrom(...COMMON, ...platformPieces),
    fc.string({ maxLength: 30 }),
    fc.string({ unit: 'grapheme', maxLength: 20 }),
  );
  return fc.oneof(
    fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(' ')),
    fc.string({ maxLength: 1200 }),
  );
}
