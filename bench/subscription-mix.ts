import type { SubscriptionPort } from '../src/core/ports.ts';
import { DEFAULT_SETTINGS, type SubscriptionSettings } from '../src/core/reminders/subscription.ts';

// Channels as they might subscribe: most follow a couple of states, some everything, some only
// reviews and adoptions, some their own lead times, in five zones, on both platforms. About 45
// distinct settings, however many channels.

const ZONES = ['Europe/Zurich', 'America/New_York', 'Asia/Shanghai', 'Africa/Lagos', 'Pacific/Auckland'];

export function subscriptionMix(
  n: number,
  states: readonly string[],
  at: string,
): Parameters<SubscriptionPort['save']>[0][] {
  return Array.from({ length: n }, (_, i) => {
    const shape = i % 5;
    const settings: SubscriptionSettings = {
      ...DEFAULT_SETTINGS,
      zone: ZONES[i % ZONES.length]!,
      ...(shape <= 2 ? { states: [states[i % states.length]!, states[(i * 7 + 3) % states.length]!] } : {}),
      ...(shape === 3 ? { kinds: ['reviews', 'adoptions'] } : {}),
      ...(shape === 4 ? { leadMinutes: [1440, 30] } : {}),
    };
    const platform = i % 2 ? 'slack' : 'discord';
    return { platform, channelRef: `C${i}`, settings, createdBy: 'bench', at, workspace: 'T0BENCH' };
  });
}
