import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reminderHarness } from '../support/reminder-harness.ts';

const CHILD = new URL('./fan-out-child.ts', import.meta.url).pathname;
const CHANNELS = 40;

function lines(file: string): string[] {
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : [];
}

describe('a process killed with SIGKILL in the middle of a fan-out to many channels', () => {
  let cleanup = async () => {};
  afterAll(() => cleanup());

  it('loses nothing, and repeats at most the one post that was in flight', async () => {
    const h = await reminderHarness();
    cleanup = h.cleanup;
    for (let i = 0; i < CHANNELS; i++)
      await h.subscribe(`C${String(i).padStart(2, '0')}`, { kinds: ['window'] });
    h.clock.at = '2024-01-10T00:00:10.000Z';
    await h.makeScheduler().tick();
    const log = join(dirname(h.url.slice('file:'.length)), 'posts.log');

    const child = spawn(
      process.execPath,
      ['--import', 'tsx', CHILD, h.url, log, '2024-01-15T08:00:05.000Z', '17'],
      {
        stdio: 'ignore',
      },
    );
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_code, signal) => resolve(signal)),
    );
    // Wait for the 17th post, the one that hangs in flight, then kill without warning.
    await new Promise<void>((resolve, reject) => {
      const poll = setInterval(() => {
        if (lines(log).length >= 17) {
          clearInterval(poll);
          resolve();
        }
      }, 20);
      exited.then(() => {
        clearInterval(poll);
        reject(new Error('the child ended before the kill'));
      });
    });
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    const before = lines(log);
    expect(before).toHaveLength(17);

    // The restarted bot releases the dead process's claims and finishes the fan-out.
    await h.reopen();
    h.clock.at = '2024-01-15T08:00:30.000Z';
    const scheduler = h.makeScheduler();
    await scheduler.start(); // releases the dead process's claims, then ticks
    await scheduler.stop();
    await scheduler.tick();
    const after = h.posts.map((p) => p.target.ref);
    const all = [...before, ...after];
    const counts = new Map<string, number>();
    for (const ref of all) counts.set(ref, (counts.get(ref) ?? 0) + 1);
    expect(counts.size).toBe(CHANNELS);
    const repeated = [...counts].filter(([, n]) => n > 1);
    expect(repeated.length).toBeLessThanOrEqual(1);
    if (repeated.length) expect(repeated[0]![0]).toBe(before.at(-1));
    // The window's two later reminders are still to come: planned once, not yet rows per channel.
    expect(await h.storage.templates.list({ state: 'planned' })).toHaveLength(2);
    expect(await h.storage.ledger.list({ state: 'pending' })).toHaveLength(0);
    expect(await h.storage.ledger.list({ state: 'sent' })).toHaveLength(CHANNELS);
  });
});
