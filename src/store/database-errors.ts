import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

// Database trouble as a person can act on it: which file, what is wrong with it, and what to do.
// The command line prints the message alone (exit 1); no stack, and never the URL's other parts.

export type DatabaseProblem =
  | 'unsupported-url'
  | 'connection-refused'
  | 'authentication-failed'
  | 'database-missing'
  | 'folder-missing'
  | 'folder-not-writable'
  | 'read-only'
  | 'not-a-database'
  | 'is-a-folder'
  | 'other';

export class DatabaseError extends Error {
  constructor(
    readonly problem: DatabaseProblem,
    message: string,
    /** The SQLite file, when the URL named one. */
    readonly path?: string,
  ) {
    super(message);
    this.name = 'DatabaseError';
  }
}

const writable = (path: string): boolean => {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
};

/** A DATABASE_URL of neither engine. Only its scheme is repeated: the rest may hold a password. */
export function unsupportedUrl(url: string): DatabaseError {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1];
  return new DatabaseError(
    'unsupported-url',
    `DATABASE_URL ${scheme ? `is a "${scheme}:" URL` : 'is not a URL'}; use a file: URL for SQLite (such as file:./data/upr-bot.db, the default when DATABASE_URL is empty) or a postgresql:// URL for PostgreSQL`,
  );
}

/** The folder of the database could not be made. */
export function folderNotCreated(path: string, error: NodeJS.ErrnoException): DatabaseError {
  const folder = dirname(path);
  const why =
    error.code === 'EACCES' || error.code === 'EPERM' ? 'permission denied' : (error.code ?? error.message);
  return new DatabaseError(
    'folder-missing',
    `the folder ${folder} for the database does not exist and cannot be created (${why}): create it and let this user write to it, or point DATABASE_URL at another folder`,
    path,
  );
}

/** Reads an error of SQLite (better-sqlite3, or Prisma over it) about `path` as one of the problems above. */
export function databaseProblem(error: unknown, path: string): DatabaseError {
  if (error instanceof DatabaseError) return error;
  const code = String((error as { code?: string })?.code ?? '');
  const message = (error as Error)?.message ?? String(error);
  const folder = dirname(path);
  if (existsSync(path) && statSync(path).isDirectory())
    return new DatabaseError(
      'is-a-folder',
      `DATABASE_URL names ${path}, which is a folder: name a file in it, such as file:${path}/upr-bot.db`,
      path,
    );
  if (
    code === 'SQLITE_NOTADB' ||
    code.startsWith('SQLITE_CORRUPT') ||
    /not a database|malformed/i.test(message)
  )
    return new DatabaseError(
      'not-a-database',
      `${path} is not a SQLite database, or is damaged (${message}): restore it from a backup, or move it aside to start afresh (subscriptions and the record of sent reminders are then lost)`,
      path,
    );
  if (!existsSync(path) && !writable(folder))
    return new DatabaseError(
      'folder-not-writable',
      `cannot create the database ${path}: the folder ${folder} is not writable by this user (for a Docker volume, give it to the user the bot runs as), or point DATABASE_URL at another folder`,
      path,
    );
  if (
    code.startsWith('SQLITE_READONLY') ||
    code.startsWith('SQLITE_CANTOPEN') ||
    /readonly|read-only/i.test(message)
  )
    return new DatabaseError(
      'read-only',
      `the database ${path} is read-only for this user (${writable(path) ? `its folder ${folder} cannot be written` : 'the file cannot be written'}): make the file and its folder writable, or run only reading commands (chat, reminders, ics)`,
      path,
    );
  return new DatabaseError(
    'other',
    `the database ${path} could not be used (${code || 'error'}: ${message})`,
    path,
  );
}

/** A write refused by a database opened for reading only (a command that changes something). */
export function isReadOnlyWrite(error: unknown): boolean {
  const code = String((error as { code?: string })?.code ?? '');
  return (
    code.startsWith('SQLITE_READONLY') || /readonly database|read-only/i.test((error as Error)?.message ?? '')
  );
}
