import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BUILT_IN_FILE } from '../support/built-in.ts';
import { cliBudget, runCli } from '../support/run-cli.ts';
import { tempDatabase } from '../support/temp-database.ts';

// Tests start the command line up to five times each (see cliBudget).
vi.setConfig({ testTimeout: cliBudget(5) });

describe('upr-bot import', () => {
  const db = tempDatabase();
  const env = { DATABASE_URL: db.url };
  const original = JSON.parse(readFileSync(BUILT_IN_FILE, 'utf8'));
  const file = (name: string, content: unknown) => {
    const path = join(db.dir, name);
    writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
    return path;
  };
  const reviewOfChina = () => runCli(['chat', '--now', '2024-01-20T10:00:00Z', 'review China'], { env });

  beforeAll(async () => {
    expect((await runCli(['migrate'], { env })).code).toBe(0);
  });
  afterAll(() => db.cleanup());

  it('refuses a broken file with path-precise messages, exit 1, and the database unchanged', async () => {
    const before = (await reviewOfChina()).stdout;
    const bad = structuredClone(original);
    bad.reviews[2].state = 'XXX';
    bad.reviews[3].when.date = '2024-05-01';
    bad.events[1].id = bad.events[0].id;
    bad.reviews[4].order = 'five';
    for (const [name, content, expected] of [
      ['not-json.json', '{ nope', ['(file): not valid JSON']],
      ['wrong-type.json', bad, ['reviews[4].order']],
    ] as const) {
      const { code, stderr } = await runCli(['import', file(name, content)], { env });
      expect(code, name).toBe(1);
      expect(stderr).toContain('nothing changed');
      for (const text of expected) expect(stderr).toContain(text);
    }
    delete bad.reviews[4].order;
    bad.reviews[4].order = 5;
    const { code, stderr } = await runCli(['import', file('references.json', bad)], { env });
    expect(code).toBe(1);
    expect(stderr).toContain('reviews[2].state: unknown state code "XXX"');
    expect(stderr).toContain('reviews[3].when: 2024-05-01 is outside session');
    expect(stderr).toContain('events[1].id: duplicate id');
    expect((await reviewOfChina()).stdout).toBe(before);
  });

  it('refuses a missing file', async () => {
    const { code, stderr } = await runCli(['import', join(db.dir, 'missing.json')], { env });
    expect(code).toBe(1);
    expect(stderr).toContain('ENOENT');
  });

  it('applies a good file and prints what changed', async () => {
    const next = structuredClone(original);
    next.revision = 'test-2';
    next.reviews[2].when.start = '2024-01-23T09:00:00Z';
    next.reviews[2].when.end = '2024-01-23T12:30:00Z';
    const { code, stdout } = await runCli(['import', file('good.json', next)], { env });
    expect(code).toBe(0);
    expect(stdout).toContain('changed (1): review upr45-chn');
    expect((await reviewOfChina()).stdout).toContain('Tue 23 Jan 2024, 10:00-13:30 Geneva time');
  });

  it('refuses a file over 10 MB before reading it all, saying how to allow more', async () => {
    // Valid JSON, padded past 10 MB: refused for its size, not its content.
    const padded = `${JSON.stringify(original)}${' '.repeat(10 * 1024 * 1024)}`;
    const { code, stderr } = await runCli(['import', file('padded.json', padded)], { env });
    expect(code).toBe(1);
    expect(stderr).toContain('nothing changed');
    expect(stderr).toContain('(file): larger than the 10 MB limit for a data file (set UPR_IMPORT_MAX_MB');
  });

  it('takes its size limit from UPR_IMPORT_MAX_MB', async () => {
    const refused = await runCli(['import', file('small-limit.json', original)], {
      env: { ...env, UPR_IMPORT_MAX_MB: '0.01' },
    });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('larger than the 0.01 MB limit');
    const unreadable = await runCli(['import', file('any.json', original)], {
      env: { ...env, UPR_IMPORT_MAX_MB: 'lots' },
    });
    expect(unreadable.code).toBe(2);
    expect(unreadable.stderr).toContain('UPR_IMPORT_MAX_MB must be a number of megabytes');
  });

  it('lists at most ten ids of each kind and counts the rest', async () => {
    const many = structuredClone(original);
    many.revision = 'many';
    for (let i = 0; i < 1234; i++)
      many.facts.push({ ...original.facts[0], id: `extra-fact-${i}`, topic: `extra-${i}` });
    const { code, stdout } = await runCli(['import', file('many.json', many)], { env });
    expect(code).toBe(0);
    const added = stdout.split('\n').find((l) => l.startsWith('  added'))!;
    expect(added).toMatch(/^ {2}added \(1234\): fact extra-fact-0, .*fact extra-fact-9 and 1,224 more$/);
    expect(stdout.length).toBeLessThan(1000);
  });

  it('names UPR_DATA_FILE and its problems when the file to start from is refused, exit 1', async () => {
    const fresh = join(db.dir, 'first-start.db');
    const { code, stderr } = await runCli(['chat', 'about'], {
      env: { DATABASE_URL: `file:${fresh}`, UPR_DATA_FILE: file('first.json', { revision: 'x' }) },
    });
    expect(code).toBe(1);
    expect(stderr).toContain(
      `upr-bot: UPR_DATA_FILE ${join(db.dir, 'first.json')} was not imported; nothing changed.`,
    );
    expect(stderr).toContain('  sessions: ');
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
