import { describe, expect, it } from 'vitest';
import { testCore } from '../support/built-in.ts';

// A mention names a person or a channel. A message or an argument made only of mentions asked
// nothing; it must get a sensible reply, never `I don't know a state called ""`.

const NOW = '2024-01-20T10:00:00Z';

describe('messages and arguments made only of mentions', () => {
  const { ask } = testCore();

  it.each([
    '<@U0ANA> <@U0BEN>',
    '<@U0ANA|ana>',
    '<#C0GENERAL|general> <!here>',
    '<@123456789012345678> <@&223456789012345678>',
  ])('a message "%s" is asked to ask a question', async (text) => {
    const { text: reply } = await ask(text, NOW, { kind: 'message' });
    expect(reply).toContain('Ask me a question about the UPR session');
  });

  it('"/upr @ana" shows the help', async () => {
    const { text: reply } = await ask('/upr <@U0ANA|ana>', NOW);
    expect(reply).toContain('/upr review <state>');
  });

  it.each([
    ['/upr review <@U0ANA|ana>', 'Mentions are not arguments of "review". Usage: /upr review <state>'],
    [
      '/upr delegation <!channel>',
      'Mentions are not arguments of "delegation". Usage: /upr delegation <state>',
    ],
    ['/upr events <@U0ANA> <@U0BEN>', 'Mentions are not arguments of "events". Usage: /upr events [filter]'],
  ])('"%s" says mentions are not arguments', async (text, expected) => {
    const { text: reply } = await ask(text, NOW);
    expect(reply).toBe(expected);
    expect(reply).not.toContain('""');
  });

  it('a named argument of mentions only (Discord) is refused the same way, and changes nothing', async () => {
    const { text: reply } = await ask('subscribe', NOW, {
      platform: 'discord',
      command: { name: 'subscribe', args: { states: '<@123456789012345678>' } },
      user: { id: 'U1', isAdmin: true },
    });
    expect(reply).toContain('Mentions are not arguments of "subscribe"');
  });

  it('a mention before a question does not hide the question', async () => {
    const { text: reply } = await ask("<@U0ANA> who leads China's delegation?", NOW, { kind: 'message' });
    expect(reply).toContain('Chen Xu');
  });
});
