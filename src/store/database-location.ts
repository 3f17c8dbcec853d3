import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export const DEFAULT_DATABASE_URL = 'file:./data/upr-bot.db';

/** The SQLite file a `file:` URL names, resolved against the working directory, its folder created. */
export function sqlitePathFromUrl(url: string): string {
  if (!url.startsWith('file:')) {
    throw new Error(`DATABASE_URL must be a SQLite "file:" URL for now (got a "${url.split(':')[0]}:" URL)`);
  }
  const path = url.slice('file:'.length).split('?')[0]!;
  if (path === ':memory:') return path;
  const absolute = resolve(path);
  mkdirSync(dirname(absolute), { recursive: true });
  return absolute;
}
