import { afterEach, expect, it } from 'vitest';
import { ensureBuiltInData } from '../../src/composition/built-in-data.ts';
import type { DataSet } from '../../src/core/data-schema.ts';
import { parseDataSet } from '../../src/core/data-validation.ts';
import { prismaOf } from '../../src/store/inspection.ts';
import { openStorage, type Storage } from '../../src/store/storage.ts';
import { builtInData, builtInJson } from '../support/built-in.ts';
import { forEachDatabase } from '../support/test-databases.ts';

/** `$schema` only helps editors; it is not data, and is not stored. */
function withoutSchemaLink(data: DataSet): DataSet {
  const { $schema: _link, ...rest } = data;
  return rest;
}

forEachDatabase('data repository', 'data-repository', (db) => {
  let storage: Storage | undefined;
  let cleanup = async () => {};
  afterEach(async () => {
    await storage?.close();
    storage = undefined;
    await cleanup();
  });

  let url = '';
  const extra: Storage[] = [];
  afterEach(async () => {
    for (const s of extra.splice(0)) await s.close();
  });

  async function open() {
    const fresh = await db.fresh();
    cleanup = fresh.cleanup;
    url = fresh.url;
    storage = await openStorage(fresh.url);
    return storage;
  }

  /** Another Storage on the same database (another replica). */
  async function reopen() {
    const other = await openStorage(url);
    extra.push(other);
    return other;
  }

  it('stores the built-in set and loads back exactly the same data', async () => {
    const { data } = await open();
    const summary = await ensureBuiltInData(data, new Date('2024-01-01T00:00:00Z'));
    expect(summary?.added.length).toBeGreaterThan(100);
    expect(await data.load()).toEqual(withoutSchemaLink(builtInData()));
  });

  it('imports the built-in set once, and again only when the shipped file changes', async () => {
    const { data } = await open();
    expect(await ensureBuiltInData(data, new Date())).toBeDefined();
    expect(await ensureBuiltInData(data, new Date())).toBeUndefined();
  });

  it('reports what an import added, changed and removed', async () => {
    const { data } = await open();
    const original = builtInData();
    await data.apply(original, 'test', new Date());
    const next = structuredClone(original);
    next.revision = 'next';
    const china = next.reviews.find((r) => r.state === 'CHN')!;
    china.when.start = '2024-01-23T09:00:00Z';
    next.events = next.events.slice(1);
    next.facts.push({
      id: 'new-fact',
      topic: 'test',
      text: 'A new fact.',
      keywords: [],
      status: 'confirmed',
      sources: [],
    });
    const summary = await data.apply(next, 'test', new Date());
    expect(summary.changed).toEqual([{ kind: 'review', id: china.id }]);
    expect(summary.removed).toEqual([{ kind: 'event', id: original.events[0]!.id }]);
    expect(summary.added).toEqual([{ kind: 'fact', id: 'new-fact' }]);
    expect((await data.load())?.revision).toBe('next');
    const same = await data.apply(next, 'test', new Date());
    expect(same.unchanged).toBe(true);
  });

  it('changes nothing when an import fails half-way', async () => {
    const storage = await open();
    const { data } = storage;
    const original = builtInData();
    await data.apply(original, 'test', new Date());
    const broken = structuredClone(original);
    broken.revision = 'broken';
    broken.reviews[0]!.when.start = '2024-01-22T09:00:00Z';
    // Two items with one key: the second insert violates the primary key inside the transaction.
    broken.facts.push(broken.facts[0]!, broken.facts[0]!);
    await expect(data.apply(broken, 'test', new Date())).rejects.toThrow();
    expect(await data.load()).toEqual(withoutSchemaLink(original));
    expect(await prismaOf(storage).dataImport.count()).toBe(1);
  });

  it('replicas starting at once with a new built-in set import it once', async () => {
    const first = await open();
    // Two connections writing at once are PostgreSQL's case; a SQLite file has one bot process.
    const others = db.label === 'PostgreSQL' ? await Promise.all([1, 2].map(() => reopen())) : [];
    const summaries = await Promise.all(
      [first, ...others].map((s) => ensureBuiltInData(s.data, new Date('2024-01-01T00:00:00Z'))),
    );
    expect(summaries.filter(Boolean)).toHaveLength(1);
    expect(await prismaOf(first).dataImport.count()).toBe(1);
  });

  it('reports no change for an unchanged time written with another offset', async () => {
    const { data } = await open();
    await data.apply(builtInData(), 'test', new Date());
    const json = builtInJson() as { reviews: { state: string; when: Record<string, string> }[] };
    const china = json.reviews.find((r) => r.state === 'CHN')!;
    // 09:00-12:30 in Geneva (CET), as the built-in file has it in UTC.
    china.when.start = '2024-01-23T09:00:00+01:00';
    china.when.end = '2024-01-23T12:30:00+01:00';
    const parsed = parseDataSet(json);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const summary = await data.apply(parsed.data, 'test', new Date());
    expect(summary.changed).toEqual([]);
    expect(summary.unchanged).toBe(true);
  });
});
