import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SLACK_LIMITS, type SlackBlock, slackMessagesOf } from '../../../adapters/slack/slack-blocks.ts';
import { type Block, type Inline, reply } from '../../../src/core/reply.ts';
import { testCore } from '../../support/built-in.ts';

// Block Kit within Slack's limits, local-time tokens, and no way for user text to ping anyone.

const NOW = '2024-01-23T09:00:00.000Z';

function checkLimits(blocks: SlackBlock[]) {
  expect(blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocksPerMessage);
  let total = 0;
  for (const block of blocks) {
    if (block.type === 'header') expect([...block.text.text].length).toBeLessThanOrEqual(150);
    if (block.type === 'section') {
      expect(block.text!.text.length).toBeGreaterThan(0);
      expect([...block.text!.text].length).toBeLessThanOrEqual(3000);
      total += block.text!.text.length;
    }
    if (block.type === 'context') {
      expect(block.elements.length).toBeLessThanOrEqual(10);
      for (const e of block.elements)
        expect([...(e as { text: string }).text].length).toBeLessThanOrEqual(3000);
    }
  }
  expect(total).toBeLessThanOrEqual(SLACK_LIMITS.charsPerMessage);
}

describe('Slack Block Kit rendering', () => {
  it('keeps the full 14-review session schedule within limits, every review in it', async () => {
    const { ask, knowledge } = testCore();
    const { reply: schedule } = await ask('schedule session', NOW);
    const messages = slackMessagesOf(schedule, NOW);
    for (const m of messages) checkLimits(m.blocks);
    const all = JSON.stringify(messages.map((m) => m.blocks));
    const reviewed = knowledge.index.reviews.map((r) => knowledge.index.states.get(r.state)?.name ?? r.state);
    expect(reviewed).toHaveLength(14);
    for (const name of reviewed) expect(all).toContain(name);
  });

  it('splits a long list over several messages without losing a line', () => {
    const lines = Array.from({ length: 400 }, (_, i) => [`item ${i} `, 'x'.repeat(60)]);
    const blocks: Block[] = [
      { kind: 'header', text: 'A very long list' },
      { kind: 'section', heading: 'Everything', lines },
      ...Array.from({ length: 60 }, (_, i): Block => ({ kind: 'section', lines: [[`extra ${i}`]] })),
    ];
    const messages = slackMessagesOf(reply(blocks), NOW);
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) checkLimits(m.blocks);
    const all = messages
      .flatMap((m) => m.blocks)
      .map((b) => JSON.stringify(b))
      .join('\n');
    for (let i = 0; i < 400; i++) expect(all).toContain(`item ${i} `);
    for (let i = 0; i < 60; i++) expect(all).toContain(`extra ${i}"`);
    expect(messages[1]!.text).toMatch(/Everything|extra/);
  });

  it('cuts a header at 150 characters and a single huge line at 3,000', () => {
    const [message] = slackMessagesOf(
      reply([
        { kind: 'header', text: 'H'.repeat(400) },
        { kind: 'section', lines: [['y'.repeat(10_000)]] },
      ]),
      NOW,
    );
    checkLimits(message!.blocks);
  });

  it('shows times as <!date> tokens with a Geneva-time fallback', () => {
    const parts: Inline[] = [
      { time: '2024-01-23T08:00:00Z', end: '2024-01-23T11:30:00Z', style: 'date-time' },
      ' / ',
      { time: '2024-01-23T08:00:00Z', style: 'time' },
      ' / ',
      { time: '2024-01-26T14:30:00Z', style: 'relative' },
    ];
    const [message] = slackMessagesOf(reply([{ kind: 'section', lines: [parts] }]), NOW);
    const text = (message!.blocks[0] as { text: { text: string } }).text.text;
    expect(text).toBe(
      '<!date^1705996800^{date_short_pretty} {time}|Tue 23 Jan 2024, 09:00>-<!date^1706009400^{time}|12:30 Geneva time>' +
        ' / <!date^1705996800^{time}|09:00 Geneva time>' +
        ' / <!date^1706279400^{ago}|in 3 days>',
    );
    expect(message!.text).toBe('Tue 23 Jan 2024, 09:00-12:30 Geneva time / 09:00 Geneva time / in 3 days');
  });

  it("writes the fallbacks in the reply's language: dates, clocks, zone and relative times through Intl", () => {
    const parts: Inline[] = [
      { time: '2024-01-23T08:00:00Z', end: '2024-01-23T11:30:00Z', style: 'date-time' },
      ' / ',
      { time: '2024-01-26T14:30:00Z', style: 'relative' },
    ];
    const blocks: Block[] = [{ kind: 'section', heading: 'Programme', lines: [parts] }];
    const [french] = slackMessagesOf(reply(blocks, { locale: 'fr' }), NOW);
    const mrkdwn = (french!.blocks[0] as { text: { text: string } }).text.text;
    expect(mrkdwn).toContain('{date_short_pretty} {time}|mardi 23 janvier 2024 à 09:00>');
    expect(mrkdwn).toContain('{time}|12:30 heure d’Europe centrale>');
    expect(mrkdwn).toContain('{ago}|dans 3 jours>');
    expect(french!.text).toBe(
      'Programme :\n  mardi 23 janvier 2024 à 09:00-12:30 heure d’Europe centrale / dans 3 jours',
    );
    const [chinese] = slackMessagesOf(
      reply(
        [
          ...blocks,
          {
            kind: 'sources',
            label: '来源',
            sources: [{ id: 's', title: 'OHCHR', url: 'https://ohchr.org' }],
          },
        ],
        {
          locale: 'zh',
        },
      ),
      NOW,
    );
    expect(JSON.stringify(chinese!.blocks.at(-1))).toContain('来源：<https://ohchr.org|OHCHR>');
    expect(chinese!.text).toBe(
      'Programme：\n  2024年1月23日星期二 09:00-12:30 中欧时间 / 3天后\n来源：OHCHR (https://ohchr.org)',
    );
  });

  it("marks a split section's later parts as continued in the reply's language", () => {
    const lines = Array.from({ length: 120 }, (_, i) => [`item ${i} `, 'x'.repeat(60)]);
    const [message] = slackMessagesOf(
      reply([{ kind: 'section', heading: 'Tout', lines }], { locale: 'fr' }),
      NOW,
    );
    const texts = message!.blocks.map((b) => (b as { text: { text: string } }).text.text);
    expect(texts[0]!.startsWith('*Tout*\n')).toBe(true);
    expect(texts[1]!.startsWith('*Tout (suite)*\n')).toBe(true);
    checkLimits(message!.blocks);
  });

  it('escapes links and strong text and keeps our own link markup', () => {
    const [message] = slackMessagesOf(
      reply([
        {
          kind: 'section',
          heading: 'A & B',
          lines: [[{ strong: '<b>' }, ' ', { link: 'https://x.org/?a=1&b=<2>|3', text: 'x <y>' }]],
        },
      ]),
      NOW,
    );
    expect((message!.blocks[0] as { text: { text: string } }).text.text).toBe(
      '*A &amp; B*\n*&lt;b&gt;* <https://x.org/?a=1&amp;b=%3C2%3E%7C3|x &lt;y&gt;>',
    );
  });

  it('lets no user text ping a channel, a person or a group, wherever it lands', () => {
    const hostile = fc.oneof(
      fc.string(),
      fc.constantFrom(
        '<!channel>',
        '<!here>',
        '<!everyone>',
        '<!here|here>',
        '<@U123>',
        '<!subteam^S1>',
        '@here',
      ),
    );
    const text = fc.array(hostile, { minLength: 1, maxLength: 5 }).map((a) => a.join(' '));
    fc.assert(
      fc.property(text, text, text, (a, b, c) => {
        const messages = slackMessagesOf(
          reply([
            { kind: 'header', text: a },
            {
              kind: 'section',
              heading: b,
              lines: [[c, { strong: a }, { link: 'https://example.org', text: b }]],
            },
            { kind: 'context', lines: [[c]] },
            {
              kind: 'sources',
              sources: [{ id: 's', title: a, url: `https://example.org/${encodeURIComponent(b)}` }],
            },
          ]),
          NOW,
        );
        const out = JSON.stringify(messages);
        expect(out).not.toMatch(/<!(channel|here|everyone|subteam)|<@/);
        expect(out).not.toMatch(/(^|[^\u200B])@(here|channel|everyone)\b/);
        // Slack refuses empty text objects.
        expect(out).not.toContain('"text":""');
      }),
      { numRuns: 300 },
    );
  });
});
