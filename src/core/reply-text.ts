import { message } from './i18n/catalogue.ts';
import type { Locale } from './i18n/locales.ts';
import { timeTextsIn } from './i18n/time-texts-in.ts';
import type { Block, Inline, Line, Reply } from './reply.ts';
import type { TimeTexts } from './time-format.ts';

// The plain-text face of a reply: the terminal chat, Slack's `text` fallback, logs and tests.

export interface PlainOptions {
  zone: string;
  now: string;
  /** The reader's language, which dates, clocks and zone names are written in; English if absent. */
  locale?: Locale | undefined;
  /** The message's times, read once and shared by its renderings; made here when absent. */
  times?: TimeTexts;
}

/** The options' shared times when they match its zone, clock and language, fresh ones otherwise. */
export function timesOf(options: PlainOptions): TimeTexts {
  const { times } = options;
  const locale = options.locale ?? times?.locale ?? 'en';
  return times && times.zone === options.zone && times.now === options.now && times.locale === locale
    ? times
    : timeTextsIn(options.zone, options.now, locale);
}

export function renderInlinePlain(part: Inline, options: PlainOptions): string {
  if (typeof part === 'string') return part;
  if ('strong' in part) return part.strong;
  if ('link' in part) return part.text === part.link ? part.link : `${part.text} (${part.link})`;
  const times = timesOf(options);
  switch (part.style) {
    case 'relative':
      return times.relative(part.time);
    case 'date':
      return times.date(part.time);
    case 'time':
      return `${times.clock(part.time)}${part.end ? `-${times.clock(part.end)}` : ''} ${times.zoneLabel(part.time)}`;
    default: {
      const start = times.dateTime(part.time);
      if (!part.end) return `${start} ${times.zoneLabel(part.time)}`;
      const sameDay = times.localDate(part.time) === times.localDate(part.end);
      const end = sameDay ? times.clock(part.end) : times.dateTime(part.end);
      return `${start}-${end} ${times.zoneLabel(part.time)}`;
    }
  }
}

export function renderLinePlain(line: Line, options: PlainOptions): string {
  return line.map((part) => renderInlinePlain(part, options)).join('');
}

/** Labels padded to the widest, so that what follows them starts in one column. */
function alignedColumns(lines: readonly Line[], options: PlainOptions): string[] {
  const labels = lines.map(([label]) => (label === undefined ? '' : renderInlinePlain(label, options)));
  const widthOf = (text: string) => [...text].length;
  const width = Math.max(0, ...labels.map(widthOf));
  return lines.map((line, i) => {
    const label = labels[i]!;
    return `${label}${' '.repeat(width - widthOf(label))}${renderLinePlain(line.slice(1), options)}`;
  });
}

function renderBlockPlain(block: Block, options: PlainOptions): string {
  // Labels and headings punctuated as the language does ("Sources :", "来源："); English as ever.
  const locale = timesOf(options).locale;
  switch (block.kind) {
    case 'header':
      return block.text;
    case 'divider':
      return '';
    case 'sources':
      return message(locale, 'surface.labelled', {
        label: block.label ?? `Source${block.sources.length > 1 ? 's' : ''}`,
        text: block.sources.map((s) => `${s.title} (${s.url})`).join(message(locale, 'fact.separator')),
      });
    case 'section': {
      const lines = block.columns
        ? alignedColumns(block.lines, options)
        : block.lines.map((l) => renderLinePlain(l, options));
      return block.heading
        ? [
            message(locale, 'surface.heading', { heading: block.heading }),
            ...lines.map((l) => `  ${l}`),
          ].join('\n')
        : lines.join('\n');
    }
    case 'context':
      return block.lines.map((l) => renderLinePlain(l, options)).join('\n');
  }
}

/** The reply as plain text; its times in the language it is written in (`reply.locale`). */
export function renderPlain(
  reply: Reply,
  now: string,
  zone = reply.zone,
  times: TimeTexts = timeTextsIn(zone, now, reply.locale),
): string {
  const options = { zone, now, times };
  return reply.blocks
    .map((b) => renderBlockPlain(b, options))
    .filter((text, i, all) => text !== '' || (i > 0 && all[i - 1] !== ''))
    .join('\n')
    .trim();
}
