import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/composition/config.ts';
import { DatabaseError } from '../../src/store/database-errors.ts';
import { DEFAULT_DATABASE_URL } from '../../src/store/database-location.ts';
import { openStorage } from '../../src/store/storage.ts';
import { tempDatabase } from '../support/temp-database.ts';

// What openStorage says when the database is not one it can use: the file, what is wrong and
// what to do, as a DatabaseError the command line prints alone (test/cli/database-errors.test.ts
// covers the files a user cannot write).

describe('opening a database that cannot be used', () => {
  const db = tempDatabase();
  afterEach(() => db.cleanup());

  const refusal = (url: string) =>
    openStorage(url).then(
      () => {
        throw new Error('expected a refusal');
      },
      (error: unknown) => {
        expect(error).toBeInstanceOf(DatabaseError);
        return error as DatabaseError;
      },
    );

  it('a damaged file: says it is not a SQLite database, and how to start afresh', async () => {
    mkdirSync(db.dir, { recursive: true });
    writeFileSync(db.path, 'this was never a database '.repeat(200));
    const error = await refusal(db.url);
    expect(error.problem).toBe('not-a-database');
    expect(error.message).toBe(
      `${db.path} is not a SQLite database, or is damaged (file is not a database): restore it from a backup, or move it aside to start afresh (subscriptions and the record of sent reminders are then lost)`,
    );
  });

  it('a folder where the file should be: asks for a file in it', async () => {
    const folder = join(db.dir, 'volume');
    mkdirSync(folder, { recursive: true });
    const error = await refusal(`file:${folder}`);
    expect(error.message).toBe(
      `DATABASE_URL names ${folder}, which is a folder: name a file in it, such as file:${folder}/upr-bot.db`,
    );
  });

  it('a URL of another database: names its scheme only, never the rest (it may hold a password)', async () => {
    const error = await refusal('mysql://upr:s3cret-pw@db.example:3306/upr');
    expect(error.problem).toBe('unsupported-url');
    expect(error.message).toBe(
      'DATABASE_URL is a "mysql:" URL; use a file: URL for SQLite (such as file:./data/upr-bot.db, the default when DATABASE_URL is empty) or a postgresql:// URL for PostgreSQL',
    );
    expect(error.message).not.toContain('s3cret');
  });

  it('an empty DATABASE_URL (a .env copied and not filled in) means the default file', () => {
    expect(loadConfig({ DATABASE_URL: '' }).DATABASE_URL).toBe(DEFAULT_DATABASE_URL);
    expect(loadConfig({ DATABASE_URL: '  ' }).DATABASE_URL).toBe(DEFAULT_DATABASE_URL);
    expect(loadConfig({}).DATABASE_URL).toBe(DEFAULT_DATABASE_URL);
  });
});
