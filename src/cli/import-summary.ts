import type { ImportSummary, ItemRef } from '../store/data-repository.ts';

// What `upr-bot import` prints: the counts, and the ids of at most a screenful of items, so that
// a file of a hundred thousand items does not print megabytes of ids.

/** Ids shown for each of added, changed and removed; the rest are counted. */
export const MAX_LISTED = 10;

function listed(refs: readonly ItemRef[]): string {
  if (!refs.length) return 'none';
  const shown = refs
    .slice(0, MAX_LISTED)
    .map((r) => `${r.kind} ${r.id}`)
    .join(', ');
  const more = refs.length - MAX_LISTED;
  return more > 0 ? `${shown} and ${more.toLocaleString('en-GB')} more` : shown;
}

export function importSummaryLines(file: string, summary: ImportSummary): string[] {
  return [
    `Imported ${file} (revision ${summary.revision}).`,
    `  added (${summary.added.length}): ${listed(summary.added)}`,
    `  changed (${summary.changed.length}): ${listed(summary.changed)}`,
    `  removed (${summary.removed.length}): ${listed(summary.removed)}`,
  ];
}
