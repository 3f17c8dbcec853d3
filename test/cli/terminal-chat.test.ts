import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cliBudget, runCli } from '../support/run-cli.ts';
import { tempDatabase } from '../support/temp-database.ts';

const ENV_EXAMPLE = new URL('../../.env.example', import.meta.url).pathname;

// Tests start the command line up to twice each (see cliBudget).
vi.setConfig({ testTimeout: cliBudget(2) });

describe('the command line and the terminal chat', () => {
  const db = tempDatabase();
  const env = { DATABASE_URL: db.url };
  beforeAll(async () => {
    // The first run migrates the file and imports the built-in data.
    const first = await runCli(['migrate'], { env });
    expect(first.code).toBe(0);
  });
  afterAll(() => db.cleanup());

  it('chat answers "/upr review China" with the slot, the head of delegation and the sources', async () => {
    const { code, stdout } = await runCli(['chat', '--now', '2024-01-20T10:00:00Z', '/upr review China'], {
      env,
    });
    expect(code).toBe(0);
    expect(stdout).toContain('Tue 23 Jan 2024, 09:00-12:30 Geneva time');
    expect(stdout).toContain('Head of delegation: Ambassador Chen Xu');
    expect(stdout).toContain('Sources:');
  });

  it('chat "/upr next" during China\'s review names Nigeria next at 14:30 Geneva time', async () => {
    const { stdout } = await runCli(['chat', '--now', '2024-01-23T10:00:00+01:00', '/upr next'], { env });
    expect(stdout).toMatch(/Under way now:\n.*Review of China/);
    expect(stdout).toMatch(/Next review:\n.*14:30-18:00 Geneva time: Review of Nigeria/);
  });

  it('chat answers questions in plain words with their sources, and names no state for an unknown troika', async () => {
    const head = await runCli(['chat', "who leads China's delegation?"], { env });
    expect(head.stdout).toContain(
      'Ambassador Chen Xu, Permanent Representative of China to the United Nations Office at Geneva',
    );
    expect(head.stdout).toMatch(/Sources: .*https:\/\//);
    const troika = await runCli(['chat', "who was in China's troika?"], { env });
    expect(troika.stdout).toContain('not known');
    for (const state of ['Algeria', 'Cuba', 'Germany', 'Bulgaria', 'Finland', 'Qatar'])
      expect(troika.stdout).not.toContain(state);
  });

  it('start answers each piped line in order and exits at the end of input', async () => {
    const { code, stdout } = await runCli(['start', '--now', '2024-01-23T10:00:00+01:00'], {
      env,
      input: 'review Nigeria\n\n/upr delegation China\n',
    });
    expect(code).toBe(0);
    const nigeria = stdout.indexOf('Review of Nigeria');
    const china = stdout.indexOf('Delegation of China');
    expect(nigeria).toBeGreaterThanOrEqual(0);
    expect(china).toBeGreaterThan(nigeria);
  });

  it('refuses a malformed --now with a short message and exit code 2', async () => {
    const { code, stderr, stdout } = await runCli(['chat', '--now', 'next tuesday', 'next'], { env });
    expect(code).toBe(2);
    expect(stderr).toContain('--now needs an ISO-8601 date');
    expect(stdout).toBe('');
  });

  it('refuses an unknown subcommand and an unknown zone', async () => {
    expect((await runCli(['frobnicate'], { env })).code).toBe(2);
    const zone = await runCli(['chat', '--zone', 'Mars/Olympus', 'next'], { env });
    expect(zone.code).toBe(2);
    expect(zone.stderr).toContain('--zone needs an IANA zone');
  });

  it('reads settings from a .env file in the working directory, the environment winning', async () => {
    writeFileSync(join(db.dir, '.env'), `UPR_ZONE=America/New_York\nDATABASE_URL=${db.url}\n`);
    const fromFile = await runCli(['chat', '--now', '2024-01-20T10:00:00Z', 'review China'], { cwd: db.dir });
    expect(fromFile.stdout).toContain('03:00-06:30 New York time');
    const overridden = await runCli(['chat', '--now', '2024-01-20T10:00:00Z', 'review China'], {
      cwd: db.dir,
      env: { UPR_ZONE: 'Asia/Tokyo' },
    });
    expect(overridden.stdout).toContain('17:00-20:30 Tokyo time');
  });

  it('keeps log lines out of the terminal chat when .env is a copy of .env.example', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'upr-bot-env-example-'));
    try {
      copyFileSync(ENV_EXAMPLE, join(dir, '.env'));
      // As a new user runs it: no LOG_LEVEL or DATABASE_URL but those of the copied file.
      const { code, stdout, stderr } = await runCli(['start', '--now', '2024-01-20T10:00:00Z'], {
        cwd: dir,
        env: { LOG_LEVEL: undefined, DATABASE_URL: undefined },
        input: 'review China\n',
      });
      expect(code).toBe(0);
      expect(stdout).toContain('Review of China');
      expect(stderr).toBe('');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('prints the JSON Schema of the data format', async () => {
    const { code, stdout } = await runCli(['schema'], { env });
    expect(code).toBe(0);
    const schema = JSON.parse(stdout);
    expect(schema.properties.reviews.type).toBe('array');
    expect(schema.required).toContain('sessions');
  });
});
