import { closeSync, openSync, readSync } from 'node:fs';
import type { DataSet } from '../core/data-schema.ts';
import { parseDataSetText } from '../core/data-validation.ts';
import { checksumOf, type DataRepository, type ImportSummary } from '../store/data-repository.ts';

export const BUILT_IN_DATA_PATH = new URL('../../data/upr45.json', import.meta.url).pathname;
export const BUILT_IN_ORIGIN = 'built-in data (data/upr45.json)';

export class DataFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: { path: string; message: string }[],
  ) {
    super(`${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  }
}

/** The largest data file read unless UPR_IMPORT_MAX_MB says otherwise; the real one is under 0.2 MB. */
export const DEFAULT_MAX_DATA_FILE_MB = 10;

const MB = 1024 * 1024;

/** Reads at most `maxBytes` (a pipe has no size to check first), refusing a larger file whole. */
function readAtMost(path: string, maxMb: number): string {
  const maxBytes = Math.floor(maxMb * MB);
  const fd = openSync(path, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(1024 * 1024, maxBytes + 1 - total));
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      total += read;
      if (total > maxBytes) {
        throw new DataFileError(path, [
          {
            path: '(file)',
            message: `larger than the ${maxMb} MB limit for a data file (set UPR_IMPORT_MAX_MB to allow more)`,
          },
        ]);
      }
    }
    return Buffer.concat(chunks).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

export function readDataFile(path: string, maxMb = DEFAULT_MAX_DATA_FILE_MB): DataSet {
  let text: string;
  try {
    text = readAtMost(path, maxMb);
  } catch (error) {
    if (error instanceof DataFileError) throw error;
    throw new DataFileError(path, [{ path: '(file)', message: (error as Error).message }]);
  }
  const parsed = parseDataSetText(text);
  if (!parsed.ok) throw new DataFileError(path, parsed.problems);
  return parsed.data;
}

/**
 * Imports the built-in set on first start and again whenever the shipped file changes, but
 * leaves alone a data set that an operator imported from a file of their own.
 */
export async function ensureBuiltInData(
  repository: DataRepository,
  at: Date,
  path = BUILT_IN_DATA_PATH,
): Promise<ImportSummary | undefined> {
  const builtIn = readDataFile(path);
  const checksum = checksumOf(builtIn);
  const current = (last: { origin: string; checksum: string } | undefined) =>
    last !== undefined && (last.origin !== BUILT_IN_ORIGIN || last.checksum === checksum);
  if (current(await repository.lastImport())) return undefined;
  // Looked at again in the import's turn: another replica may have imported it meanwhile.
  return repository.applyUnless(builtIn, BUILT_IN_ORIGIN, at, current);
}
