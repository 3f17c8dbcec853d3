import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { migrationFiles } from '../../src/store/migrator.ts';
import { POSTGRES_MIGRATIONS_DIR } from '../../src/store/postgres-migrator.ts';

// One data model in two providers: the PostgreSQL schema is the SQLite one with another header.

const modelsOf = (path: string) => {
  const text = readFileSync(new URL(`../../prisma/${path}`, import.meta.url), 'utf8');
  return text.slice(text.indexOf('/// One entry of the imported'));
};

/** Tables and their columns' names after a migration folder's SQL, statement by statement. */
function tablesOf(sql: string): Map<string, string[]> {
  const tables = new Map<string, string[]>();
  for (const statement of sql.replace(/--.*$/gm, '').split(';')) {
    const create = /CREATE TABLE (?:IF NOT EXISTS )?"(\w+)" \(([\s\S]*)\)/.exec(statement);
    if (create) tables.set(create[1]!, [...create[2]!.matchAll(/^\s+"(\w+)" /gm)].map((m) => m[1]!).sort());
    const add = /ALTER TABLE "(\w+)" ADD COLUMN "(\w+)"/.exec(statement);
    if (add) tables.set(add[1]!, [...(tables.get(add[1]!) ?? []), add[2]!].sort());
    const rename = /ALTER TABLE "(\w+)" RENAME TO "(\w+)"/.exec(statement);
    if (rename) {
      tables.set(rename[2]!, tables.get(rename[1]!)!);
      tables.delete(rename[1]!);
    }
    const drop = /DROP TABLE "(\w+)"/.exec(statement);
    if (drop) tables.delete(drop[1]!);
  }
  return tables;
}

describe('the PostgreSQL schema', () => {
  it('has the same models as the SQLite one', () => {
    expect(modelsOf('postgres/schema.prisma')).toBe(modelsOf('schema.prisma'));
  });

  it("its migrations make the same tables and columns as SQLite's", () => {
    const sqlite = tablesOf(
      migrationFiles()
        .map((m) => m.sql)
        .join('\n'),
    );
    const postgres = tablesOf(
      migrationFiles(POSTGRES_MIGRATIONS_DIR)
        .map((m) => m.sql)
        .join('\n'),
    );
    expect(postgres.size).toBeGreaterThan(10);
    expect(Object.fromEntries(postgres)).toEqual(Object.fromEntries(sqlite));
  });
});
