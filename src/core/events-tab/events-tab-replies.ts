import { type Block, type Reply, reply, textReply } from '../reply.ts';

// What an admin is told after syncing the Events tab, and why it could not be done.

/** Discord's limit on scheduled (not yet ended) events per server. */
export const SCHEDULED_EVENTS_PER_SERVER = 100;

export const MISSING_MANAGE_EVENTS = textReply(
  'I need the Manage Events permission to put reviews in the Events tab. A server admin can grant it in ' +
    'Server Settings > Roles > upr-bot > Manage Events; then run /upr-admin events sync again.',
  { ephemeral: true },
);

export const EVENTS_TAB_IN_SERVERS_ONLY = textReply('The Events tab belongs to a server: run this in one.', {
  ephemeral: true,
});

export interface EventsTabOutcome {
  created: number;
  moved: number;
  cancelled: number;
  unchanged: number;
  /** Titles of items left out by the server's limit on scheduled events. */
  leftOut: string[];
  /** Items that failed for another reason (logged), by title. */
  failed: string[];
}

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function eventsTabSyncReply(outcome: EventsTabOutcome, scope: string): Reply {
  const { created, moved, cancelled, unchanged, leftOut, failed } = outcome;
  if (!created && !moved && !cancelled && !unchanged && !leftOut.length && !failed.length) {
    return textReply(
      `Nothing to add: no review, report adoption or side meeting with a known time is ahead ${scope}.`,
      {
        ephemeral: true,
      },
    );
  }
  const lines = [
    [
      `Events tab ${scope}: ${count(created, 'event')} added, ${moved} moved, ${cancelled} cancelled` +
        `${unchanged ? `, ${unchanged} already up to date` : ''}.`,
    ],
  ];
  if (leftOut.length) {
    lines.push([
      `Discord allows ${SCHEDULED_EVENTS_PER_SERVER} scheduled events per server, so ${count(leftOut.length, 'item was', 'items were')} left out: ` +
        `${leftOut.slice(0, 5).join('; ')}${leftOut.length > 5 ? '; …' : ''}. Delete some events or sync fewer states, then sync again.`,
    ]);
  }
  if (failed.length) {
    lines.push([
      `Discord refused ${count(failed.length, 'item')}: ${failed.slice(0, 5).join('; ')}. Try again later.`,
    ]);
  }
  lines.push(['Items moved or cancelled by a later import are moved or cancelled here too.']);
  const blocks: Block[] = [{ kind: 'section', lines }];
  return reply(blocks, { ephemeral: true });
}

export function eventsTabUnsyncReply(deleted: number, failed: number): Reply {
  if (!deleted && !failed)
    return textReply('I have made no events in this server; nothing to delete.', { ephemeral: true });
  return textReply(
    `Deleted the ${count(deleted, 'event')} I had made${failed ? `; ${failed} could not be deleted, try again later` : ''}. ` +
      'Events made by people here were not touched.',
    { ephemeral: true },
  );
}
