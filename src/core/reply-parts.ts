import type { AgendaItem } from './agenda.ts';
import type { Status } from './data-schema.ts';
import type { Block, Inline, Line } from './reply.ts';
import { formatDate } from './time-format.ts';
import { sourcesOf, type UprIndex } from './upr-index.ts';

// Small pieces that several replies share, so that a time or a source reads the same everywhere.

export function provisional(status: Status): string {
  if (status === 'inferred') return ' (expected, not announced)';
  if (status === 'unconfirmed') return ' (not confirmed)';
  return '';
}

/** "Tue 23 Jan 2024, 09:00-12:30" as time tokens, or the date with "time not announced". */
export function whenInline(
  item: Pick<AgendaItem, 'date' | 'start' | 'end' | 'timeStatus' | 'dateStatus'>,
  options: { dayKnown?: boolean } = {},
): Inline[] {
  if (item.start) {
    const style = options.dayKnown ? 'time' : 'date-time';
    const parts: Inline[] = [{ time: item.start, ...(item.end ? { end: item.end } : {}), style }];
    if (item.timeStatus !== 'confirmed') parts.push(provisional(item.timeStatus));
    return parts;
  }
  if (item.date && options.dayKnown) return [`time not announced${provisional(item.dateStatus)}`];
  if (item.date) return [`${formatDate(item.date)}, time not announced${provisional(item.dateStatus)}`];
  return ['date not announced'];
}

export function agendaLine(
  item: AgendaItem,
  options: { showPlace?: boolean; dayKnown?: boolean } = {},
): Line {
  const line: Line = [...whenInline(item, options), ': ', { strong: item.title }];
  if (options.showPlace && item.place) line.push(` (${item.place})`);
  return line;
}

export function sourcesBlock(index: UprIndex, ids: readonly string[]): Block[] {
  const unique = [...new Set(ids)];
  const sources = sourcesOf(index, unique);
  return sources.length ? [{ kind: 'sources', sources }] : [];
}

/** "When: " with the label in bold where the chat has bold. */
export function label(text: string): Inline[] {
  return [{ strong: `${text}:` }, ' '];
}
