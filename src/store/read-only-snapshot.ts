import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

// A database this user can read but not write (a read-only file, or a folder it cannot write,
// where SQLite's WAL mode cannot even read) is copied, with its write-ahead log, to a folder of
// our own and read from there. Reading commands then work; nothing is ever written back.

export interface ReadOnlySnapshot {
  path: string;
  remove(): void;
}

export function readOnlySnapshot(path: string): ReadOnlySnapshot {
  const dir = mkdtempSync(join(tmpdir(), 'upr-bot-read-only-'));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  // Removed on close; and, should the process end first, as it ends.
  process.once('exit', remove);
  const copy = join(dir, basename(path));
  try {
    copyFileSync(path, copy);
    // Changes not yet checkpointed into the file live in its -wal: take them too.
    if (existsSync(`${path}-wal`)) copyFileSync(`${path}-wal`, `${copy}-wal`);
  } catch (error) {
    remove();
    throw error;
  }
  return {
    path: copy,
    remove() {
      process.off('exit', remove);
      remove();
    },
  };
}
