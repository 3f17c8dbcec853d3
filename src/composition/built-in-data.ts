import { readFileSync } from 'node:fs';
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

export function readDataFile(path: string): DataSet {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
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
  const last = await repository.lastImport();
  const builtIn = readDataFile(path);
  if (last && (last.origin !== BUILT_IN_ORIGIN || last.checksum === checksumOf(builtIn))) return undefined;
  return repository.apply(builtIn, BUILT_IN_ORIGIN, at);
}
