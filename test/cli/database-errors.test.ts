import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cliBudget, runCli } from '../support/run-cli.ts';

// A database this user cannot write (a badly owned Docker volume), as the command line meets it:
// reading commands still answer from it, and anything that must write names the file, says what
// is wrong and what to do, exits 1, and leaves the file as it was. The commands run as a user
// that file permissions apply to (nobody, when the tests run as root).

const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

// Tests start the command line up to twice each (see cliBudget).
vi.setConfig({ testTimeout: cliBudget(2) });

describe('upr-bot and a database it cannot write', () => {
  const base = mkdtempSync(join(tmpdir(), 'upr-bot-db-errors-'));
  // Owned by root (or this user) and not writable by others: the unprivileged user can only read.
  const locked = join(base, 'volume');
  const file = join(locked, 'upr-bot.db');
  const env = { DATABASE_URL: `file:${file}` };
  const unprivileged = { env, unprivileged: true };

  beforeAll(async () => {
    chmodSync(base, 0o755);
    mkdirSync(locked);
    // Made and filled by its owner first, as a deployment would have.
    expect((await runCli(['chat', '--now', '2024-01-20T10:00:00Z', 'about'], { env })).code).toBe(0);
    chmodSync(locked, 0o555);
    chmodSync(file, 0o444);
  });
  afterAll(() => {
    chmodSync(locked, 0o755);
    rmSync(base, { recursive: true, force: true });
  });

  it('answers a one-shot chat from it, and writes nothing', async () => {
    const before = digest(file);
    const { code, stdout } = await runCli(
      ['chat', '--now', '2024-01-20T10:00:00Z', 'review China'],
      unprivileged,
    );
    expect(code).toBe(0);
    expect(stdout).toContain('Review of China');
    expect(digest(file)).toBe(before);
  });

  it('refuses to migrate or start on it, naming the file and what to do, exit 1', async () => {
    const expected = `upr-bot: the database ${file} is read-only for this user (the file cannot be written): make the file and its folder writable, or run only reading commands (chat, reminders, ics)\n`;
    const migrate = await runCli(['migrate'], unprivileged);
    expect(migrate.code).toBe(1);
    expect(migrate.stderr).toBe(expected);
    const start = await runCli(['start', '--now', '2024-01-20T10:00:00Z'], unprivileged);
    expect(start.code).toBe(1);
    expect(start.stderr).toBe(expected);
  });

  it('says a command that changes something cannot be saved, and changes nothing', async () => {
    const before = digest(file);
    const { code, stderr } = await runCli(['chat', 'subscribe China'], unprivileged);
    expect(code).toBe(1);
    expect(stderr).toContain(
      'upr-bot: the database is read-only for this user, so "subscribe China" could not be saved: make the file and its folder writable',
    );
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(digest(file)).toBe(before);
  });

  it('names a folder it cannot write a new database in', async () => {
    const fresh = join(locked, 'new.db');
    const { code, stderr } = await runCli(['migrate'], {
      ...unprivileged,
      env: { DATABASE_URL: `file:${fresh}` },
    });
    expect(code).toBe(1);
    expect(stderr).toBe(
      `upr-bot: cannot create the database ${fresh}: the folder ${locked} is not writable by this user (for a Docker volume, give it to the user the bot runs as), or point DATABASE_URL at another folder\n`,
    );
  });

  it('names a folder that is missing and cannot be made', async () => {
    const deeper = join(locked, 'sub', 'upr-bot.db');
    const { code, stderr } = await runCli(['migrate'], {
      ...unprivileged,
      env: { DATABASE_URL: `file:${deeper}` },
    });
    expect(code).toBe(1);
    expect(stderr).toBe(
      `upr-bot: the folder ${join(locked, 'sub')} for the database does not exist and cannot be created (permission denied): create it and let this user write to it, or point DATABASE_URL at another folder\n`,
    );
  });
});
