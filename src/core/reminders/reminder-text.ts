import type { AgendaItem } from '../agenda.ts';
import type { ReviewUpdate } from '../data-schema.ts';
import { calendarDate, englishQuote } from '../i18n/catalogue.ts';
import type { Locale } from '../i18n/locales.ts';
import { placeTextIn, stateNameIn } from '../i18n/localized-names.ts';
import {
  agendaLineIn,
  itemTitleIn,
  leadPhraseIn,
  say,
  sourcesIn,
  whenInlineIn,
} from '../i18n/localized-parts.ts';
import { type Block, type Line, type Reply, reply } from '../reply.ts';
import { formatDate } from '../time-format.ts';
import { stateName, type UprIndex } from '../upr-index.ts';

// The words of each reminder. Times stay Inline time tokens so that Slack and Discord show them
// in each reader's zone; `zone` only serves the plain-text fallback. Words come in the channel's
// language (its subscription's `lang`), English by default.

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
  options: { personal?: boolean; locale?: Locale } = {},
): Reply {
  const locale = options.locale ?? 'en';
  const lines: Line[] = [[say(locale, 'label.when'), ...whenInlineIn(item, locale)]];
  if (item.place) lines.push([say(locale, 'label.where'), placeTextIn(index, item.place, locale)]);
  const webcast = webcastOf(index, item);
  if (webcast && lead === 0)
    lines.push([say(locale, 'label.watchLive'), { link: webcast, text: 'UN Web TV' }]);
  else if (webcast) lines.push([say(locale, 'label.webcast'), { link: webcast, text: 'UN Web TV' }]);
  const title = itemTitleIn(index, item, locale);
  const blocks: Block[] = [
    { kind: 'header', text: say(locale, 'reminder.header', { title, lead: leadPhraseIn(lead, locale) }) },
    { kind: 'section', lines },
  ];
  if (options.personal) blocks.push({ kind: 'context', lines: [[say(locale, 'reminder.personal')]] });
  blocks.push(...sourcesIn(locale, index, item.sources));
  return reply(blocks, { zone, locale });
}

/** The session window opening: 7 days, 24 hours before, and when the first review starts. */
export function windowReply(
  index: UprIndex,
  first: AgendaItem | undefined,
  opensAt: string,
  lead: number,
  zone: string,
  locale: Locale = 'en',
): Reply {
  const { session } = index;
  const place =
    locale === 'en'
      ? session.place.text
      : (session.place.names?.[locale] ?? englishQuote(locale, session.place.text));
  const runs =
    locale === 'en'
      ? `${formatDate(session.window.start)} to ${formatDate(session.window.end)}, ${place}`
      : say(locale, 'window.runs', {
          start: calendarDate(session.window.start),
          end: calendarDate(session.window.end),
          place,
        });
  const lines: Line[] = [
    [say(locale, 'label.opens'), { time: opensAt, style: 'date-time' }],
    [say(locale, 'label.runs'), runs],
  ];
  if (first) lines.push([say(locale, 'label.first'), ...agendaLineIn(index, first, locale)]);
  if (session.webcast)
    lines.push([say(locale, 'label.webcast'), { link: session.webcast.url, text: 'UN Web TV' }]);
  const header = say(locale, 'window.header', {
    opening: lead === 0 ? 'now' : 'later',
    number: session.number,
    phrase: leadPhraseIn(lead, locale),
  });
  return reply(
    [
      { kind: 'header', text: header },
      { kind: 'section', lines },
      ...sourcesIn(locale, index, session.window.sources),
    ],
    { zone, locale },
  );
}

/** The morning digest: the day's items, each with its time or "time not announced". */
export function digestReply(
  index: UprIndex,
  date: string,
  items: readonly AgendaItem[],
  zone: string,
  locale: Locale = 'en',
): Reply {
  const header =
    locale === 'en'
      ? `Today at the UPR, ${formatDate(date)}`
      : say(locale, 'digest.header', { date: calendarDate(date) });
  return reply(
    [
      { kind: 'header', text: header },
      {
        kind: 'section',
        lines: items.map((i) =>
          agendaLineIn(index, i, locale, { dayKnown: true, showPlace: i.kind === 'side-event' }),
        ),
      },
      ...sourcesIn(
        locale,
        index,
        items.flatMap((i) => i.sources),
      ),
    ],
    { zone, locale },
  );
}

export interface UpdateToSend extends Pick<ReviewUpdate, 'id' | 'state' | 'published' | 'text' | 'sources'> {
  postedBy?: string;
}

export function updateReply(
  index: UprIndex,
  update: UpdateToSend,
  zone: string,
  locale: Locale = 'en',
  /** Where it comes from: the data set, written in English, or a person in any language. */
  origin: 'data' | 'posted' = 'posted',
): Reply {
  // A person's words are shown as written, never translated; the data's English is quoted as such.
  const lines: Line[] = [[origin === 'data' ? englishQuote(locale, update.text) : update.text]];
  if (update.postedBy) lines.push([say(locale, 'update.postedBy', { name: update.postedBy })]);
  const state = locale === 'en' ? stateName(index, update.state) : stateNameIn(index, update.state, locale);
  return reply(
    [
      { kind: 'header', text: say(locale, 'update.header', { state }) },
      { kind: 'section', lines },
      ...sourcesIn(locale, index, update.sources),
    ],
    { zone, locale },
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
  locale: Locale = 'en',
): Reply {
  const named = item
    ? itemTitleIn(index, item, locale)
    : locale === 'en'
      ? title
      : englishQuote(locale, title);
  const header = say(
    locale,
    change === 'cancelled' ? 'change.cancelled' : change === 'added' ? 'change.added' : 'change.moved',
    { title: named },
  );
  const lines: Line[] =
    change === 'cancelled' || !item
      ? [[say(locale, 'change.withdrawn')]]
      : [[say(locale, 'label.now'), ...whenInlineIn(item, locale)]];
  // The old time is what the channel was told; its status is not kept, so none is claimed.
  if (change === 'moved' && item && was)
    lines.push([
      say(locale, 'label.was'),
      ...whenInlineIn({ ...was, timeStatus: 'confirmed', dateStatus: 'confirmed' }, locale),
    ]);
  return reply(
    [
      { kind: 'header', text: header },
      { kind: 'section', lines },
      ...(item ? sourcesIn(locale, index, item.sources) : []),
    ],
    { zone, locale },
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
          [
            say(original.locale ?? 'en', 'late.before'),
            { time: dueAt, style: 'date-time' },
            say(original.locale ?? 'en', 'late.after'),
          ],
        ],
      },
    ],
  };
}
