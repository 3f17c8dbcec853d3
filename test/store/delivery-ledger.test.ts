import { afterEach, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/core/reminders/subscription.ts';
import type { ClaimedDelivery } from '../../src/store/delivery-ledger.ts';
import { openStorage, type Storage } from '../../src/store/storage.ts';
import { reminderHarness } from '../support/reminder-harness.ts';
import { forEachDatabase } from '../support/test-databases.ts';

// The delivery ledger on both engines, and as replicas use it: two Storage instances on one
// database (two replicas), claiming, recording and taking over each other's claims.

const SUBSCRIBED_AT = '2024-01-10T00:00:00.000Z';
/** The window's "7 days before" reminder falls due at 08:00 UTC on 15 January. */
const DUE_AT = '2024-01-15T08:00:05.000Z';

type Harness = Awaited<ReturnType<typeof reminderHarness>>;

forEachDatabase('delivery ledger', 'delivery-ledger', (db) => {
  const opened: { close(): Promise<unknown> }[] = [];
  let harness: Harness | undefined;
  afterEach(async () => {
    for (const s of opened.splice(0)) await s.close();
    await harness?.storage.close();
    harness = undefined;
  });

  /** `channels` console channels with one reminder each written (pending, due), and a second replica's Storage. */
  async function dueRows(channels: number): Promise<{ a: Storage; b: Storage }> {
    const { url } = await db.fresh();
    harness = await reminderHarness({ url });
    await harness.storage.subscriptions.saveMany(
      Array.from({ length: channels }, (_, i) => ({
        platform: 'console' as const,
        channelRef: `C${i}`,
        settings: { ...DEFAULT_SETTINGS, kinds: ['window' as const] },
        createdBy: 'test',
        at: SUBSCRIBED_AT,
      })),
    );
    harness.clock.at = SUBSCRIBED_AT;
    await harness.makeScheduler().tick();
    expect((await harness.storage.templates.releaseDue(DUE_AT)).deliveries).toBe(channels);
    const b = await openStorage(url);
    opened.push(b);
    return { a: harness.storage, b };
  }

  const claim = (s: Storage, claimedBy: string, limit = 10) =>
    s.ledger.claim({ platform: 'console', now: DUE_AT, limit, claimedBy });

  it('two replicas claiming at once never take the same row, and together take every row', async () => {
    const { a, b } = await dueRows(120);
    const taken: Record<string, string[]> = { a: [], b: [] };
    const drain = async (s: Storage, name: 'a' | 'b') => {
      for (;;) {
        const rows = await claim(s, `${name}:p:t`, 7);
        if (!rows.length) return;
        taken[name]!.push(...rows.map((r) => r.key));
      }
    };
    await Promise.all([drain(a, 'a'), drain(b, 'b'), drain(a, 'a'), drain(b, 'b')]);
    const all = [...taken.a!, ...taken.b!];
    expect(all).toHaveLength(120);
    expect(new Set(all).size).toBe(120);
    expect(await a.ledger.counts()).toEqual({ claimed: 120 });
  });

  it('records sent outcomes in batches, with their instant, lateness and posted ref', async () => {
    const { a } = await dueRows(3);
    const rows = await claim(a, 'r1:p:t');
    const at = '2024-01-15T08:00:07.000Z';
    await a.ledger.record(
      rows.map((delivery, i) => ({
        delivery,
        outcome: { state: 'sent' as const, at, late: i === 0, postedRef: `ts-${i}` },
      })),
    );
    const sent = await a.ledger.list({ state: 'sent' });
    expect(sent).toHaveLength(3);
    expect(sent.map((r) => r.sentAt?.toISOString())).toEqual([at, at, at]);
    expect(sent.filter((r) => r.late)).toHaveLength(1);
    expect(sent.map((r) => r.postedRef).sort()).toEqual(['ts-0', 'ts-1', 'ts-2']);
    expect(sent.every((r) => r.claimedBy === null && r.attempts === 1)).toBe(true);
  });

  it("takes over a dead replica's claims only after the lease, and then the dead one cannot record them", async () => {
    const { a, b } = await dueRows(5);
    const dead: ClaimedDelivery[] = await claim(a, 'r1:p:t');
    expect(dead).toHaveLength(5);
    // Within the lease: another replica leaves them alone.
    expect(await b.ledger.releaseExpiredClaims('2024-01-15T08:00:04.000Z')).toBe(0);
    expect(await claim(b, 'r2:p:t')).toEqual([]);
    // After it: due again, and unsure (the post may have gone out).
    expect(await b.ledger.releaseExpiredClaims('2024-01-15T08:05:05.000Z')).toBe(5);
    const again = await claim(b, 'r2:p:t');
    expect(again).toHaveLength(5);
    expect(again.every((d) => d.unsureSince === DUE_AT)).toBe(true);
    // The first replica, back from a pause, records its old claims: nothing changes.
    await a.ledger.record(
      dead.map((delivery) => ({ delivery, outcome: { state: 'sent' as const, at: DUE_AT, late: false } })),
    );
    expect(await a.ledger.counts()).toEqual({ claimed: 5 });
  });

  it("a replica starting again releases its own previous run's claims; on PostgreSQL only those", async () => {
    const { a, b } = await dueRows(6);
    await claim(a, 'r1:old:t', 3);
    await claim(b, 'r2:live:t', 3);
    const released = await a.ledger.releaseOwnClaims('r1:');
    if (a.dialect === 'postgres') {
      expect(released).toBe(3);
      expect(await a.ledger.list({ state: 'claimed' })).toEqual(
        expect.arrayContaining([expect.objectContaining({ claimedBy: 'r2:live:t' })]),
      );
      expect(await a.ledger.claimedCount()).toBe(3);
    } else {
      // One process per SQLite file: every claim is a previous run's.
      expect(released).toBe(6);
      expect(await a.ledger.claimedCount()).toBe(0);
    }
    // At shutdown, a process gives back exactly its own.
    await claim(b, 'r2:live:t2', 3);
    expect(await b.ledger.releaseClaims('r2:live:')).toBe(a.dialect === 'postgres' ? 6 : 3);
  });
});
