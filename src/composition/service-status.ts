import type { Platform } from '../core/inbound.ts';

/** What readiness is made of. Filled in as the bot starts; read by GET /readyz. */
export interface ServiceStatus {
  databaseReachable(): Promise<boolean>;
  /** Each chat, and why it is not ready when it is not (not reachable, refused). */
  chats(): { platform: Platform; ready: boolean; problem?: string | undefined }[];
  /** undefined when reminders are off (a frozen `--now` clock). */
  scheduler(): { ticking: boolean; lastTickAt?: string } | undefined;
}

export interface Readiness {
  ready: boolean;
  database: boolean;
  chats: Record<string, boolean>;
  /** Why each chat that is not ready is not. */
  problems?: Record<string, string>;
  scheduler: { ticking: boolean; lastTickAt?: string } | 'off';
}

export async function readinessOf(status: ServiceStatus): Promise<Readiness> {
  const database = await status.databaseReachable().catch(() => false);
  const chats = Object.fromEntries(status.chats().map((c) => [c.platform, c.ready]));
  const scheduler = status.scheduler() ?? 'off';
  const ready = database && Object.values(chats).every(Boolean) && (scheduler === 'off' || scheduler.ticking);
  const problems = Object.fromEntries(
    status
      .chats()
      .filter((c) => !c.ready && c.problem)
      .map((c) => [c.platform, c.problem!]),
  );
  return { ready, database, chats, ...(Object.keys(problems).length ? { problems } : {}), scheduler };
}
