import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storagePorts } from '../../../src/composition/bot-runtime.ts';
import { createBotCore } from '../../../src/core/bot-core.ts';
import { testCore } from '../../support/built-in.ts';
import { followUp, type SlackHarness, startSlackHarness } from './slack-harness.ts';

// A Slack user's language comes from users.info asked with include_locale (the stand-in, like
// Slack, gives it only then), is remembered with the person, and decides the reply's language
// when the question itself does not.

describe('Slack: the user locale', () => {
  let slack: SlackHarness;
  beforeAll(async () => {
    const { knowledge } = testCore();
    slack = await startSlackHarness({
      core: (storage) => createBotCore({ knowledge: () => knowledge, ports: storagePorts(storage) }),
      knowledge,
    });
    slack.api.users.set('U0FR', { id: 'U0FR', name: 'amelie', locale: 'fr-FR' });
    slack.api.users.set('U0ES', { id: 'U0ES', name: 'lucia', locale: 'es-LA' });
    slack.api.users.set('U0EN', { id: 'U0EN', name: 'ann', locale: 'en-US' });
  });
  afterAll(async () => {
    await slack?.close();
  });

  const run = async (user: string, text: string) =>
    followUp(slack, (await slack.slash(text, { user, channel: `C0${user.slice(2)}` })).responseId);

  it('asks users.info with include_locale and answers a French user in French', async () => {
    const reply = await run('U0FR', 'frobnicate');
    expect(reply.text).toContain('Je ne connais pas la commande « frobnicate »');
    const calls = slack.api.callsTo('users.info').filter((c) => c.args.user === 'U0FR');
    expect(calls.length).toBe(1);
    expect(String(calls[0]!.args.include_locale)).toBe('true');
  });

  it('remembers the locale with the person: a second message asks users.info no more', async () => {
    await run('U0ES', 'frobnicate');
    const reply = await run('U0ES', 'subscribe lang:xx');
    expect(reply.text).toMatch(/^(No hablo «xx»|Solo los administradores)/);
    expect(slack.api.callsTo('users.info').filter((c) => c.args.user === 'U0ES').length).toBe(1);
  });

  it('gives Slack help in the user language', async () => {
    const reply = await run('U0ES', 'help');
    expect(reply.text).toContain('el Examen Periódico Universal de la ONU en su chat');
  });

  it("lets the question's own language win over the user's", async () => {
    const english = await run('U0EN', 'frobnicate');
    expect(english.text).toContain('I don\'t know the command "frobnicate"');
    const chinese = await run('U0EN', '谁率领中国代表团？');
    expect(chinese.text).toContain('中国代表团由陈旭（Chen Xu）率领');
  });
});
