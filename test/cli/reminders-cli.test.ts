import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ical, { type VEvent } from 'node-ical';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cliBudget, runCli, startTerminalCli } from '../support/run-cli.ts';
import { tempDatabase } from '../support/temp-database.ts';

// The replay test runs 40 simulated hours at 36000x: 4 s of real time, whatever the machine, on
// top of starting the whole bot (the database opened twice, the data imported into a throwaway
// copy, the scheduler planning on each tick): about three one-shot runs' worth of work. The other
// tests start the command line once or twice (see cliBudget).
const REPLAY_MS = ((Date.parse('2024-01-23T00:00:00Z') - Date.parse('2024-01-21T07:59:00Z')) / 36_000) | 0;
vi.setConfig({ testTimeout: cliBudget(3) + REPLAY_MS });

describe('upr-bot reminders, ics and start --replay-from', () => {
  const db = tempDatabase();
  const env = { DATABASE_URL: db.url, LANG: 'C.UTF-8' };
  beforeAll(async () => {
    expect((await runCli(['migrate'], { env })).code).toBe(0);
  });
  afterAll(() => db.cleanup());

  it('prints the plan as JSON with the figures of the issue', async () => {
    const { code, stdout } = await runCli(
      ['reminders', '--from', '2024-01-14T00:00:00Z', '--to', '2024-02-03T00:00:00Z', '--json'],
      { env },
    );
    expect(code).toBe(0);
    const plan = JSON.parse(stdout) as {
      at: string;
      kind: string;
      leadMinutes: number | null;
      subject: string;
      text: string;
    }[];
    const has = (at: string, kind: string, lead: number | null, subject?: string) =>
      plan.some(
        (r) =>
          r.at === at && r.kind === kind && r.leadMinutes === lead && (!subject || r.subject === subject),
      );
    for (const at of ['2024-01-15T08:00:00Z', '2024-01-21T08:00:00Z', '2024-01-22T08:00:00Z'])
      expect(
        plan.some((r) => r.at === at && r.kind === 'window'),
        at,
      ).toBe(true);
    for (const day of ['22', '23', '24', '25'])
      expect(has(`2024-01-${day}T07:00:00Z`, 'digest', null)).toBe(true);
    expect(has('2024-01-22T08:00:00Z', 'review', 1440, 'Review of China')).toBe(true);
    expect(has('2024-01-23T07:00:00Z', 'review', 60, 'Review of China')).toBe(true);
    expect(has('2024-01-23T08:00:00Z', 'review', 0, 'Review of China')).toBe(true);
    expect(plan.filter((r) => r.subject.includes('Mauritius'))).toEqual([]);
    expect(plan.find((r) => r.at === '2024-01-24T07:00:00Z')!.text).toContain(
      'time not announced: Review of Mauritius',
    );
    expect(Object.keys(plan[0]!).sort()).toEqual(['at', 'kind', 'leadMinutes', 'subject', 'text']);
  });

  it("plans the terminal subscription's reminders in the terminal's language", async () => {
    const { code, stdout } = await runCli(
      [
        'reminders',
        '--from',
        '2024-01-23T06:30:00Z',
        '--to',
        '2024-01-23T07:30:00Z',
        '--state',
        'China',
        '--json',
      ],
      { env: { ...env, LANG: 'fr_FR.UTF-8' } },
    );
    expect(code).toBe(0);
    const plan = JSON.parse(stdout) as { kind: string; text: string }[];
    const review = plan.find((r) => r.kind === 'review')!;
    expect(review.text).toMatch(/^Examen : Chine — dans 1 heure/);
    expect(review.text).not.toContain('Review of China');
  });

  it("lists the plan in the terminal's language: localized times and each reminder's own heading", async () => {
    const { code, stdout } = await runCli(
      ['reminders', '--from', '2024-01-23T06:30:00Z', '--to', '2024-01-23T07:30:00Z', '--state', 'China'],
      { env: { ...env, LANG: 'fr_FR.UTF-8' } },
    );
    expect(code).toBe(0);
    expect(stdout).toContain('mardi 23 janvier 2024 à 08:00  Examen : Chine — dans 1 heure');
    expect(stdout).not.toMatch(/review \(1h before\)|Review of China|reminders?\./);
  });

  it('refuses an unknown --state with exit code 2', async () => {
    const { code, stderr } = await runCli(['reminders', '--state', 'Atlantis'], { env });
    expect(code).toBe(2);
    expect(stderr).toContain('I don\'t know the state "Atlantis"');
  });

  it('refuses --from after --to as a usage error (exit 2), not as an empty plan', async () => {
    const { code, stdout, stderr } = await runCli(
      ['reminders', '--from', '2024-02-03T00:00:00Z', '--to', '2024-01-14T00:00:00Z'],
      { env },
    );
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('--from (2024-02-03T00:00:00Z) is after --to (2024-01-14T00:00:00Z)');
  });

  it('writes an iCalendar file that an independent parser reads back', async () => {
    const out = join(db.dir, 'upr.ics');
    const { code } = await runCli(['ics', '--out', out], { env });
    expect(code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).toContain('\r\n');
    const events = Object.values(ical.sync.parseICS(text)).filter((e) => e?.type === 'VEVENT') as VEvent[];
    const china = events.find((e) => e.uid === 'review-upr45-chn@upr-bot')!;
    expect(china.start.toISOString()).toBe('2024-01-23T08:00:00.000Z');
    expect(china.end?.toISOString()).toBe('2024-01-23T11:30:00.000Z');
    expect(String(china.description)).toContain('https://');
    const mauritius = events.find((e) => e.uid === 'review-upr45-mus@upr-bot')!;
    expect(mauritius.datetype).toBe('date');
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    // Stable UIDs: a second export names the same events.
    const again = await runCli(['ics', '--state', 'China'], { env });
    const chinaOnly = Object.values(ical.sync.parseICS(again.stdout)).filter(
      (e) => e?.type === 'VEVENT',
    ) as VEvent[];
    expect(chinaOnly.map((e) => e.uid)).toContain('review-upr45-chn@upr-bot');
    expect(chinaOnly.length).toBeLessThan(events.length);
  });

  it('replays 21 and 22 January in the terminal, in order, without touching the real ledger', async () => {
    // Input held open: a replay fed from a pipe also ends when its input does.
    const { code, stdout } = await startTerminalCli(
      [
        'start',
        '--replay-from',
        '2024-01-21T07:59:00Z',
        '--replay-to',
        '2024-01-23T00:00:00Z',
        '--speed',
        '36000',
      ],
      // On time means within two ticks, 2 s of real time here: a loaded machine can miss that,
      // and the default policy would then skip a reminder whose review had begun. This test is
      // about which reminders come and in what order, so late ones are sent (marked late on a
      // line of their own, which the headers below leave out).
      { env: { ...env, REMINDER_LATE_POLICY: 'always' } },
    ).exited;
    expect(code).toBe(0);
    // Each reminder the terminal shows starts with a bell, apart from answers.
    const headers = stdout
      .split('\n')
      .filter((l) => l.startsWith('🔔 '))
      .map((l) => l.slice('🔔 '.length));
    expect(headers).toEqual([
      'UPR session 45 opens in 24 hours',
      'Review of Saudi Arabia: in 24 hours',
      'Review of Senegal: in 24 hours',
      'Today at the UPR, Mon 22 Jan 2024',
      'Review of Saudi Arabia: in 1 hour',
      'UPR session 45 opens now',
      'Review of China: in 24 hours',
      'Review of Saudi Arabia: starting now',
      "Protest during China's review: in 24 hours",
      'Review of Senegal: in 1 hour',
      'Review of Nigeria: in 24 hours',
      'Review of Senegal: starting now',
    ]);
    const Database = (await import('better-sqlite3')).default;
    const real = new Database(db.path, { readonly: true });
    expect(real.prepare('SELECT COUNT(*) AS n FROM "Delivery"').get()).toEqual({ n: 0 });
    expect(real.prepare('SELECT COUNT(*) AS n FROM "Subscription"').get()).toEqual({ n: 0 });
    real.close();
  });
});
