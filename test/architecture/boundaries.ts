import type { ImportEdge } from './import-graph.ts';

// The shape of the house (README, "Architecture"), as rules over the import graph. The same
// rules are declared for the editor and CI in biome.json (noRestrictedImports); this test also
// checks what Biome's patterns cannot express, such as "only its own folder".

export interface Boundary {
  name: string;
  /** Which importing files the rule is about. */
  appliesTo(file: string): boolean;
  /** Whether this import breaks the rule. */
  forbids(edge: ImportEdge): boolean;
}

const under = (folder: string) => (path: string) => path.startsWith(`${folder}/`);
const isProjectPath = (target: string) => /^(src|adapters|test|bench|scripts|bin|prisma|data)\//.test(target);

/** Libraries the pure core may use: data, text and time, nothing that does I/O or knows a platform. */
export const CORE_LIBRARIES = new Set([
  'zod',
  'luxon',
  'minisearch',
  'fastest-levenshtein',
  'i18n-iso-countries',
  'chrono-node',
  'intl-messageformat',
]);

const PRISMA = /^(@prisma\/|prisma$|prisma\/)/;

export const BOUNDARIES: readonly Boundary[] = [
  {
    name: 'src/core imports only itself and its libraries',
    appliesTo: under('src/core'),
    forbids: ({ target }) =>
      isProjectPath(target) ? !under('src/core')(target) : !CORE_LIBRARIES.has(target),
  },
  {
    name: 'answers/ and commands/ do not import each other (shared helpers live in their own module)',
    appliesTo: (file) => under('src/core/answers')(file) || under('src/core/commands')(file),
    forbids: ({ from, target }) =>
      under('src/core/answers')(from)
        ? under('src/core/commands')(target)
        : under('src/core/answers')(target),
  },
  {
    name: 'adapters do not import the store, the scheduler or the composition root',
    appliesTo: under('adapters'),
    forbids: ({ target }) =>
      ['src/store', 'src/scheduler', 'src/composition', 'src/cli'].some((folder) => under(folder)(target)),
  },
  {
    name: 'the Slack adapter does not import Discord',
    appliesTo: under('adapters/slack'),
    forbids: ({ target }) => under('adapters/discord')(target) || target === 'discord.js',
  },
  {
    name: 'the Discord adapter does not import Slack',
    appliesTo: under('adapters/discord'),
    forbids: ({ target }) => under('adapters/slack')(target) || target.startsWith('@slack/'),
  },
  {
    name: 'the terminal adapter imports neither chat',
    appliesTo: under('adapters/console'),
    forbids: ({ target }) =>
      under('adapters/slack')(target) ||
      under('adapters/discord')(target) ||
      target === 'discord.js' ||
      target.startsWith('@slack/'),
  },
  {
    name: 'only src/store imports Prisma',
    appliesTo: (file) => !under('src/store')(file),
    forbids: ({ target }) => PRISMA.test(target) || /^src\/store\/generated(-pg)?\//.test(target),
  },
  {
    name: 'the store and the scheduler do not import the composition root, the CLI or an adapter',
    appliesTo: (file) => under('src/store')(file) || under('src/scheduler')(file),
    forbids: ({ target }) =>
      ['src/composition', 'src/cli', 'adapters'].some((folder) => under(folder)(target)),
  },
  {
    name: "only tests read the store's tables behind its back (src/store/inspection.ts)",
    appliesTo: (file) => !under('test')(file) && !under('src/store')(file),
    forbids: ({ target }) => target === 'src/store/inspection.ts',
  },
  {
    name: 'src/shared is generic: it imports nothing of the project',
    appliesTo: under('src/shared'),
    forbids: ({ target }) => isProjectPath(target) && !under('src/shared')(target),
  },
];

export interface Violation {
  rule: string;
  from: string;
  specifier: string;
}

export function violationsOf(edges: readonly ImportEdge[], rules = BOUNDARIES): Violation[] {
  return rules.flatMap((rule) =>
    edges
      .filter((edge) => rule.appliesTo(edge.from) && rule.forbids(edge))
      .map((edge) => ({ rule: rule.name, from: edge.from, specifier: edge.specifier })),
  );
}
