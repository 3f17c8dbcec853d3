import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { folderNotCreated, notSqliteUrl } from './database-errors.ts';

export const DEFAULT_DATABASE_URL = 'file:./data/upr-bot.db';

/** The SQLite file a `file:` URL names, resolved against the working directory, its folder created. */
export function sqlitePathFromUrl(url: string): string {
  if (!url.startsWith('file:')) throw notSqliteUrl(url);
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
