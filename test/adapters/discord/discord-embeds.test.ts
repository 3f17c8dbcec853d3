import { describe, expect, it } from 'vitest';
import {
  DISCORD_LIMITS,
  type DiscordMessage,
  discordMessagesFor,
} from '../../../adapters/discord/discord-embeds.ts';
import { type Line, reply } from '../../../src/core/reply.ts';
import { testCore } from '../../support/built-in.ts';

function expectWithinLimits(messages: DiscordMessage[]) {
  for (const message of messages) {
    expect((message.content ?? '').length).toBeLessThanOrEqual(DISCORD_LIMITS.content);
    expect(message.embeds.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedsPerMessage);
    let total = 0;
    for (const embed of message.embeds) {
      expect((embed.title ?? '').length).toBeLessThanOrEqual(DISCORD_LIMITS.title);
      expect((embed.description ?? '').length).toBeLessThanOrEqual(DISCORD_LIMITS.description);
      expect((embed.fields ?? []).length).toBeLessThanOrEqual(DISCORD_LIMITS.fields);
      total += (embed.title ?? '').length + (embed.description ?? '').length;
      for (const field of embed.fields ?? []) {
        expect(field.name.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldName);
        expect(field.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldValue);
        expect(field.value.length).toBeGreaterThan(0);
        total += field.name.length + field.value.length;
      }
    }
    expect(total).toBeLessThanOrEqual(DISCORD_LIMITS.charsPerMessage);
  }
}

const everything = (messages: DiscordMessage[]) =>
  messages
    .flatMap((m) => [
      m.content ?? '',
      ...m.embeds.flatMap((e) => [e.title, e.description, ...(e.fields ?? []).map((f) => f.value)]),
    ])
    .join('\n');

describe('replies as Discord embeds', () => {
  const { core } = testCore();
  const ask = (text: string) =>
    core.handle({
      platform: 'discord',
      kind: 'command',
      text,
      user: { id: 'U', isAdmin: false },
      channel: { ref: 'C', isDirect: false },
      receivedAt: '2024-01-20T10:00:00.000Z',
    });

  it('fits the whole session (14 reviews) in Discord limits, one field per day, with local time tags', async () => {
    const messages = discordMessagesFor(await ask('schedule session'));
    expectWithinLimits(messages);
    const text = everything(messages);
    expect(text.match(/\*\*Review of [^*]+\*\*/g)).toHaveLength(14);
    // China, Tue 23 Jan 09:00-12:30 Geneva: the reader's client shows it in their own zone.
    expect(text).toContain('<t:1705996800:t>–<t:1706009400:t>: **Review of China**');
    expect(messages[0]!.embeds[0]!.title).toContain('The whole session');
  });

  it('splits a reply too large for one message into several, losing no line', () => {
    const lines: Line[] = Array.from({ length: 400 }, (_, i) => [`Item ${i}: `, { strong: 'x'.repeat(60) }]);
    const sections = Array.from({ length: 40 }, (_, s) => ({
      kind: 'section' as const,
      heading: `Day ${s}`,
      lines: lines.slice(s * 10, s * 10 + 10),
    }));
    const messages = discordMessagesFor(
      reply([
        { kind: 'header', text: 'T'.repeat(300) },
        ...sections,
        { kind: 'section', lines: [['z'.repeat(5000)]] },
      ]),
    );
    expectWithinLimits(messages);
    expect(messages.length).toBeGreaterThan(1);
    const text = everything(messages);
    for (let i = 0; i < 400; i++) expect(text).toContain(`Item ${i}: `);
    expect(messages[0]!.embeds[0]!.title).toHaveLength(256);
  });

  it('splits one long list into continued fields of at most 1,024 characters', () => {
    const lines: Line[] = Array.from({ length: 60 }, (_, i) => [`Line ${i} `, 'y'.repeat(40)]);
    const [message] = discordMessagesFor(reply([{ kind: 'section', heading: 'Long', lines }]));
    const names = message!.embeds.flatMap((e) => e.fields ?? []).map((f) => f.name);
    expect(names[0]).toBe('Long');
    expect(names.slice(1).every((n) => n === 'Long (continued)')).toBe(true);
    expectWithinLimits([message!]);
  });

  it('says "continued" and "no answer" in the reply\'s language', () => {
    const lines: Line[] = Array.from({ length: 60 }, (_, i) => [`Line ${i} `, 'y'.repeat(40)]);
    const [message] = discordMessagesFor(
      reply([{ kind: 'section', heading: '日程', lines }], { locale: 'zh' }),
    );
    const names = message!.embeds.flatMap((e) => e.fields ?? []).map((f) => f.name);
    expect(names.slice(1).every((n) => n === '日程（续）')).toBe(true);
    expect(discordMessagesFor(reply([], { locale: 'es' }))).toEqual([
      { content: '(sin respuesta)', embeds: [] },
    ]);
  });

  it('sends a short plain answer as content, escaping markdown from the data', () => {
    const [message] = discordMessagesFor(reply([{ kind: 'section', lines: [['A *starred* _word_']] }]));
    expect(message).toEqual({ content: 'A \\*starred\\* \\_word\\_', embeds: [] });
  });

  it('renders spans, relative times and source links', async () => {
    const [message] = discordMessagesFor(await ask('review China'));
    const text = everything([message!]);
    expect(text).toContain('**When:** <t:1705996800:F>–<t:1706009400:t>');
    expect(text).toMatch(/\[[^\]]+\]\(https:\/\/[^)]+\)/);
  });
});
