import { describe, expect, it } from 'vitest';
import { testCore } from '../support/built-in.ts';

// A command typed in a chat without "/upr" (a mention, a DM, the terminal): written in the
// command's own syntax, a mistake gets the command's error, exactly as with the slash.

const NOW = '2024-01-20T10:00:00Z';
const admin = { id: 'U1', name: 'ana', isAdmin: true };

describe('commands typed without the slash', () => {
  const { ask } = testCore();
  const typed = async (text: string) => (await ask(text, NOW, { kind: 'message', user: admin })).text;

  it.each([
    ['subscribe zone:Mars/Base', 'the zone must be an IANA zone'],
    ['subscribe China lead:abc', 'lead times look like 24h, 1h, 30m, 2d or start'],
    ['subscribe kinds:everything', 'kinds are window, digest, reviews'],
    ['subscribe China, Narnia', 'I don\'t know the state "Narnia"'],
    ['subscribe PRC leads:soon', 'lead times look like'],
    ['update China', 'Missing text'],
  ])('"%s" gets the command\'s own error, as with /upr', async (text, error) => {
    const withoutSlash = await typed(text);
    expect(withoutSlash).toContain(error);
    expect(withoutSlash).toContain('Usage: /upr ');
    expect(withoutSlash).toBe(await typed(`/upr ${text}`));
  });

  it.each([
    ['schedule for monday 29th', 'Review of Monaco'],
    ['subscribe to reminders for China', 'remind me China 1h'],
    ['subscribe car rental?', 'remind me'],
  ])('"%s" is still a question', async (text, answer) => {
    const reply = await typed(text);
    expect(reply).toContain(answer);
    expect(reply).not.toContain('Usage: /upr');
  });
});
