import type { BotRuntime } from '../composition/bot-runtime.ts';
import { formatDate, formatDateTime, localDate, zoneLabel } from '../core/time-format.ts';

/** What a new user sees first: which data, what the clock says, and what to type. */
export async function bannerFor(
  runtime: BotRuntime,
  zone: string,
  clockKind: 'real' | 'fixed' | 'replay',
): Promise<string> {
  const { session, data } = runtime.knowledge().index;
  const status = await runtime.storage.data.status();
  const now = runtime.clock.now();
  const today = localDate(now, session.zone);
  const lines = [
    `upr-bot: ${session.body}, session ${session.number} (${session.place.text}, ${formatDate(session.window.start)} to ${formatDate(session.window.end)})`,
    `Data: revision ${data.revision}, ${status?.origin ?? 'not stored'}.`,
    `Clock: ${formatDateTime(now, zone)} ${zoneLabel(zone, now)}${clockKind === 'fixed' ? ' (fixed with --now)' : clockKind === 'replay' ? ' (replay)' : ''}.`,
  ];
  if (today > session.window.end) {
    lines.push(
      'This session is over. To see it as it happened, set the clock back:',
      '  npm start -- --now 2024-01-23T10:00:00+01:00',
      '  npx upr-bot chat --now 2024-01-23T10:00:00+01:00 "/upr next"',
      'or replay it, reminders included, 600 times faster than life:',
      '  npm start -- --replay-from 2024-01-21T07:59:00Z --speed 600',
    );
  } else if (today < session.window.start) {
    lines.push(`The session opens on ${formatDate(session.window.start)}.`);
  }
  lines.push(
    'Try: /upr next · /upr review China · /upr schedule session · /upr events · help',
    'Or ask: who leads China\'s delegation?   (quit with "quit" or Ctrl-D)',
  );
  return lines.join('\n');
}
