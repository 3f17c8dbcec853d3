import { afterEach, describe, expect, it } from 'vitest';
import { prismaOf } from '../../src/store/inspection.ts';
import { builtInData } from '../support/built-in.ts';
import { reminderHarness } from '../support/reminder-harness.ts';

type Harness = Awaited<ReturnType<typeof reminderHarness>>;
let h: Harness;
afterEach(async () => h?.cleanup());

/** The bot runs when the channel subscribes (10 January): its reminders are planned then. */
async function planned(h: Harness) {
  h.clock.at = '2024-01-10T00:00:10.000Z';
  await h.makeScheduler().tick();
}

const headers = (h: Harness) => h.posts.map((p) => `${p.target.ref}: ${p.text.split('\n')[0]}`);

describe('the delivery ledger and the tick', () => {
  it('sends each reminder once across ticks and across a restart', async () => {
    h = await reminderHarness();
    await h.subscribe('C1');
    h.clock.at = '2024-01-15T08:00:10.000Z';
    await h.makeScheduler().tick();
    await h.makeScheduler().tick();
    expect(headers(h)).toEqual(['C1: UPR session 45 opens in 7 days']);
    await h.reopen();
    const again = h.makeScheduler();
    await again.start();
    await again.tick();
    await again.stop();
    h.clock.at = '2024-01-21T08:00:30.000Z';
    await h.makeScheduler().tick();
    await h.reopen();
    await h.makeScheduler().tick();
    expect(headers(h)).toEqual([
      'C1: UPR session 45 opens in 7 days',
      'C1: UPR session 45 opens in 24 hours',
      'C1: Review of Saudi Arabia: in 24 hours',
    ]);
  });

  it('after a late start sends what has not started yet, marked late, and skips the rest with a reason', async () => {
    h = await reminderHarness();
    await h.subscribe('C1', { kinds: ['window', 'reviews'] });
    await planned(h);
    h.clock.at = '2024-01-22T08:30:00.000Z';
    const report = await h.makeScheduler().tick();
    expect(headers(h)).toEqual(['C1: Review of Senegal: in 24 hours', 'C1: Review of China: in 24 hours']);
    expect(h.posts[0]!.text).toContain('Late: this was due Sun 21 Jan 2024, 14:30 Geneva time');
    expect(report.late).toHaveLength(2);
    expect((await h.storage.ledger.list({ state: 'sent' })).map((r) => r.late)).toEqual([true, true]);
    const skipped = await h.storage.ledger.list({ state: 'skipped' });
    expect(skipped.map((r) => r.subject)).toContain('Review of Saudi Arabia');
    expect(skipped[0]!.lastError).toMatch(/^late: what it announces began at/);
  });

  it('with the policy "never" skips everything that is late', async () => {
    h = await reminderHarness();
    await h.subscribe('C1', { kinds: ['reviews'] });
    await planned(h);
    h.clock.at = '2024-01-22T08:30:00.000Z';
    await h.makeScheduler('never').tick();
    expect(h.posts).toEqual([]);
  });

  it('retries a failing post with exponential backoff, honouring Retry-After, then sends it once', async () => {
    h = await reminderHarness();
    await h.subscribe('C1', { kinds: ['window'] });
    let failures = 0;
    h.setOutcome(() =>
      failures++ < 2 ? { ok: false, retryable: true, retryAfterMs: 45_000, reason: '429' } : { ok: true },
    );
    const scheduler = h.makeScheduler();
    h.clock.at = '2024-01-15T08:00:00.000Z';
    expect((await scheduler.tick()).retried).toHaveLength(1);
    let [row] = await h.storage.ledger.list({ state: 'pending' });
    expect(row!.nextAttemptAt.toISOString()).toBe('2024-01-15T08:00:45.000Z');
    h.clock.at = '2024-01-15T08:00:30.000Z';
    expect((await scheduler.tick()).retried).toHaveLength(0);
    h.clock.at = '2024-01-15T08:00:45.000Z';
    await scheduler.tick();
    [row] = await h.storage.ledger.list({ state: 'pending' });
    // The second failure waits 60 s: the doubled backoff beats the 45 s Retry-After.
    expect(row!.nextAttemptAt.toISOString()).toBe('2024-01-15T08:01:45.000Z');
    h.clock.at = '2024-01-15T08:01:45.000Z';
    await scheduler.tick();
    await scheduler.tick();
    expect(headers(h)).toEqual(['C1: UPR session 45 opens in 7 days']);
    const [sent] = await h.storage.ledger.list({ state: 'sent' });
    expect(sent!.attempts).toBe(3);
  });

  it('stops a subscription whose channel is gone, logs why, and keeps serving the others', async () => {
    h = await reminderHarness();
    await h.subscribe('GONE', { kinds: ['window'] });
    await h.subscribe('C1', { kinds: ['window'] });
    h.setOutcome((t) =>
      t.ref === 'GONE' ? { ok: false, retryable: false, reason: 'channel_not_found' } : { ok: true },
    );
    h.clock.at = '2024-01-15T08:00:00.000Z';
    const report = await h.makeScheduler().tick();
    expect(report.failed).toHaveLength(1);
    expect(await h.storage.subscriptions.find('console', 'GONE')).toBeUndefined();
    for (const at of ['2024-01-21T08:00:10.000Z', '2024-01-22T08:00:10.000Z']) {
      h.clock.at = at;
      await h.makeScheduler().tick();
    }
    expect(headers(h).filter((l) => l.startsWith('GONE'))).toEqual([]);
    expect(headers(h).filter((l) => l.startsWith('C1'))).toHaveLength(3);
    const gone = (await prismaOf(h.storage).subscription.findFirst({ where: { channelRef: 'GONE' } }))!;
    expect(gone.stoppedWhy).toBe('channel_not_found');
  });

  it('broadcasts an update once to the channels that follow its state', async () => {
    h = await reminderHarness();
    await h.subscribe('ALL', { kinds: ['updates'] });
    await h.subscribe('NGA', { kinds: ['updates'], states: ['NGA'] });
    h.clock.at = '2024-01-23T12:00:00.000Z';
    await h.makeScheduler().tick();
    expect(await h.storage.reviewUpdates.audience('CHN')).toBe(1);
    await h.storage.reviewUpdates.record({
      state: 'CHN',
      text: 'China answered 30 questions.',
      postedBy: 'ana',
      publishedAt: h.clock.at,
    });
    h.clock.at = '2024-01-23T12:00:15.000Z';
    await h.makeScheduler().tick();
    await h.reopen();
    await h.makeScheduler().tick();
    expect(headers(h)).toEqual(['ALL: Update on China']);
    expect(h.posts[0]!.text).toContain('Posted by ana');
  });

  it('sends a personal reminder to the user by direct message', async () => {
    h = await reminderHarness();
    await h.storage.personalReminders.add(
      {
        platform: 'console',
        userRef: 'U9',
        subjectKey: 'review:upr45-chn',
        subject: 'Review of China',
        leadMinutes: 30,
        zone: 'UTC',
      },
      '2024-01-20T00:00:00Z',
    );
    h.clock.at = '2024-01-23T07:30:00.000Z';
    await h.makeScheduler().tick();
    expect(h.posts.map((p) => [p.target, p.text.split('\n')[0]])).toEqual([
      [{ ref: 'U9', direct: true }, 'Review of China: in 30 minutes'],
    ]);
  });
});

describe('change notices after an import', () => {
  it('tells a channel once that an item moved, was added or was cancelled, and fires no stale reminder', async () => {
    h = await reminderHarness();
    await h.subscribe('C1');
    const scheduler = h.makeScheduler();
    await planned(h);
    h.clock.at = '2024-01-22T08:00:30.000Z';
    await scheduler.tick();
    expect(headers(h)).toContain('C1: Review of China: in 24 hours');
    const before = h.posts.length;

    const data = builtInData();
    const china = data.reviews.find((r) => r.state === 'CHN')!;
    china.when = { ...china.when, start: '2024-01-23T13:30:00Z', end: '2024-01-23T17:00:00Z' };
    data.events = data.events.filter((e) => e.id !== 'wuc-protest-2024-01-22');
    data.events.push({
      ...data.events[0]!,
      id: 'late-added-briefing',
      title: 'A briefing added late',
      when: { date: '2024-01-22', start: '2024-01-22T15:00:00Z', status: 'confirmed', sources: [] },
    });
    data.revision = 'moved';
    await h.storage.data.apply(data, 'import', new Date());
    h.clock.at = '2024-01-22T08:05:00.000Z';
    await scheduler.tick();
    await scheduler.tick();
    // Told once each; the added item's "24 hours before", planned after its time, is not sent late.
    const notices = headers(h).slice(before);
    expect(notices.sort()).toEqual([
      'C1: Added: A briefing added late',
      'C1: Cancelled: Protest and poster campaign',
      'C1: Changed: Review of China',
    ]);
    const changed = h.posts.find((p) => p.text.startsWith('Changed: Review of China'))!;
    expect(changed.text).toContain('Now: Tue 23 Jan 2024, 14:30-18:00 Geneva time');
    // What the channel was told before, so that the change can be seen without scrolling back.
    expect(changed.text).toContain('Was: Tue 23 Jan 2024, 09:00-12:30 Geneva time');

    // The old "1 hour before" (07:00) is withdrawn; the new one comes at 12:30.
    h.clock.at = '2024-01-23T07:00:30.000Z';
    await scheduler.tick();
    expect(headers(h).filter((l) => l.includes('Review of China: in 1 hour'))).toEqual([]);
    h.clock.at = '2024-01-23T12:30:10.000Z';
    await scheduler.tick();
    expect(headers(h).filter((l) => l.includes('Review of China: in 1 hour'))).toHaveLength(1);
    expect(headers(h).filter((l) => l.includes('Changed: Review of China'))).toHaveLength(1);
  });
});
