import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';

// Applies prisma/migrations/*/migration.sql in order and records each one the way Prisma's own
// `migrate deploy` does, so that the CLI agrees wherever its engine is available.

export const MIGRATIONS_DIR = new URL('../../prisma/migrations/', import.meta.url).pathname;

const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" TEXT PRIMARY KEY NOT NULL,
  "checksum" TEXT NOT NULL,
  "finished_at" DATETIME,
  "migration_name" TEXT NOT NULL,
  "logs" TEXT,
  "rolled_back_at" DATETIME,
  "started_at" DATETIME NOT NULL DEFAULT current_timestamp,
  "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export function migrationFiles(dir = MIGRATIONS_DIR): MigrationFile[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'migration.sql')))
    .map((e) => e.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

export interface MigrationResult {
  applied: string[];
  alreadyApplied: string[];
}

/** Brings the database file up to date. Each migration runs in its own transaction. */
export function applyMigrations(path: string, dir = MIGRATIONS_DIR): MigrationResult {
  const db = new Database(path);
  try {
    db.pragma('journal_mode = WAL');
    db.exec(MIGRATIONS_TABLE);
    const done = new Map(
      (
        db
          .prepare(
            'SELECT migration_name, checksum FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
          )
          .all() as { migration_name: string; checksum: string }[]
      ).map((row) => [row.migration_name, row.checksum]),
    );
    const result: MigrationResult = { applied: [], alreadyApplied: [] };
    for (const migration of migrationFiles(dir)) {
      const recorded = done.get(migration.name);
      if (recorded !== undefined) {
        if (recorded !== migration.checksum) {
          throw new Error(
            `migration ${migration.name} was changed after it was applied; add a new migration instead`,
          );
        }
        result.alreadyApplied.push(migration.name);
        continue;
      }
      db.transaction(() => {
        const id = randomUUID();
        db.prepare(
          'INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, applied_steps_count) VALUES (?, ?, ?, ?, 0)',
        ).run(id, migration.checksum, migration.name, new Date().toISOString());
        db.exec(migration.sql);
        db.prepare('UPDATE _prisma_migrations SET finished_at = ?, applied_steps_count = 1 WHERE id = ?').run(
          new Date().toISOString(),
          id,
        );
      })();
      result.applied.push(migration.name);
    }
    return result;
  } finally {
    db.close();
  }
}
