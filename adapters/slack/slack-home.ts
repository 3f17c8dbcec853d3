import type { types } from '@slack/bolt';
import type { Knowledge } from '../../src/core/knowledge.ts';
import { type Block, type Line, reply } from '../../src/core/reply.ts';
import { agendaLine } from '../../src/core/reply-parts.ts';
import { formatDate } from '../../src/core/time-format.ts';
import { SLACK_LIMITS, slackBlocksOf } from './slack-blocks.ts';

// The App Home tab: what is coming up, and which channels of this workspace are subscribed.

const UPCOMING = 10;

/** What the Home tab shows of a subscription (the reminders' Subscription type maps onto it). */
export interface HomeSubscription {
  channelRef: string;
  states: string[];
  kinds: string[];
}

export function upcomingBlocks(knowledge: Knowledge, now: string): Block[] {
  const { session } = knowledge.index;
  const upcoming = knowledge.agenda
    .filter((item) => (item.end ?? item.start ?? (item.date ? `${item.date}T23:59:59Z` : '')) >= now)
    .slice(0, UPCOMING);
  const lines: Line[] = upcoming.map((item) => agendaLine(item, { showPlace: true }));
  if (!lines.length)
    lines.push([`The ${session.number}th session ended on ${formatDate(session.window.end)}.`]);
  return [{ kind: 'section', heading: 'Coming up', lines }];
}

/** The subscriptions section; the integrator passes this workspace's subscriptions. */
export function subscriptionsHomeBlocks(subscriptions: readonly HomeSubscription[]): Block[] {
  const lines: Line[] = subscriptions.map((s) => [
    // A channel reference in Slack's own link form is our markup, not user text.
    `#${s.channelRef}: `,
    s.states.length ? s.states.join(', ') : 'every state',
    ` (${s.kinds.length ? s.kinds.join(', ') : 'everything'})`,
  ]);
  if (!lines.length)
    lines.push(['No channel here is subscribed yet. An admin can type "/upr subscribe" in a channel.']);
  return [{ kind: 'section', heading: "This workspace's subscriptions", lines }];
}

export function homeView(
  knowledge: Knowledge,
  now: string,
  subscriptions: readonly HomeSubscription[],
): types.HomeView {
  const home = reply([
    { kind: 'header', text: 'upr-bot: the UN Universal Periodic Review' },
    ...upcomingBlocks(knowledge, now),
    { kind: 'divider' },
    ...subscriptionsHomeBlocks(subscriptions),
    { kind: 'context', lines: [['Type "/upr help" anywhere, or mention me with a question.']] },
  ]);
  const blocks = slackBlocksOf(home, now)
    .map((r) => r.block)
    .slice(0, SLACK_LIMITS.blocksPerHome);
  return { type: 'home', blocks };
}
