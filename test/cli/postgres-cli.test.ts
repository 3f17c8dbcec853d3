import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BUILT_IN_FILE } from '../support/built-in.ts';
import { cliBudget, runCli } from '../support/run-cli.ts';
import { createPostgresDatabase, POSTGRES_SKIP_REASON } from '../support/test-databases.ts';

// The command line on PostgreSQL, as an operator runs it: migrate (twice), chat, import (a bad
// file refused with nothing changed, a good one applied) and start, on a database of its own.

vi.setConfig({ testTimeout: cliBudget(6) });

describe.skipIf(Boolean(POSTGRES_SKIP_REASON))(`upr-bot on PostgreSQL ${POSTGRES_SKIP_REASON ?? ''}`, () => {
  let database: { url: string; drop: () => Promise<void> };
  let env: Record<string, string>;
  const dir = mkdtempSync(join(tmpdir(), 'upr-bot-pg-cli-'));
  const original = JSON.parse(readFileSync(BUILT_IN_FILE, 'utf8'));
  const file = (name: string, content: unknown) => {
    const path = join(dir, name);
    writeFileSync(path, JSON.stringify(content));
    return path;
  };
  const reviewOfChina = () => runCli(['chat', '--now', '2024-01-20T10:00:00Z', 'review China'], { env });

  beforeAll(async () => {
    database = await createPostgresDatabase('cli');
    env = { DATABASE_URL: database.url };
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await database?.drop();
  });

  it('migrate applies the PostgreSQL migrations once; run again, it finds them applied', async () => {
    const first = await runCli(['migrate'], { env });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    // Every migration of the PostgreSQL folder, in order, the first one creating the tables.
    const folder = readdirSync('prisma/postgres/migrations')
      .filter((name) => /^\d+_/.test(name))
      .sort();
    expect(first.stdout).toContain(`Applied: ${folder.join(', ')}\n`);
    expect(folder[0]).toMatch(/^\d+_init$/);
    const second = await runCli(['migrate'], { env });
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('The database is up to date.');
    expect(second.stdout).toContain(`Already applied: ${folder.join(', ')}\n`);
  });

  it('chat answers from the data it stored in PostgreSQL', async () => {
    const { code, stdout } = await reviewOfChina();
    expect(code).toBe(0);
    expect(stdout).toContain('Review of China: 4th UPR');
    expect(stdout).toContain('Tue 23 Jan 2024, 09:00-12:30 Geneva time');
  });

  it('import refuses a bad file with nothing changed, and applies a good one', async () => {
    const before = (await reviewOfChina()).stdout;
    const bad = structuredClone(original);
    bad.reviews[2].state = 'XXX';
    const refused = await runCli(['import', file('bad.json', bad)], { env });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('nothing changed');
    expect(refused.stderr).toContain('reviews[2].state: unknown state code "XXX"');
    expect((await reviewOfChina()).stdout).toBe(before);

    const next = structuredClone(original);
    next.revision = 'pg-2';
    next.reviews[2].when.start = '2024-01-23T09:00:00Z';
    next.reviews[2].when.end = '2024-01-23T12:30:00Z';
    const applied = await runCli(['import', file('good.json', next)], { env });
    expect(applied.code).toBe(0);
    expect(applied.stdout).toContain('changed (1): review upr45-chn');
    expect((await reviewOfChina()).stdout).toContain('Tue 23 Jan 2024, 10:00-13:30 Geneva time');
  });

  it('start runs the bot (terminal chat and reminders) on PostgreSQL and stops cleanly', async () => {
    const { code, stdout, stderr } = await runCli(['start', '--now', '2024-01-20T10:00:00Z'], {
      env,
      input: 'review China\n',
    });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('Review of China');
  });

  it('a server that is not there: one clear line naming it, exit 1, no password', async () => {
    const { code, stderr } = await runCli(['migrate'], {
      env: { DATABASE_URL: 'postgresql://upr:s3cret@127.0.0.1:1/upr_bot' },
    });
    expect(code).toBe(1);
    expect(stderr.trim()).toBe(
      'upr-bot: cannot reach the PostgreSQL server at 127.0.0.1:1/upr_bot: start it, or check the host and port in DATABASE_URL',
    );
    expect(stderr).not.toContain('s3cret');
  });
});
