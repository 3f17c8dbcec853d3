import type { types } from '@slack/bolt';
import { message } from '../../src/core/i18n/catalogue.ts';
import type { Locale } from '../../src/core/i18n/locales.ts';
import { timeTextsIn } from '../../src/core/i18n/time-texts-in.ts';
import type { Block, Inline, Line, Reply } from '../../src/core/reply.ts';
import { SESSION_ZONE } from '../../src/core/reply.ts';
import { type PlainOptions, renderInlinePlain, renderPlain, timesOf } from '../../src/core/reply-text.ts';
import type { TimeTexts } from '../../src/core/time-format.ts';
import { escapeSlack, escapeSlackUrl, truncate } from './slack-text.ts';

// A reply as Block Kit, with the plain `text` fallback Slack still wants (notifications, old
// clients). Times become `<!date^…>` tokens so each reader sees their own zone; the fallback
// inside each token, and the message's `text`, say the time in Geneva. Both read each time from
// one TimeTexts per message, so a time is formatted once however often it is shown.

export type SlackBlock = types.KnownBlock;

export interface SlackMessage {
  text: string;
  blocks: SlackBlock[];
}

/** Slack's documented limits, and a total we keep under because larger messages get refused. */
export const SLACK_LIMITS = {
  blocksPerMessage: 50,
  blocksPerHome: 100,
  sectionText: 3000,
  headerText: 150,
  contextElements: 10,
  fallbackText: 4000,
  charsPerMessage: 12_000,
} as const;

const FALLBACK: Omit<PlainOptions, 'now'> = { zone: SESSION_ZONE };

function dateToken(iso: string, format: string, fallback: string): string {
  const unix = Math.floor(Date.parse(iso) / 1000);
  return `<!date^${unix}^${format}|${escapeSlack(fallback)}>`;
}

function timeMrkdwn(part: Extract<Inline, { time: string }>, options: PlainOptions): string {
  const times = timesOf(options);
  switch (part.style) {
    case 'relative':
      return dateToken(part.time, '{ago}', times.relative(part.time));
    case 'date':
      return dateToken(part.time, '{date_short_pretty}', times.date(part.time));
    default: {
      const withDate = part.style === 'date-time';
      const format = withDate ? '{date_short_pretty} {time}' : '{time}';
      if (!part.end) return dateToken(part.time, format, renderInlinePlain(part, { ...options, times }));
      // Two tokens, each localised; the fallbacks read "Tue 23 Jan 2024, 09:00" and "12:30 Geneva time".
      const start = withDate ? times.dateTime(part.time) : times.clock(part.time);
      const sameDay = times.localDate(part.time) === times.localDate(part.end);
      const endFormat = withDate && !sameDay ? format : '{time}';
      const end = `${endFormat === format && withDate ? times.dateTime(part.end) : times.clock(part.end)} ${times.zoneLabel(part.time)}`;
      return `${dateToken(part.time, format, start)}-${dateToken(part.end, endFormat, end)}`;
    }
  }
}

export function inlineMrkdwn(part: Inline, options: PlainOptions): string {
  if (typeof part === 'string') return escapeSlack(part);
  if ('strong' in part) return `*${escapeSlack(part.strong)}*`;
  if ('link' in part) {
    const url = escapeSlackUrl(part.link);
    return part.text === part.link ? `<${url}>` : `<${url}|${escapeSlack(part.text)}>`;
  }
  return timeMrkdwn(part, options);
}

export function lineMrkdwn(line: Line, options: PlainOptions): string {
  return line.map((part) => inlineMrkdwn(part, options)).join('');
}

/** Splits a list into runs whose joined length (plus separators) stays under `max`. */
function chunkByLength(items: string[], max: number, overhead = 0): string[][] {
  const chunks: string[][] = [];
  let current: string[] = [];
  let length = overhead;
  for (const raw of items) {
    const item = truncate(raw, max - overhead);
    if (current.length && length + item.length + 1 > max) {
      chunks.push(current);
      current = [];
      length = overhead;
    }
    current.push(item);
    length += item.length + 1;
  }
  if (current.length) chunks.push(current);
  return chunks;
}

/** One reply block as Slack blocks, each within its limits, paired with the reply block it shows. */
interface Rendered {
  source: Block;
  block: SlackBlock;
  chars: number;
}

function mrkdwn(text: string): types.MrkdwnElement {
  return { type: 'mrkdwn', text };
}

function renderBlock(block: Block, options: PlainOptions): Rendered[] {
  switch (block.kind) {
    case 'header': {
      const text = truncate(escapeSlack(block.text.trim()), SLACK_LIMITS.headerText);
      // Slack refuses empty text anywhere.
      if (!text) return [];
      return [
        { source: block, block: { type: 'header', text: { type: 'plain_text', text } }, chars: text.length },
      ];
    }
    case 'divider':
      return [{ source: block, block: { type: 'divider' }, chars: 0 }];
    case 'section': {
      const lines = block.lines.map((l) => lineMrkdwn(l, options)).filter((l) => l.trim() !== '');
      const heading = block.heading ? `*${escapeSlack(block.heading)}*` : '';
      const continued = block.heading
        ? `*${escapeSlack(message(timesOf(options).locale, 'surface.continued', { heading: block.heading }))}*`
        : '';
      const headingFor = (i: number) => (heading && i > 0 ? continued : heading);
      const overhead = heading ? continued.length + 1 : 0;
      const chunks = chunkByLength(lines, SLACK_LIMITS.sectionText, overhead);
      if (!chunks.length && heading) chunks.push([]);
      return chunks.map((chunk, i) => {
        const text = [headingFor(i), ...chunk].filter(Boolean).join('\n');
        const lineCount = block.lines.length;
        // The fallback of a split section: the reply block cut the same way.
        const start = chunks.slice(0, i).reduce((n, c) => n + c.length, 0);
        const source: Block = {
          kind: 'section',
          ...(block.heading ? { heading: block.heading } : {}),
          lines:
            chunks.length === 1
              ? block.lines
              : block.lines.slice(start, Math.min(lineCount, start + chunk.length)),
        };
        return { source, block: { type: 'section', text: mrkdwn(text) }, chars: text.length };
      });
    }
    case 'context':
    case 'sources': {
      const items =
        block.kind === 'context'
          ? block.lines.map((l) => lineMrkdwn(l, options))
          : [
              message(timesOf(options).locale, 'surface.labelled', {
                label: escapeSlack(block.label ?? (block.sources.length > 1 ? 'Sources' : 'Source')),
                text: block.sources
                  .map((s) => inlineMrkdwn({ link: s.url, text: s.title }, options))
                  .join(' · '),
              }),
            ];
      const pieces = items
        .filter((item) => item.trim() !== '')
        .flatMap((item) =>
          chunkByLength(item.split(' · '), SLACK_LIMITS.sectionText).map((c) => c.join(' · ')),
        );
      const groups: string[][] = [];
      for (let i = 0; i < pieces.length; i += SLACK_LIMITS.contextElements)
        groups.push(pieces.slice(i, i + SLACK_LIMITS.contextElements));
      return groups.map((group, i) => ({
        source: i === 0 ? block : { kind: 'divider' },
        block: { type: 'context', elements: group.map(mrkdwn) },
        chars: group.reduce((n, t) => n + t.length, 0),
      }));
    }
  }
}

/** The times of one message as its tokens' fallbacks and its `text` show them, in its language. */
function fallbackTimes(now: string, locale: Locale | undefined): TimeTexts {
  return timeTextsIn(FALLBACK.zone, now, locale);
}

/** The reply's blocks, each within Slack's limits (not yet split into messages). */
export function slackBlocksOf(
  reply: Reply,
  now: string,
  times = fallbackTimes(now, reply.locale),
): Rendered[] {
  const options = { ...FALLBACK, now, times };
  return reply.blocks.flatMap((b) => renderBlock(b, options));
}

/** The plain fallback, in Geneva time and the reply's language, escaped like everything else we send. */
export function fallbackText(reply: Reply, now: string, times = fallbackTimes(now, reply.locale)): string {
  const plain = renderPlain(reply, now, FALLBACK.zone, times);
  return truncate(escapeSlack(plain), SLACK_LIMITS.fallbackText) || ' ';
}

/**
 * A reply as one or more messages: a long list is split so that each message keeps under 50 blocks
 * and a total size Slack reliably accepts. Each message carries the fallback of its own part.
 */
export function slackMessagesOf(reply: Reply, now: string): SlackMessage[] {
  const groups: Rendered[][] = [];
  let current: Rendered[] = [];
  let chars = 0;
  const times = fallbackTimes(now, reply.locale);
  for (const rendered of slackBlocksOf(reply, now, times)) {
    const full =
      current.length >= SLACK_LIMITS.blocksPerMessage ||
      chars + rendered.chars > SLACK_LIMITS.charsPerMessage;
    if (current.length && full) {
      groups.push(current);
      current = [];
      chars = 0;
    }
    current.push(rendered);
    chars += rendered.chars;
  }
  if (current.length) groups.push(current);
  // Never silence: a reply with nothing Slack can show still answers with its fallback.
  if (!groups.length) return [{ blocks: [], text: fallbackText(reply, now, times) }];
  return groups.map((group) => ({
    blocks: group.map((r) => r.block),
    text: fallbackText({ ...reply, blocks: group.map((r) => r.source) }, now, times),
  }));
}
