import type { Source } from './data-schema.ts';
import type { Locale } from './i18n/locales.ts';

// A platform-neutral message. Adapters render it in their own idiom (Block Kit, embeds, plain
// text); times stay instants until then so each reader can see them in their own zone.

export type TimeStyle = 'date-time' | 'date' | 'time' | 'relative';

export type Inline =
  | string
  | { time: string; end?: string; style: TimeStyle }
  | { link: string; text: string }
  | { strong: string };

export type Line = Inline[];

export type Block =
  | { kind: 'header'; text: string }
  | {
      kind: 'section';
      heading?: string;
      lines: Line[];
      /** Each line's first part is a label: plain text pads the labels to one width (help). */
      columns?: boolean;
    }
  | { kind: 'context'; lines: Line[] }
  /** `label`: "Sources" in the reader's language; renderers say it in English without one. */
  | { kind: 'sources'; sources: Source[]; label?: string }
  | { kind: 'divider' };

export interface Reply {
  blocks: Block[];
  /** Only the asker needs to see it (help, errors, personal settings). */
  ephemeral: boolean;
  /** The zone that plain-text fallbacks use for times; platforms with local time tags ignore it. */
  zone: string;
  /** The language it is written in, where not English: a note added later (late) follows it. */
  locale?: Locale;
}

export const SESSION_ZONE = 'Europe/Zurich';

export function reply(
  blocks: Block[],
  options: { ephemeral?: boolean; zone?: string; locale?: Locale } = {},
): Reply {
  return {
    blocks,
    ephemeral: options.ephemeral ?? false,
    zone: options.zone ?? SESSION_ZONE,
    ...(options.locale && options.locale !== 'en' ? { locale: options.locale } : {}),
  };
}

export function textReply(text: string, options: { ephemeral?: boolean } = {}): Reply {
  return reply([{ kind: 'section', lines: [[text]] }], options);
}
