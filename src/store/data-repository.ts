import { createHash } from 'node:crypto';
import type { DataSet } from '../core/data-schema.ts';
import type { DataStatus } from '../core/ports.ts';
import { type Dialect, lockForTransaction } from './dialect.ts';
import type { PrismaClient } from './prisma-client.ts';

// The data set is stored as one row per item, so that an import can say exactly what it added,
// changed and removed, and so that change notices can name the items that moved.

type ListKey = Exclude<keyof DataSet, '$schema' | 'revision'>;

const KINDS: { kind: string; list: ListKey; idOf: (item: never) => string }[] = [
  { kind: 'source', list: 'sources', idOf: (i: { id: string }) => i.id },
  { kind: 'session', list: 'sessions', idOf: (i: { id: string }) => i.id },
  { kind: 'state', list: 'states', idOf: (i: { code: string }) => i.code },
  { kind: 'person', list: 'people', idOf: (i: { id: string }) => i.id },
  { kind: 'review', list: 'reviews', idOf: (i: { id: string }) => i.id },
  { kind: 'previous-review', list: 'previousReviews', idOf: (i: { id: string }) => i.id },
  { kind: 'event', list: 'events', idOf: (i: { id: string }) => i.id },
  { kind: 'document', list: 'documents', idOf: (i: { id: string }) => i.id },
  { kind: 'fact', list: 'facts', idOf: (i: { id: string }) => i.id },
  { kind: 'update', list: 'updates', idOf: (i: { id: string }) => i.id },
];

export interface ItemRef {
  kind: string;
  id: string;
}

export interface ImportSummary {
  revision: string;
  unchanged: boolean;
  added: ItemRef[];
  changed: ItemRef[];
  removed: ItemRef[];
}

interface ItemRow {
  kind: string;
  id: string;
  stateCode: string | null;
  startsAt: Date | null;
  payload: string;
  hash: string;
  position: number;
}

function rowsOf(data: DataSet): ItemRow[] {
  return KINDS.flatMap(({ kind, list, idOf }) =>
    (data[list] as unknown[]).map((item, position) => {
      const payload = JSON.stringify(item);
      const record = item as { state?: string; code?: string; when?: { start?: string } };
      const start = record.when?.start;
      return {
        kind,
        id: (idOf as (i: unknown) => string)(item),
        stateCode: record.state ?? (kind === 'state' ? (record.code ?? null) : null),
        startsAt: start ? new Date(start) : null,
        payload,
        hash: createHash('sha256').update(payload).digest('hex'),
        position,
      };
    }),
  );
}

export function checksumOf(data: DataSet): string {
  const { $schema: _ignored, ...content } = data;
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

/** An import waits for another replica's and writes row by row: seconds, not the default 5. */
const IMPORT_TRANSACTION = { timeout: 120_000, maxWait: 60_000 };

export class DataRepository {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly dialect: Dialect = 'sqlite',
  ) {}

  /**
   * Replaces the stored data set with `data` in one transaction and reports the difference.
   * Replicas importing at once take turns (an advisory lock on PostgreSQL), so that each compares
   * against what the one before it wrote. The others reload when they see the new DataImport row
   * (Storage.planInputsVersion, polled every tick).
   */
  async apply(data: DataSet, origin: string, at: Date): Promise<ImportSummary> {
    return (await this.applyUnless(data, origin, at, () => false))!;
  }

  /**
   * As apply, unless `skip` says the last import (read once this import's turn has come) makes
   * it unneeded: replicas starting at once with a new built-in data set import it once.
   */
  async applyUnless(
    data: DataSet,
    origin: string,
    at: Date,
    skip: (last: { origin: string; checksum: string } | undefined) => boolean,
  ): Promise<ImportSummary | undefined> {
    const rows = rowsOf(data);
    return this.prisma.$transaction(async (tx) => {
      await lockForTransaction(tx, this.dialect, 'upr-bot:import');
      const last = await tx.dataImport.findFirst({ orderBy: { id: 'desc' } });
      if (skip(last ?? undefined)) return undefined;
      const existing = await tx.dataItem.findMany({
        select: { kind: true, id: true, hash: true, position: true },
      });
      const before = new Map(existing.map((e) => [`${e.kind}\u0000${e.id}`, e]));
      const summary: ImportSummary = {
        revision: data.revision,
        unchanged: false,
        added: [],
        changed: [],
        removed: [],
      };
      for (const row of rows) {
        const key = `${row.kind}\u0000${row.id}`;
        const previous = before.get(key);
        before.delete(key);
        const where = { kind_id: { kind: row.kind, id: row.id } };
        if (previous === undefined) {
          await tx.dataItem.create({ data: row });
          summary.added.push({ kind: row.kind, id: row.id });
        } else if (previous.hash !== row.hash) {
          await tx.dataItem.update({ where, data: row });
          summary.changed.push({ kind: row.kind, id: row.id });
        } else if (previous.position !== row.position) {
          // Moving in the file is not a change of content: keep the order, report nothing.
          await tx.dataItem.update({ where, data: { position: row.position } });
        }
      }
      for (const key of before.keys()) {
        const [kind, id] = key.split('\u0000') as [string, string];
        await tx.dataItem.delete({ where: { kind_id: { kind, id } } });
        summary.removed.push({ kind, id });
      }
      summary.unchanged = !summary.added.length && !summary.changed.length && !summary.removed.length;
      await tx.dataImport.create({
        data: {
          origin,
          checksum: checksumOf(data),
          revision: data.revision,
          importedAt: at,
          added: summary.added.length,
          changed: summary.changed.length,
          removed: summary.removed.length,
        },
      });
      return summary;
    }, IMPORT_TRANSACTION);
  }

  /** The stored data set, or undefined before the first import. */
  async load(): Promise<DataSet | undefined> {
    const last = await this.lastImport();
    if (!last) return undefined;
    const items = await this.prisma.dataItem.findMany({ orderBy: [{ kind: 'asc' }, { position: 'asc' }] });
    const data: Record<string, unknown> = { revision: last.revision };
    for (const { kind, list } of KINDS) {
      data[list] = items.filter((i) => i.kind === kind).map((i) => JSON.parse(i.payload) as unknown);
    }
    return data as unknown as DataSet;
  }

  async lastImport(): Promise<
    { origin: string; checksum: string; revision: string; importedAt: Date } | undefined
  > {
    const last = await this.prisma.dataImport.findFirst({ orderBy: { id: 'desc' } });
    return last ?? undefined;
  }

  async status(): Promise<DataStatus | undefined> {
    const last = await this.lastImport();
    return (
      last && { revision: last.revision, origin: last.origin, importedAt: last.importedAt.toISOString() }
    );
  }
}
