import type { types } from '@slack/bolt';
import { calendarDate, message } from '../../src/core/i18n/catalogue.ts';
import type { Locale } from '../../src/core/i18n/locales.ts';
import { agendaLineIn } from '../../src/core/i18n/localized-parts.ts';
import type { Knowledge } from '../../src/core/knowledge.ts';
import type { Subscription } from '../../src/core/reminders/subscription.ts';
import { subscriptionLines } from '../../src/core/reminders/subscription-reply.ts';
import { type Block, type Line, reply, SESSION_ZONE } from '../../src/core/reply.ts';
import { lineMrkdwn, SLACK_LIMITS, type SlackBlock, slackBlocksOf } from './slack-blocks.ts';
import { escapeSlack } from './slack-text.ts';

// The App Home tab: what is coming up, and which channels of this workspace are subscribed.

const UPCOMING = 10;
/** Room for the rest of the Home within Slack's 100 blocks. */
const MAX_SUBSCRIPTIONS = 60;

export function upcomingBlocks(knowledge: Knowledge, now: string, locale: Locale = 'en'): Block[] {
  const { session } = knowledge.index;
  const upcoming = knowledge.agenda
    .filter((item) => (item.end ?? item.start ?? (item.date ? `${item.date}T23:59:59Z` : '')) >= now)
    .slice(0, UPCOMING);
  const lines: Line[] = upcoming.map((item) =>
    agendaLineIn(knowledge.index, item, locale, { showPlace: true }),
  );
  if (!lines.length)
    lines.push([
      message(locale, 'home.ended', { number: session.number, date: calendarDate(session.window.end) }),
    ]);
  return [{ kind: 'section', heading: message(locale, 'home.comingUp'), lines }];
}

/** `<#C123>`, which Slack shows as the channel's name; anything unexpected is shown as text. */
function channelMention(ref: string): string {
  return /^[CGD][A-Z0-9]{2,}$/.test(ref) ? `<#${ref}>` : escapeSlack(`#${ref}`);
}

/** This workspace's subscribed channels, each with its settings as `subscriptions` shows them. */
export function subscriptionsHomeBlocks(
  knowledge: Knowledge,
  subscriptions: readonly Subscription[],
  now: string,
  locale: Locale = 'en',
): SlackBlock[] {
  const mrkdwn = (text: string): SlackBlock => ({ type: 'section', text: { type: 'mrkdwn', text } });
  const blocks: SlackBlock[] = [mrkdwn(`*${escapeSlack(message(locale, 'home.subscriptions'))}*`)];
  if (!subscriptions.length) {
    blocks.push(mrkdwn(escapeSlack(message(locale, 'home.noSubscriptions'))));
    return blocks;
  }
  const options = { zone: SESSION_ZONE, now, locale };
  for (const sub of subscriptions.slice(0, MAX_SUBSCRIPTIONS)) {
    const lines = subscriptionLines(knowledge.index, sub, locale).map((l) => lineMrkdwn(l, options));
    blocks.push(mrkdwn([channelMention(sub.channelRef), ...lines].join('\n')));
  }
  const more = subscriptions.length - MAX_SUBSCRIPTIONS;
  if (more > 0) {
    blocks.push({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: escapeSlack(message(locale, 'home.more', { count: more })) }],
    });
  }
  return blocks;
}

export function homeView(
  knowledge: Knowledge,
  now: string,
  subscriptions: readonly Subscription[],
  locale: Locale = 'en',
): types.HomeView {
  // The fallbacks of its time tokens in the reader's language too.
  const blocksOf = (blocks: Block[]) => slackBlocksOf(reply(blocks, { locale }), now).map((r) => r.block);
  const blocks = [
    ...blocksOf([
      { kind: 'header', text: message(locale, 'home.header') },
      ...upcomingBlocks(knowledge, now, locale),
      { kind: 'divider' },
    ]),
    ...subscriptionsHomeBlocks(knowledge, subscriptions, now, locale),
    ...blocksOf([{ kind: 'context', lines: [[message(locale, 'home.footer')]] }]),
  ].slice(0, SLACK_LIMITS.blocksPerHome);
  return { type: 'home', blocks };
}
