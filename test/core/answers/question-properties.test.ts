import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
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
        const { text: out } = await ask(viaAsk ? `/upr ask ${text}` : text, NOW, {
          kind: viaAsk ? 'command' : 'message',
        });
        expect(out.length).toBeGreaterThan(0);
        // Discord's 2,000-character message and Slack's 3,000-character section, with room to spare.
        expect(out.length).toBeLessThanOrEqual(2000);
        for (const mention of MENTIONS) expect(out).not.toContain(mention);
      }),
      { numRuns: 300 },
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
