import type { Platform } from '../core/inbound.ts';

/** What readiness is made of. Filled in as the bot starts; read by GET /readyz. */
export interface ServiceStatus {
  databaseReachable(): Promise<boolean>;
  chats(): { platform: Platform; ready: boolean }[];
  /** undefined when reminders are off (a frozen `--now` clock). */
  scheduler(): { ticking: boolean; lastTickAt?: string } | undefined;
}

export interface Readiness {
  ready: boolean;
  database: boolean;
  chats: Record<string, boolean>;
  scheduler: { ticking: boolean; lastTickAt?: string } | 'off';
}

export async function readinessOf(status: ServiceStatus): Promise<Readiness> {
  const database = await status.databaseReachable().catch(() => false);
  const chats = Object.fromEntries(status.chats().map((c) => [c.platform, c.ready]));
  const scheduler = status.scheduler() ?? 'off';
  const ready = database && Object.values(chats).every(Boolean) && (scheduler === 'off' || scheduler.ticking);
  return { ready, database, chats, scheduler };
}
