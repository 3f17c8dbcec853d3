import { DataFileError, readDataFile } from '../composition/built-in-data.ts';
import type { DataProblem } from '../core/data-validation.ts';
import type { DataRepository, ImportSummary } from '../store/data-repository.ts';

// `upr-bot import <file>`: read (within the size limit), validate, and only then open the
// database and apply the file in one transaction. A refused file never reaches the database.

export type ImportOutcome = { ok: true; summary: ImportSummary } | { ok: false; problems: DataProblem[] };

export async function importFile(
  file: string,
  maxMb: number,
  openDatabase: () => Promise<{ data: DataRepository; close(): Promise<void> }>,
): Promise<ImportOutcome> {
  let data: ReturnType<typeof readDataFile>;
  try {
    data = readDataFile(file, maxMb);
  } catch (error) {
    if (error instanceof DataFileError) return { ok: false, problems: error.problems };
    throw error;
  }
  const database = await openDatabase();
  try {
    return { ok: true, summary: await database.data.apply(data, file, new Date()) };
  } finally {
    await database.close();
  }
}
