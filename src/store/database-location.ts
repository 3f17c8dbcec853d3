import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { folderNotCreated, unsupportedUrl } from './database-errors.ts';

export const DEFAULT_DATABASE_URL = 'file:./data/upr-bot.db';

/** Which engine a DATABASE_URL names: a SQLite file (embedded, one process) or PostgreSQL (replicas). */
export type DatabaseTarget =
  | { dialect: 'sqlite'; path: string }
  | {
      dialect: 'postgres';
      url: string;
      /** host:port/database, for messages: never the user or the password. */
      where: string;
    };

export function databaseTarget(url: string): DatabaseTarget {
  if (/^postgres(ql)?:\/\//i.test(url)) return { dialect: 'postgres', url, where: postgresWhere(url) };
  return { dialect: 'sqlite', path: sqlitePathFromUrl(url) };
}

/** host:port/database of a postgresql:// URL (the parts a message may show). */
export function postgresWhere(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname || 'localhost'}:${u.port || '5432'}${u.pathname && u.pathname !== '/' ? u.pathname : '/'}`;
  } catch {
    return 'the PostgreSQL server named by DATABASE_URL';
  }
}

/** The SQLite file a `file:` URL names, resolved against the working directory, its folder created. */
export function sqlitePathFromUrl(url: string): string {
  if (!url.startsWith('file:')) throw unsupportedUrl(url);
  const path = url.slice('file:'.length).split('?')[0]!;
  if (path === ':memory:') return path;
  const absolute = resolve(path);
  try {
    mkdirSync(dirname(absolute), { recursive: true });
  } catch (error) {
    throw folderNotCreated(absolute, error as NodeJS.ErrnoException);
  }
  return absolute;
}
