import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { applyMigrations, migrationFiles } from '../../src/store/migrator.ts';
import { tempDatabase } from '../support/temp-database.ts';

/** Models and their scalar columns, read from the Prisma schema (relation fields have no column). */
function prismaModels(): Map<string, string[]> {
  const schema = readFileSync(new URL('../../prisma/schema.prisma', import.meta.url), 'utf8');
  const models = new Map<string, string[]>();
  const blocks = [...schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)];
  const modelNames = new Set(blocks.map((b) => b[1]!));
  for (const [, name, body] of blocks) {
    const columns = body!
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('@@') && !line.startsWith('//'))
      .map((line) => line.split(/\s+/))
      .filter(([, type]) => type && !modelNames.has(type.replace(/[[\]?]/g, '')))
      .map(([field]) => field!);
    models.set(name!, columns);
  }
  return models;
}

describe('migrations', () => {
  let cleanup = () => {};
  afterEach(() => cleanup());

  it('create every table and column that the Prisma schema declares, on a fresh file', () => {
    const db = tempDatabase();
    cleanup = db.cleanup;
    const result = applyMigrations(db.path);
    expect(result.applied.length).toBeGreaterThan(0);
    const sqlite = new Database(db.path, { readonly: true });
    const models = prismaModels();
    expect(models.size).toBeGreaterThanOrEqual(7);
    for (const [model, columns] of models) {
      const actual = (sqlite.prepare(`PRAGMA table_info("${model}")`).all() as { name: string }[]).map(
        (c) => c.name,
      );
      expect(actual, `table ${model}`).not.toHaveLength(0);
      expect(actual.sort(), `columns of ${model}`).toEqual([...columns].sort());
    }
    sqlite.close();
  });

  it('records each migration as Prisma does, and applies nothing twice', () => {
    const db = tempDatabase();
    cleanup = db.cleanup;
    applyMigrations(db.path);
    const again = applyMigrations(db.path);
    expect(again.applied).toEqual([]);
    const sqlite = new Database(db.path, { readonly: true });
    const rows = sqlite
      .prepare('SELECT migration_name, checksum, finished_at, applied_steps_count FROM _prisma_migrations')
      .all() as {
      migration_name: string;
      checksum: string;
      finished_at: string;
      applied_steps_count: number;
    }[];
    sqlite.close();
    const files = migrationFiles();
    expect(rows.map((r) => r.migration_name)).toEqual(files.map((f) => f.name));
    for (const [i, row] of rows.entries()) {
      expect(row.checksum).toBe(createHash('sha256').update(files[i]!.sql).digest('hex'));
      expect(row.finished_at).toBeTruthy();
      expect(row.applied_steps_count).toBe(1);
    }
  });
});
