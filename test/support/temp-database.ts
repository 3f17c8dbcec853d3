import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh SQLite file in its own folder, removed by `cleanup`. */
export function tempDatabase(): { dir: string; path: string; url: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'upr-bot-test-'));
  const path = join(dir, 'test.db');
  return { dir, path, url: `file:${path}`, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
