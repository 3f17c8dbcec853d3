import { escapeMarkdown } from 'discord.js';
import type { Inline, Line } from '../../src/core/reply.ts';
import { localDate } from '../../src/core/time-format.ts';

// Discord's face of a reply line: markdown, and times as <t:…> tags that every reader's client
// shows in their own zone and language.

// What escapeMarkdown's defaults act on: backslash, code, italic/bold, underline, strikethrough
// and spoiler marks. Text with none of them comes back unchanged, so the dozen regular
// expressions it runs per string (lookbehinds, the bulk of rendering a reply) are skipped.
const MARKDOWN = /[\\`*_~|]/;

/** discord.js's escapeMarkdown, without its cost for the plain text that most lines are. */
export function escapeText(text: string): string {
  return MARKDOWN.test(text) ? escapeMarkdown(text) : text;
}

function unix(iso: string): number {
  return Math.floor(Date.parse(iso) / 1000);
}

export function timeTag(iso: string, style: 'F' | 'D' | 't' | 'R'): string {
  return `<t:${unix(iso)}:${style}>`;
}

/** Square brackets would end a masked link's text early. */
function linkText(text: string): string {
  return escapeText(text).replace(/[[\]]/g, (c) => (c === '[' ? '(' : ')'));
}

/** `zone` only decides whether a span ends on its start's day (then the end shows just the time). */
export function renderInlineDiscord(part: Inline, zone: string): string {
  if (typeof part === 'string') return escapeText(part);
  if ('strong' in part) return `**${escapeText(part.strong)}**`;
  if ('link' in part)
    return part.text === part.link ? `<${part.link}>` : `[${linkText(part.text)}](${part.link})`;
  switch (part.style) {
    case 'relative':
      return timeTag(part.time, 'R');
    case 'date':
      return timeTag(part.time, 'D');
    case 'time':
      return `${timeTag(part.time, 't')}${part.end ? `–${timeTag(part.end, 't')}` : ''}`;
    default: {
      const start = timeTag(part.time, 'F');
      if (!part.end) return start;
      const sameDay = localDate(part.time, zone) === localDate(part.end, zone);
      return `${start}–${timeTag(part.end, sameDay ? 't' : 'F')}`;
    }
  }
}

export function renderLineDiscord(line: Line, zone: string): string {
  return line.map((part) => renderInlineDiscord(part, zone)).join('');
}
