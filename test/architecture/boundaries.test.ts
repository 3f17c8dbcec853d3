import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BOUNDARIES, violationsOf } from './boundaries.ts';
import { importsOf, projectImports } from './import-graph.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FOLDERS = ['src', 'adapters', 'bench', 'scripts', 'bin', 'test'];

/** One file's imports, as the checker sees them. */
const edgesOf = (file: string, ...specifiers: string[]) =>
  importsOf(file, specifiers.map((s) => `import x from '${s}';`).join('\n'));

describe('the import graph keeps the architecture', () => {
  it('has no import that crosses a boundary', () => {
    const edges = projectImports(ROOT, FOLDERS);
    expect(edges.length).toBeGreaterThan(500);
    expect(violationsOf(edges)).toEqual([]);
  });

  it('reads static, re-exported, side-effect and dynamic imports, and skips commented ones', () => {
    const source = [
      "import type { A } from './a.ts';",
      "export { B } from '../b.ts';",
      "import 'side-effect';",
      "const c = await import('../../adapters/slack/slack-adapter.ts');",
      "// import { D } from '../store/d.ts';",
      "/* import { E } from '../store/e.ts'; */",
    ].join('\n');
    expect(importsOf('src/core/x.ts', source).map((e) => e.target)).toEqual([
      'src/core/a.ts',
      'src/b.ts',
      'side-effect',
      'adapters/slack/slack-adapter.ts',
    ]);
  });

  // Each rule, shown to fail on a deliberately wrong import.
  const wrong: [rule: string, file: string, specifier: string][] = [
    ['src/core imports only', 'src/core/bot-core.ts', '../store/storage.ts'],
    ['src/core imports only', 'src/core/answers/x.ts', 'node:fs'],
    ['src/core imports only', 'src/core/x.ts', 'discord.js'],
    ['src/core imports only', 'src/core/x.ts', '../shared/within-time.ts'],
    ['answers/ and commands/', 'src/core/answers/x.ts', '../commands/review-command.ts'],
    ['answers/ and commands/', 'src/core/commands/x.ts', '../answers/question-answering.ts'],
    ['adapters do not import', 'adapters/slack/slack-adapter.ts', '../../src/store/storage.ts'],
    ['adapters do not import', 'adapters/discord/x.ts', '../../src/composition/bot-runtime.ts'],
    ['the Slack adapter does not import Discord', 'adapters/slack/x.ts', '../discord/discord-embeds.ts'],
    ['the Discord adapter does not import Slack', 'adapters/discord/x.ts', '@slack/bolt'],
    ['only src/store imports Prisma', 'src/scheduler/x.ts', '@prisma/client'],
    ['only src/store imports Prisma', 'test/x.test.ts', '../src/store/generated/client.ts'],
    ['only src/store imports Prisma', 'test/x.test.ts', '../src/store/generated-pg/client.ts'],
    ['the store and the scheduler', 'src/scheduler/x.ts', '../composition/config.ts'],
    ["only tests read the store's tables", 'src/scheduler/x.ts', '../store/inspection.ts'],
    ['src/shared is generic', 'src/shared/x.ts', '../core/reply.ts'],
  ];
  for (const [rule, file, specifier] of wrong) {
    it(`refuses ${specifier} in ${file}`, () => {
      const found = violationsOf(edgesOf(file, specifier));
      expect(found.map((v) => v.rule).join('\n')).toContain(rule);
    });
  }

  it('allows what the design allows', () => {
    const fine = [
      ...edgesOf('src/core/answers/x.ts', '../reply.ts', 'zod', 'minisearch'),
      ...edgesOf(
        'adapters/slack/x.ts',
        '../../src/core/chat-adapter.ts',
        '@slack/bolt',
        '../../src/shared/http-route.ts',
      ),
      ...edgesOf('src/composition/x.ts', '../store/storage.ts', '../../adapters/slack/slack-adapter.ts'),
      ...edgesOf('src/store/x.ts', './generated/client.ts', '@prisma/adapter-better-sqlite3'),
    ];
    expect(violationsOf(fine)).toEqual([]);
    expect(BOUNDARIES.length).toBeGreaterThanOrEqual(8);
  });
});

describe('the lint rules keep the architecture too', () => {
  /**
   * Biome's verdict on a probe file written for a moment at `path` (its folder decides the rules).
   * Biome's stdin mode does not report lint diagnostics, so the probe is a real, short-lived file.
   */
  const lint = (path: string, source: string) => {
    const probe = join(ROOT, path.replace(/probe\.ts$/, `boundary-probe-${process.pid}.ts`));
    writeFileSync(probe, source);
    try {
      return spawnSync(process.execPath, ['node_modules/@biomejs/biome/bin/biome', 'lint', probe], {
        cwd: ROOT,
        encoding: 'utf8',
      });
    } finally {
      rmSync(probe, { force: true });
    }
  };

  it.each([
    [
      'src/core/probe.ts',
      "import { openStorage } from '../store/storage.ts';\nexport const x = openStorage;\n",
    ],
    [
      'src/core/answers/probe.ts',
      "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
    ],
    [
      'adapters/slack/probe.ts',
      "import { openStorage } from '../../src/store/storage.ts';\nexport const x = openStorage;\n",
    ],
    ['adapters/discord/probe.ts', "import { App } from '@slack/bolt';\nexport const x = App;\n"],
    [
      'src/scheduler/probe.ts',
      "import { PrismaClient } from '@prisma/client';\nexport const x = PrismaClient;\n",
    ],
  ])('Biome refuses a wrong import in %s', (path, source) => {
    const result = lint(path, source);
    expect(result.status, result.stdout + result.stderr).not.toBe(0);
    expect(result.stdout + result.stderr).toContain('noRestrictedImports');
    expect(result.stdout + result.stderr).not.toContain('noUnusedImports');
  });

  it('Biome lets a right import through', () => {
    const result = lint(
      'src/core/probe.ts',
      "import { reply } from './reply.ts';\nexport const x = reply;\n",
    );
    expect(result.status, result.stdout + result.stderr).toBe(0);
  });
});
