import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createBotCore } from '../../../src/core/bot-core.ts';
import { defineCommand } from '../../../src/core/commands/command-definition.ts';
import { coreCommands } from '../../../src/core/commands/command-registry.ts';
import { textReply } from '../../../src/core/reply.ts';
import { testCore } from '../../support/built-in.ts';
import { followUp, type SlackHarness, startSlackHarness } from './slack-harness.ts';

// Admin commands (subscribe, unsubscribe, update) are for workspace admins and owners and the
// listed user IDs. A stand-in admin command plays their part until the reminders land.

const subscribeStandIn = defineCommand({
  name: 'subscribe',
  summary: 'Stand-in for the admin-only subscribe command',
  args: z.object({}),
  examples: ['subscribe'],
  access: 'admin',
  run: () => textReply('Subscribed this channel.'),
});

describe('Slack rights', () => {
  let slack: SlackHarness;
  beforeAll(async () => {
    const { knowledge } = testCore();
    const core = createBotCore({
      knowledge: () => knowledge,
      ports: { dataStatus: async () => undefined },
      commands: [...coreCommands, subscribeStandIn as never],
    });
    slack = await startSlackHarness({ core, knowledge, adminUserIds: ['U0LISTED'] });
    const users = slack.api.users;
    users.set('U0MEMBER', { id: 'U0MEMBER', name: 'member', tz: 'America/New_York' });
    users.set('U0LISTED', { id: 'U0LISTED', name: 'listed' });
    users.set('U0ADMIN', { id: 'U0ADMIN', name: 'admin', is_admin: true });
    users.set('U0OWNER', { id: 'U0OWNER', name: 'owner', is_owner: true });
  });
  afterAll(async () => {
    await slack?.close();
  });

  const run = async (user: string) => followUp(slack, (await slack.slash('subscribe', { user })).responseId);

  it('politely refuses a member, only to them', async () => {
    const reply = await run('U0MEMBER');
    expect(reply.text).toMatch(/Only admins can use "subscribe"/);
    expect(reply.response_type).toBe('ephemeral');
  });

  it.each(['U0LISTED', 'U0ADMIN', 'U0OWNER'])('lets %s subscribe', async (user) => {
    const reply = await run(user);
    expect(reply.text).toBe('Subscribed this channel.');
  });

  it('asks users.info once a minute per person, not once a message', async () => {
    const before = slack.api.callsTo('users.info').filter((c) => c.args.user === 'U0OWNER').length;
    await run('U0OWNER');
    expect(slack.api.callsTo('users.info').filter((c) => c.args.user === 'U0OWNER').length).toBe(before);
  });
});
