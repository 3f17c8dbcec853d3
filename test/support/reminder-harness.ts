import type { DataSet } from '../../src/core/data-schema.ts';
import { buildKnowledge, type Knowledge } from '../../src/core/knowledge.ts';
import type { ChannelPoster, PostOutcome, PostTarget } from '../../src/core/ports.ts';
import type { LatePolicy } from '../../src/core/reminders/late-policy.ts';
import { DEFAULT_SETTINGS, type SubscriptionSettings } from '../../src/core/reminders/subscription.ts';
import type { Reply } from '../../src/core/reply.ts';
import { renderPlain } from '../../src/core/reply-text.ts';
import { openStorage, type Storage } from '../../src/store/storage.ts';
import { builtInData } from './built-in.ts';
import { tempDatabase } from './temp-database.ts';
import { settableClock, testScheduler } from './test-scheduler.ts';

export interface Post {
  target: PostTarget;
  text: string;
  reply: Reply;
}

/** Real storage on a temporary SQLite file, a settable clock and a recording poster. */
export async function reminderHarness(
  options: {
    data?: DataSet;
    url?: string;
    /** Real adapter posters instead of the recording one (the fan-out benchmark). */
    posters?: readonly ChannelPoster[];
  } = {},
) {
  const db = options.url ? undefined : tempDatabase();
  const url = options.url ?? db!.url;
  let storage: Storage = await openStorage(url);
  if (!(await storage.data.lastImport()))
    await storage.data.apply(options.data ?? builtInData(), 'test', new Date());
  let knowledge: Knowledge = buildKnowledge((await storage.data.load())!);
  const clock = settableClock('2024-01-01T00:00:00.000Z');
  const posts: Post[] = [];
  let outcome: (target: PostTarget) => PostOutcome = () => ({ ok: true });
  const poster = {
    platform: 'console' as const,
    async post(target: PostTarget, reply: Reply) {
      const result = outcome(target);
      if (result.ok) posts.push({ target, reply, text: renderPlain(reply, clock.now()) });
      return result;
    },
  };
  const makeScheduler = (policy: LatePolicy = 'upcoming') =>
    testScheduler({
      storage,
      knowledge: () => knowledge,
      refresh: async () => {
        knowledge = buildKnowledge((await storage.data.load())!);
      },
      clock,
      posters: options.posters ?? [poster],
      policy,
    });
  return {
    url,
    get storage() {
      return storage;
    },
    get knowledge() {
      return knowledge;
    },
    clock,
    posts,
    setOutcome(f: (target: PostTarget) => PostOutcome) {
      outcome = f;
    },
    makeScheduler,
    subscribe(channelRef: string, settings: Partial<SubscriptionSettings> = {}, at = '2024-01-10T00:00:00Z') {
      return storage.subscriptions.save({
        platform: 'console',
        channelRef,
        settings: { ...DEFAULT_SETTINGS, ...settings },
        createdBy: 'test',
        at,
      });
    },
    /** A restart: the database is closed and opened again, as after a redeploy. */
    async reopen() {
      await storage.close();
      storage = await openStorage(url);
    },
    async cleanup() {
      await storage.close();
      db?.cleanup();
    },
  };
}
