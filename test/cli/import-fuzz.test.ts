import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../src/cli/import-command.ts';
import type { DataSet } from '../../src/core/data-schema.ts';
import { openStorage, type Storage } from '../../src/store/storage.ts';
import { builtInData, builtInJson } from '../support/built-in.ts';
import { tempDatabase } from '../support/temp-database.ts';

// Random mutations of the built-in file, through the real import (read, size limit, validation,
// one transaction) on a real SQLite file. Each is refused with a path and changes nothing, or is
// accepted and reported as exactly the items it really changed. Nothing throws.

type Key = string | number;
// biome-ignore lint/suspicious/noExplicitAny: the fuzzer breaks arbitrary parts of the JSON on purpose
type Json = any;

/** The path of every node of the tree, inner nodes included. */
function pathsOf(node: Json, path: Key[] = []): Key[][] {
  const here = path.length ? [path] : [];
  if (Array.isArray(node)) return [...here, ...node.flatMap((v, i) => pathsOf(v, [...path, i]))];
  if (node && typeof node === 'object')
    return [...here, ...Object.entries(node).flatMap(([k, v]) => pathsOf(v, [...path, k]))];
  return here;
}

type Mutation = { path: Key[]; action: 'set' | 'delete' | 'duplicate'; value: Json };

function mutate(root: Json, { path, action, value }: Mutation): void {
  let parent = root;
  for (const key of path.slice(0, -1)) {
    parent = parent?.[key];
    if (parent === null || typeof parent !== 'object') return;
  }
  const last = path.at(-1)!;
  if (action === 'set') parent[last] = value;
  else if (Array.isArray(parent) && typeof last === 'number') {
    if (action === 'delete') parent.splice(last, 1);
    else parent.splice(last, 0, structuredClone(parent[last]));
  } else if (action === 'delete') delete parent[last];
}

/** Hostile or tricky values beside random JSON: links, offsets, codes, mentions, extremes. */
const tricky = fc.constantFrom(
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'https://example.org/ok',
  '2024-01-23T09:00:00+01:00',
  '2024-01-23T08:00:00Z',
  '2024-02-30T08:00:00Z',
  '0000-01-01T00:00:00Z',
  '9999-12-31T23:59:59.999-12:00',
  '2024-01-23',
  'CHN',
  'XXX',
  'confirmed',
  '<!channel> @everyone',
  '',
  'x'.repeat(5000),
  -1,
  0,
  1e308,
  null,
  true,
);
const value = fc.oneof(
  { arbitrary: tricky, weight: 2 },
  { arbitrary: fc.string(), weight: 1 },
  { arbitrary: fc.jsonValue({ maxDepth: 2 }), weight: 1 },
);

/** `at` written in another zone: the same instant, e.g. 08:00Z as 09:00+01:00. */
function withOffset(at: string, hours: number): string {
  const local = new Date(Date.parse(at) + hours * 3_600_000).toISOString().slice(0, 19);
  const sign = hours < 0 ? '-' : '+';
  return `${local}${sign}${String(Math.abs(hours)).padStart(2, '0')}:00`;
}

/** Values aimed at a field: links for links, the same instant re-written for instants. */
function valueFor(path: Key[], original: Json): fc.Arbitrary<Json> {
  const field = String(path.at(-1));
  if (field === 'url' || field === 'webcast')
    return fc.oneof(
      fc.constantFrom('javascript:alert(1)', 'data:text/html,x', 'ftp://example.org/a', 'vbscript:x'),
      fc.webUrl(),
    );
  if (typeof original === 'string' && INSTANT.test(original))
    return fc.oneof(
      fc.integer({ min: -12, max: 14 }).map((h) => withOffset(original, h)),
      tricky,
    );
  return value;
}

/** Where past bugs lived (links, instants) and what references hang on: hit these often. */
const SENSITIVE = new Set([
  'url',
  'webcast',
  'start',
  'end',
  'published',
  'date',
  'state',
  'code',
  'id',
  'status',
]);

type Lists = Exclude<keyof DataSet, '$schema' | 'revision'>;
const LISTS: Lists[] = [
  'sources',
  'sessions',
  'states',
  'people',
  'reviews',
  'previousReviews',
  'events',
  'documents',
  'facts',
  'updates',
];
const KIND: Record<Lists, string> = {
  sources: 'source',
  sessions: 'session',
  states: 'state',
  people: 'person',
  reviews: 'review',
  previousReviews: 'previous-review',
  events: 'event',
  documents: 'document',
  facts: 'fact',
  updates: 'update',
};

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** An item's meaning: the same instant written with another offset is the same item. */
const meaning = (item: Json) =>
  JSON.stringify(item, (_key, v) => (typeof v === 'string' && INSTANT.test(v) ? Date.parse(v) : v));

/** What really differs between two stored data sets, item by item, as the summary should say. */
function differences(before: DataSet, after: DataSet) {
  const items = (data: DataSet) =>
    new Map(
      LISTS.flatMap((list) =>
        (data[list] as Json[]).map((item) => [`${KIND[list]} ${item.id ?? item.code}`, meaning(item)]),
      ),
    );
  const was = items(before);
  const now = items(after);
  return {
    added: [...now.keys()].filter((k) => !was.has(k)).sort(),
    changed: [...now.keys()].filter((k) => was.has(k) && was.get(k) !== now.get(k)).sort(),
    removed: [...was.keys()].filter((k) => !now.has(k)).sort(),
  };
}

/** What an accepted file may never bring in: links other than web ones, instants not in UTC. */
function unsafeValues(node: Json, path = ''): string[] {
  if (Array.isArray(node)) return node.flatMap((v, i) => unsafeValues(v, `${path}[${i}]`));
  if (node && typeof node === 'object')
    return Object.entries(node).flatMap(([k, v]) => unsafeValues(v, path ? `${path}.${k}` : k));
  if (typeof node !== 'string') return [];
  const isLink = /(^|\.)(url|webcast)$/.test(path);
  if (isLink && !/^https?:\/\//i.test(node)) return [`${path}: ${node}`];
  const isInstant = /\.(start|end|published)$/.test(path) && INSTANT.test(node);
  if (isInstant && !node.endsWith('Z')) return [`${path}: ${node}`];
  return [];
}

const names = (refs: { kind: string; id: string }[]) => refs.map((r) => `${r.kind} ${r.id}`).sort();

describe('import, fuzzed with mutations of the built-in file', () => {
  const db = tempDatabase();
  const file = join(db.dir, 'mutated.json');
  let storage: Storage;
  const base = builtInJson() as Json;
  const paths = pathsOf(base);
  // The fuzzer's database stays open; the import's "close" must not close it.
  const database = async () => ({ data: storage.data, close: async () => {} });

  beforeAll(async () => {
    storage = await openStorage(db.url);
    await storage.data.apply(builtInData(), 'built-in', new Date());
  });
  afterAll(async () => {
    await storage?.close();
    db.cleanup();
  });

  it('refuses with a path and changes nothing, or reports exactly what really changed', async () => {
    const sensitive = paths.filter((p) => SENSITIVE.has(String(p.at(-1))));
    const at = (path: Key[]) => path.reduce((node: Json, key) => node?.[key], base);
    const aimed = fc
      .constantFrom(...sensitive)
      .chain((path) => valueFor(path, at(path)).map((v): Mutation => ({ path, action: 'set', value: v })));
    const anywhere = fc.record({
      path: fc.constantFrom(...paths),
      action: fc.constantFrom('set', 'set', 'delete', 'duplicate') as fc.Arbitrary<Mutation['action']>,
      value,
    });
    const mutation = fc.oneof(aimed, anywhere);
    let accepted = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 2 }), async (mutations) => {
        const json = structuredClone(base);
        for (const m of mutations) mutate(json, m);
        writeFileSync(file, JSON.stringify(json));
        const before = (await storage.data.load())!;
        const outcome = await importFile(file, 10, database);
        const after = (await storage.data.load())!;
        if (!outcome.ok) {
          refused++;
          expect(outcome.problems.length).toBeGreaterThan(0);
          for (const problem of outcome.problems) {
            expect(problem.path).toMatch(/^(\(file\)|\(root\)|[$A-Za-z][^\s]*)$/);
            expect(problem.message.length).toBeGreaterThan(0);
          }
          expect(after).toEqual(before);
          return;
        }
        accepted++;
        expect(unsafeValues(after)).toEqual([]);
        const real = differences(before, after);
        expect(names(outcome.summary.added)).toEqual(real.added);
        expect(names(outcome.summary.changed)).toEqual(real.changed);
        expect(names(outcome.summary.removed)).toEqual(real.removed);
        expect(outcome.summary.unchanged).toBe(
          !real.added.length && !real.changed.length && !real.removed.length,
        );
        // Back to the built-in set for the next case.
        await storage.data.apply(builtInData(), 'built-in', new Date());
      }),
      { numRuns: 200 },
    );
    // Both sides were exercised, or the property says little.
    expect(accepted).toBeGreaterThan(5);
    expect(refused).toBeGreaterThan(5);
  }, 180_000);
});
