import { DEFAULT_SETTINGS } from '../../src/core/reminders/subscription.ts';
import type { reminderHarness } from './reminder-harness.ts';

// The crash runs' common start: N Slack and N Discord channels subscribed to the session window's
// reminders, planned once, so that all of them fall due together at DUE_AT.

export const SUBSCRIBED_AT = '2024-01-10T00:00:00.000Z';
export const DUE_AT = '2024-01-15T08:00:05.000Z';

type Harness = Awaited<ReturnType<typeof reminderHarness>>;

/** Subscribes the channels, plans them, and returns each platform's channel ids. */
export async function subscribeDueChannels(
  h: Harness,
  channels: number,
  createdBy: string,
): Promise<{ slackChannels: string[]; discordChannels: string[] }> {
  const subscribe = (platform: 'slack' | 'discord', channelRef: string) => ({
    platform,
    channelRef,
    settings: { ...DEFAULT_SETTINGS, kinds: ['window' as const] },
    createdBy,
    at: SUBSCRIBED_AT,
  });
  const slackChannels = Array.from({ length: channels }, (_, i) => `C${String(i).padStart(6, '0')}`);
  const discordChannels = Array.from({ length: channels }, (_, i) =>
    String(1_400_000_000_000_000_000n + BigInt(i)),
  );
  await h.storage.subscriptions.saveMany([
    ...slackChannels.map((c) => subscribe('slack', c)),
    ...discordChannels.map((c) => subscribe('discord', c)),
  ]);
  h.clock.at = SUBSCRIBED_AT;
  await h.makeScheduler().tick();
  return { slackChannels, discordChannels };
}

/** Messages each stand-in has received, over all channels. */
export function receivedBy(messages: { slack: Map<string, unknown[]>; discord: Map<string, unknown[]> }) {
  const count = (m: Map<string, unknown[]>) => [...m.values()].reduce((n, list) => n + list.length, 0);
  return { slack: count(messages.slack), discord: count(messages.discord) };
}
