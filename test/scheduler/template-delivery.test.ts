import { afterEach, describe, expect, it } from 'vitest';
import { planSettings } from '../../src/core/reminders/reminder-planner.ts';
import { settingsKey } from '../../src/core/reminders/settings-key.ts';
import { DEFAULT_SETTINGS } from '../../src/core/reminders/subscription.ts';
import { builtInData } from '../support/built-in.ts';
import { reminderHarness } from '../support/reminder-harness.ts';

// Plan by template, deliver by row: channels with the same settings share one plan, and a
// channel's delivery row is written only when its reminder falls due.

type Harness = Awaited<ReturnType<typeof reminderHarness>>;
let h: Harness;
afterEach(async () => h?.cleanup());

const WINDOW_ONLY = { kinds: ['window' as const] };
const REVIEWS_IN_PARIS = { kinds: ['reviews' as const], zone: 'Europe/Paris' };

describe('reminders planned by template', () => {
  it('plan once per settings group, and write no delivery row before anything is due', async () => {
    h = await reminderHarness();
    for (let i = 0; i < 20; i++) await h.subscribe(`W${i}`, WINDOW_ONLY);
    for (let i = 0; i < 20; i++) await h.subscribe(`R${i}`, REVIEWS_IN_PARIS);
    h.clock.at = '2024-01-10T00:00:10.000Z';
    const report = await h.makeScheduler().tick();
    expect(report.planned).toBe(true);
    expect(report.released).toBe(0);
    const windowTemplates = await h.storage.templates.list({
      settingsKey: settingsKey({ ...DEFAULT_SETTINGS, ...WINDOW_ONLY }),
    });
    expect(windowTemplates.map((t) => t.state)).toEqual(['planned', 'planned', 'planned']);
    const reviewTemplates = await h.storage.templates.list({
      settingsKey: settingsKey({ ...DEFAULT_SETTINGS, ...REVIEWS_IN_PARIS }),
    });
    // Every review with a slot, 3 lead times each: as many for 20 channels as for one.
    const onePlan = planSettings(h.knowledge, { ...DEFAULT_SETTINGS, ...REVIEWS_IN_PARIS });
    expect(onePlan.length).toBeGreaterThan(10);
    expect(reviewTemplates).toHaveLength(onePlan.length);
    expect(await h.storage.ledger.counts()).toEqual({});
  });

  it("write a due reminder's rows for every channel of its group at once, and never twice", async () => {
    h = await reminderHarness();
    for (let i = 0; i < 25; i++) await h.subscribe(`W${i}`, WINDOW_ONLY);
    await h.subscribe('R0', REVIEWS_IN_PARIS);
    h.clock.at = '2024-01-10T00:00:10.000Z';
    const scheduler = h.makeScheduler();
    await scheduler.tick();
    h.clock.at = '2024-01-15T08:00:10.000Z';
    const due = await scheduler.tick();
    expect(due.released).toBe(25);
    expect(due.sent).toHaveLength(25);
    // Whatever runs again (another tick, a restart, the release itself) writes nothing twice.
    expect(await h.storage.templates.releaseDue(h.clock.at)).toEqual({ templates: 0, deliveries: 0 });
    await h.reopen();
    const again = await h.makeScheduler().tick();
    expect(again.released).toBe(0);
    expect(await h.storage.ledger.counts()).toEqual({ sent: 25 });
    expect(new Set(h.posts.map((p) => p.target.ref)).size).toBe(25);
    expect(h.posts.map((p) => p.text.split('\n')[0])).toEqual(
      Array.from({ length: 25 }, () => 'UPR session 45 opens in 7 days'),
    );
  });

  it('owe a channel only what falls due after it subscribed', async () => {
    h = await reminderHarness();
    await h.subscribe('EARLY', WINDOW_ONLY, '2024-01-10T00:00:00Z');
    await h.subscribe('LATE', WINDOW_ONLY, '2024-01-16T00:00:00Z');
    h.clock.at = '2024-01-10T00:00:10.000Z';
    const scheduler = h.makeScheduler();
    await scheduler.tick();
    for (const at of ['2024-01-15T08:00:10.000Z', '2024-01-21T08:00:10.000Z']) {
      h.clock.at = at;
      await scheduler.tick();
    }
    expect(h.posts.map((p) => `${p.target.ref}: ${p.text.split('\n')[0]}`)).toEqual([
      'EARLY: UPR session 45 opens in 7 days',
      'EARLY: UPR session 45 opens in 24 hours',
      'LATE: UPR session 45 opens in 24 hours',
    ]);
  });

  it('compose the reply when it is posted, from the data as it is then', async () => {
    h = await reminderHarness();
    await h.subscribe('C1', { kinds: ['reviews'] });
    h.clock.at = '2024-01-10T00:00:10.000Z';
    const scheduler = h.makeScheduler();
    await scheduler.tick();
    // The webcast changes after planning, the time does not: the reminder gives the new one.
    const data = builtInData();
    const china = data.reviews.find((r) => r.state === 'CHN')!;
    china.webcast = 'https://webtv.un.org/en/china-fourth-review';
    data.revision = 'webcast';
    await h.storage.data.apply(data, 'import', new Date());
    h.clock.at = '2024-01-22T08:00:30.000Z';
    await scheduler.tick();
    const post = h.posts.find((p) => p.text.startsWith('Review of China: in 24 hours'));
    expect(post?.text).toContain('https://webtv.un.org/en/china-fourth-review');
    // No copy of the words in the ledger: only the key, the channel and the outcome.
    const [row] = await h.storage.ledger.list({ state: 'sent' });
    expect(JSON.stringify(row)).not.toContain('webtv');
  });
});
