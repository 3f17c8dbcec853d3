import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storagePorts } from '../../../src/composition/bot-runtime.ts';
import { createBotCore } from '../../../src/core/bot-core.ts';
import { prismaOf } from '../../../src/store/inspection.ts';
import { testCore } from '../../support/built-in.ts';
import { followUp, type SlackHarness, startSlackHarness } from './slack-harness.ts';

// Admin commands (subscribe, unsubscribe, update) are for workspace admins and owners and the
// listed user IDs; the real commands, over the harness's storage.

describe('Slack rights', () => {
  let slack: SlackHarness;
  beforeAll(async () => {
    const { knowledge } = testCore();
    slack = await startSlackHarness({
      core: (storage) => createBotCore({ knowledge: () => knowledge, ports: storagePorts(storage) }),
      knowledge,
      adminUserIds: ['U0LISTED'],
    });
    const users = slack.api.users;
    users.set('U0MEMBER', { id: 'U0MEMBER', name: 'member', tz: 'America/New_York' });
    users.set('U0LISTED', { id: 'U0LISTED', name: 'listed' });
    users.set('U0ADMIN', { id: 'U0ADMIN', name: 'admin', is_admin: true });
    users.set('U0OWNER', { id: 'U0OWNER', name: 'owner', is_owner: true });
  });
  afterAll(async () => {
    await slack?.close();
  });

  const run = async (user: string, text = 'subscribe', channel = `C0${user.slice(2)}`) =>
    followUp(slack, (await slack.slash(text, { user, channel })).responseId);

  it.each(['subscribe', 'update China The report was adopted.', 'unsubscribe'])(
    'politely refuses a member "%s", only to them, and changes nothing',
    async (text) => {
      const reply = await run('U0MEMBER', text);
      expect(reply.text).toMatch(/^Only admins can use "(subscribe|update|unsubscribe)"/);
      expect(reply.response_type).toBe('ephemeral');
      expect(await prismaOf(slack.storage).subscription.count()).toBe(0);
      expect(await prismaOf(slack.storage).reviewUpdate.count()).toBe(0);
    },
  );

  it.each(['U0LISTED', 'U0ADMIN', 'U0OWNER'])('lets %s subscribe', async (user) => {
    const reply = await run(user);
    expect(reply.text).toContain('This channel is subscribed to reminders');
    expect(await slack.storage.subscriptions.find('slack', `C0${user.slice(2)}`)).toBeDefined();
  });

  it('lets an admin post an update', async () => {
    const reply = await run('U0ADMIN', 'update China The report was adopted.');
    expect(reply.text).toContain('Update on China recorded. It goes once to 3 subscribed channels.');
  });

  it('asks users.info once a minute per person, not once a message', async () => {
    const before = slack.api.callsTo('users.info').filter((c) => c.args.user === 'U0OWNER').length;
    await run('U0OWNER');
    expect(slack.api.callsTo('users.info').filter((c) => c.args.user === 'U0OWNER').length).toBe(before);
  });
});
