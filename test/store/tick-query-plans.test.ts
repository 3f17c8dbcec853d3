import { afterAll, beforeAll, expect, it } from 'vitest';
import { reminderHarness } from '../support/reminder-harness.ts';
import { forEachDatabase } from '../support/test-databases.ts';

// Every statement of the reminder tick finds its rows through an index: at 100,000 channels a
// full scan of Delivery (millions of rows by the end of a session) would be the tick's cost.

type Harness = Awaited<ReturnType<typeof reminderHarness>>;

forEachDatabase("the reminder tick's queries", 'tick-query-plans', (db) => {
  let h: Harness;
  beforeAll(async () => {
    h = await reminderHarness({ url: (await db.fresh()).url });
    for (let i = 0; i < 30; i++) await h.subscribe(`C${i}`, i % 2 ? { kinds: ['window', 'reviews'] } : {});
    // A few reminders fall due and are sent, so that the ledger has rows of every kind of state.
    h.clock.at = '2024-01-10T00:00:10.000Z';
    await h.makeScheduler().tick();
    h.clock.at = '2024-01-22T08:00:30.000Z';
    await h.makeScheduler().tick();
  });
  afterAll(() => h?.cleanup());

  it('never scan the Delivery table', async () => {
    const plans = await h.storage.ledger.explainTickQueries();
    expect(Object.keys(plans).length).toBeGreaterThanOrEqual(7);
    // SQLite: "SCAN Delivery"; PostgreSQL: "Seq Scan on \"Delivery\"".
    const scan = /^(SCAN (Delivery|d)\b|\s*(->\s*)?Seq Scan on "Delivery")/;
    for (const [statement, lines] of Object.entries(plans)) {
      expect(lines.length, statement).toBeGreaterThan(0);
      const scans = lines.filter((line) => scan.test(line));
      expect(scans, `${statement}:\n${lines.join('\n')}`).toEqual([]);
    }
  });

  it('claim through the due index and update by key', async () => {
    const { claim } = await h.storage.ledger.explainTickQueries();
    if (h.storage.dialect === 'postgres') {
      const plan = claim!.join('\n');
      expect(plan).toMatch(/Index (Only )?Scan using "Delivery_state_platform_nextAttemptAt_idx"/);
      expect(plan).toMatch(/LockRows/);
      expect(plan).toMatch(/Index (Only )?Scan using "Delivery_pkey"/);
      return;
    }
    expect(claim).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^SEARCH Delivery USING (INDEX|PRIMARY KEY|COVERING INDEX) sqlite_autoindex_Delivery_1/,
        ),
        expect.stringMatching(/^SEARCH Delivery USING INDEX Delivery_state_platform_nextAttemptAt_idx/),
      ]),
    );
  });
});
