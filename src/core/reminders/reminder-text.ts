import type { AgendaItem } from '../agenda.ts';
import type { ReviewUpdate } from '../data-schema.ts';
import { type Block, type Line, type Reply, reply } from '../reply.ts';
import { agendaLine, sourcesBlock, whenInline } from '../reply-parts.ts';
import { formatDate } from '../time-format.ts';
import { stateName, type UprIndex } from '../upr-index.ts';

// The words of each reminder. Times stay Inline time tokens so that Slack and Discord show them
// in each reader's zone; `zone` only serves the plain-text fallback.

/** 1440 → "in 24 hours", 60 → "in 1 hour", 0 → "starting now". */
export function leadPhrase(minutes: number): string {
  if (minutes === 0) return 'starting now';
  if (minutes % 1440 === 0 && minutes >= 2880) return `in ${minutes / 1440} days`;
  if (minutes % 60 === 0) return `in ${minutes / 60} hour${minutes === 60 ? '' : 's'}`;
  return `in ${minutes} minutes`;
}

function webcastOf(index: UprIndex, item: AgendaItem): string | undefined {
  if (item.kind !== 'review') return undefined;
  const review = index.reviews.find((r) => `review:${r.id}` === item.key);
  return review?.webcast ?? index.session.webcast?.url;
}

/** A reminder about one review, adoption or side meeting, `lead` minutes before it starts. */
export function itemReminderReply(
  index: UprIndex,
  item: AgendaItem,
  lead: number,
  zone: string,
  options: { personal?: boolean } = {},
): Reply {
  const lines: Line[] = [['When: ', ...whenInline(item)]];
  if (item.place) lines.push(['Where: ', item.place]);
  const webcast = webcastOf(index, item);
  if (webcast && lead === 0) lines.push(['Watch live: ', { link: webcast, text: 'UN Web TV' }]);
  else if (webcast) lines.push(['Webcast: ', { link: webcast, text: 'UN Web TV' }]);
  const blocks: Block[] = [
    { kind: 'header', text: `${item.title}: ${leadPhrase(lead)}` },
    { kind: 'section', lines },
  ];
  if (options.personal) blocks.push({ kind: 'context', lines: [['You asked me to remind you.']] });
  blocks.push(...sourcesBlock(index, item.sources));
  return reply(blocks, { zone });
}

/** The session window opening: 7 days, 24 hours before, and when the first review starts. */
export function windowReply(
  index: UprIndex,
  first: AgendaItem | undefined,
  opensAt: string,
  lead: number,
  zone: string,
): Reply {
  const { session } = index;
  const phrase = lead === 0 ? 'opens now' : `opens ${leadPhrase(lead)}`;
  const lines: Line[] = [
    ['Opens: ', { time: opensAt, style: 'date-time' }],
    [
      'Runs: ',
      `${formatDate(session.window.start)} to ${formatDate(session.window.end)}, ${session.place.text}`,
    ],
  ];
  if (first) lines.push(['First: ', ...agendaLine(first)]);
  if (session.webcast) lines.push(['Webcast: ', { link: session.webcast.url, text: 'UN Web TV' }]);
  return reply(
    [
      { kind: 'header', text: `UPR session ${session.number} ${phrase}` },
      { kind: 'section', lines },
      ...sourcesBlock(index, session.window.sources),
    ],
    { zone },
  );
}

/** The morning digest: the day's items, each with its time or "time not announced". */
export function digestReply(
  index: UprIndex,
  date: string,
  items: readonly AgendaItem[],
  zone: string,
): Reply {
  return reply(
    [
      { kind: 'header', text: `Today at the UPR, ${formatDate(date)}` },
      {
        kind: 'section',
        lines: items.map((i) => agendaLine(i, { dayKnown: true, showPlace: i.kind === 'side-event' })),
      },
      ...sourcesBlock(
        index,
        items.flatMap((i) => i.sources),
      ),
    ],
    { zone },
  );
}

export interface UpdateToSend extends Pick<ReviewUpdate, 'id' | 'state' | 'published' | 'text' | 'sources'> {
  postedBy?: string;
}

export function updateReply(index: UprIndex, update: UpdateToSend, zone: string): Reply {
  const lines: Line[] = [[update.text]];
  if (update.postedBy) lines.push([`Posted by ${update.postedBy}`]);
  return reply(
    [
      { kind: 'header', text: `Update on ${stateName(index, update.state)}` },
      { kind: 'section', lines },
      ...sourcesBlock(index, update.sources),
    ],
    { zone },
  );
}

export type ChangeKind = 'moved' | 'added' | 'cancelled';

/** Tells a channel that something it was told about moved, was added to a day, or was cancelled. */
export function changeReply(
  index: UprIndex,
  change: ChangeKind,
  title: string,
  item: AgendaItem | undefined,
  zone: string,
  /** What the channel was told before (a moved item): shown as "Was:" beside "Now:". */
  was?: Pick<AgendaItem, 'date' | 'start' | 'end'>,
): Reply {
  const header =
    change === 'cancelled'
      ? `Cancelled: ${title}`
      : change === 'added'
        ? `Added: ${title}`
        : `Changed: ${title}`;
  const lines: Line[] =
    change === 'cancelled' || !item
      ? [['It is no longer in the timetable; its reminders are withdrawn.']]
      : [['Now: ', ...whenInline(item)]];
  // The old time is what the channel was told; its status is not kept, so none is claimed.
  if (change === 'moved' && item && was)
    lines.push(['Was: ', ...whenInline({ ...was, timeStatus: 'confirmed', dateStatus: 'confirmed' })]);
  return reply(
    [
      { kind: 'header', text: header },
      { kind: 'section', lines },
      ...(item ? sourcesBlock(index, item.sources) : []),
    ],
    { zone },
  );
}

/** Marks a reminder sent after its time because the bot was not running when it was due. */
export function markLate(original: Reply, dueAt: string): Reply {
  return {
    ...original,
    blocks: [
      ...original.blocks,
      {
        kind: 'context',
        lines: [
          ['Late: this was due ', { time: dueAt, style: 'date-time' }, ', while the bot was not running.'],
        ],
      },
    ],
  };
}
