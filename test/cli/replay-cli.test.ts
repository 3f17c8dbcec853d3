import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cliBudget, runCli, startTerminalCli } from '../support/run-cli.ts';
import { tempDatabase } from '../support/temp-database.ts';

// A replay ends as the README says: at --replay-to, with `quit`, at the end of piped input, or
// when interrupted; and however it ends, its throwaway database goes with it.

const REPLAY = ['start', '--replay-from', '2024-01-21T07:59:00Z', '--speed', '60'];

// Each test starts the whole bot once, about three one-shot runs' worth of work (see cliBudget).
vi.setConfig({ testTimeout: cliBudget(3) });

describe('upr-bot start --replay-from, fed from a pipe', () => {
  const db = tempDatabase();
  // A temporary folder of their own, where a leftover replay database would show (tsx keeps its
  // compiled files there too: the first run below fills that cache, so that later ones start fast).
  const dir = join(db.dir, 'tmp');
  const env = { DATABASE_URL: db.url, TMPDIR: dir };
  const replays = () => readdirSync(dir).filter((name) => name.startsWith('upr-bot-replay-'));
  beforeAll(async () => {
    mkdirSync(dir);
    expect((await runCli(['migrate'], { env })).code).toBe(0);
  });
  afterAll(() => db.cleanup());

  it('ends with "quit" while its input is still open, and removes its database', async () => {
    const cli = startTerminalCli(REPLAY, { env });
    cli.send('review China');
    await cli.waitForOutput('Review of China');
    expect(replays()).toHaveLength(1);
    cli.send('quit');
    const { code } = await cli.exited;
    expect(code).toBe(0);
    expect(replays()).toEqual([]);
  });

  it('ends at the end of its input, after answering every line', async () => {
    const { code, stdout } = await runCli(REPLAY, {
      env,
      input: 'review Nigeria\ndelegation China\n',
    });
    expect(code).toBe(0);
    expect(stdout).toContain('Review of Nigeria');
    expect(stdout).toContain('Delegation of China');
    expect(replays()).toEqual([]);
  });

  it.each(['SIGINT', 'SIGTERM'] as const)('removes its database when a %s interrupts it', async (signal) => {
    const cli = startTerminalCli(REPLAY, { env });
    cli.send('about');
    await cli.waitForOutput('Data revision');
    cli.signal(signal);
    expect((await cli.exited).code).toBe(0);
    expect(replays()).toEqual([]);
  });

  it('removes its database when interrupted while it is still starting', async () => {
    const cli = startTerminalCli(REPLAY, { env });
    // Interrupt as soon as the throwaway database's folder exists: the runtime is not up yet.
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (!replays().length) return;
        clearInterval(poll);
        resolve();
      }, 5);
    });
    cli.signal('SIGINT');
    await cli.exited;
    expect(replays()).toEqual([]);
  });
});
