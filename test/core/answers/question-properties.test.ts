import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DISCORD_LIMITS, discordMessagesFor } from '../../../adapters/discord/discord-embeds.ts';
import { testCore } from '../../support/built-in.ts';

const { ask } = testCore();
const NOW = '2024-01-23T10:00:00+01:00';

const MENTIONS = [
  '@everyone',
  '@here',
  '<!channel>',
  '<!here>',
  '<!everyone>',
  '<@U024BE7LH>',
  '<@&123456789>',
  '<#C123>',
];

/** Text people might type: words from the domain, noise, mentions and markup mixed together. */
const questionText = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'who',
        'leads',
        'China',
        "China's",
        'delegation',
        'when',
        'review',
        'Nigeria',
        'troika',
        'recommendations',
        'session',
        '?',
        'side',
        'meeting',
        'in',
        'New York',
        'time',
        'head',
        'CSHRS',
        '2018',
        'France',
      ),
      fc.constantFrom(
        ...MENTIONS,
        '*bold*',
        '`code`',
        '> quote',
        '~strike~',
        '||spoiler||',
        '🎉',
        '\u200b',
        '\n',
      ),
      fc.string({ maxLength: 12 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(' '));

describe('question answering, for any input', () => {
  it('never throws, stays within chat limits and never echoes a mention', async () => {
    await fc.assert(
      fc.asyncProperty(questionText, fc.boolean(), async (text, viaAsk) => {
        const { reply, text: out } = await ask(viaAsk ? `/upr ask ${text}` : text, NOW, {
          kind: viaAsk ? 'command' : 'message',
        });
        expect(out.length).toBeGreaterThan(0);
        // The engine keeps what it says within one Discord message (2,000 characters). Its sources
        // come on top, one per fact: a list over every state ("PR head") cites a dozen, and the
        // adapters then split the reply, each part within the platform's limits.
        const body = out
          .split('\n')
          .filter((line) => !/^Sources?:/.test(line))
          .join('\n');
        expect(body.length).toBeLessThanOrEqual(2000);
        for (const message of discordMessagesFor(reply)) {
          expect((message.content ?? '').length).toBeLessThanOrEqual(DISCORD_LIMITS.content);
          expect(message.embeds.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedsPerMessage);
          let chars = 0;
          for (const embed of message.embeds) {
            const fields = embed.fields ?? [];
            expect((embed.description ?? '').length).toBeLessThanOrEqual(DISCORD_LIMITS.description);
            expect(fields.length).toBeLessThanOrEqual(DISCORD_LIMITS.fields);
            for (const field of fields)
              expect(field.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldValue);
            chars += (embed.title ?? '').length + (embed.description ?? '').length;
            chars += fields.reduce((n, f) => n + f.name.length + f.value.length, 0);
          }
          expect(chars).toBeLessThanOrEqual(DISCORD_LIMITS.charsPerMessage);
        }
        for (const mention of MENTIONS) expect(out).not.toContain(mention);
      }),
      { numRuns: 300, examples: [['PR head', false]] },
    );
  });

  it('is deterministic: the same question gets the same answer', async () => {
    await fc.assert(
      fc.asyncProperty(questionText, async (text) => {
        const a = await ask(text, NOW, { kind: 'message' });
        const b = await ask(text, NOW, { kind: 'message' });
        expect(a.text).toBe(b.text);
      }),
      { numRuns: 100 },
    );
  });
});
