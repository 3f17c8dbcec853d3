import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentBuild } from '../../bin/built-cli.js';
import { cliBudget, runCli } from '../support/run-cli.ts';
import { tempDatabase } from '../support/temp-database.ts';

// bin/upr-bot.js runs the compiled CLI (dist/cli, scripts/build-cli.mjs) when it is current, and
// the sources through tsx otherwise: both must say the same, and an edit must never be hidden by
// an old build.

describe('the compiled command line', () => {
  const db = tempDatabase();
  const env = { DATABASE_URL: db.url };
  beforeAll(async () => {
    expect((await runCli(['migrate'], { env })).code).toBe(0);
  }, cliBudget(1));
  afterAll(() => db.cleanup());

  it('is current after the build that vitest runs first', () => {
    expect(currentBuild(new URL('../../', import.meta.url))?.pathname).toMatch(/dist\/cli\/main\.js$/);
  });

  it(
    'answers exactly as the sources do, for a question, a command and an error',
    async () => {
      for (const args of [
        ['chat', "who leads China's delegation?"],
        ['chat', '--now', '2024-01-20T10:00:00Z', '/upr next'],
        ['chat', '--zone', 'Mars/Olympus', 'next'],
      ]) {
        const built = await runCli(args, { env });
        const sources = await runCli(args, { env: { ...env, UPR_BOT_FROM_SOURCE: '1' } });
        expect(built).toEqual(sources);
      }
    },
    cliBudget(6, 3),
  );
});

describe('whether a build is current', () => {
  let root: string;
  const at = (seconds: number) => new Date(seconds * 1000);
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'upr-built-cli-'));
    mkdirSync(join(root, 'dist', 'cli'), { recursive: true });
    mkdirSync(join(root, 'src'));
    writeFileSync(join(root, 'src', 'a.ts'), 'export {};\n');
    writeFileSync(join(root, 'dist', 'cli', 'main.js'), '');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const stamp = (builtAt: number, inputs = ['src/a.ts']) =>
    writeFileSync(
      join(root, 'dist', 'cli', 'build.json'),
      JSON.stringify({ builtAt: builtAt * 1000, inputs }),
    );
  const rootUrl = () => pathToFileURL(`${root}/`);

  it('is when every source it was built from is older than the build', () => {
    utimesSync(join(root, 'src', 'a.ts'), at(1_000), at(1_000));
    stamp(2_000);
    expect(currentBuild(rootUrl())?.href).toBe(pathToFileURL(join(root, 'dist', 'cli', 'main.js')).href);
  });

  it('is not once a source changed after the build, or went away', () => {
    utimesSync(join(root, 'src', 'a.ts'), at(3_000), at(3_000));
    stamp(2_000);
    expect(currentBuild(rootUrl())).toBeUndefined();
    stamp(4_000, ['src/a.ts', 'src/gone.ts']);
    expect(currentBuild(rootUrl())).toBeUndefined();
  });

  it('is not without a build', () => {
    rmSync(join(root, 'dist', 'cli', 'build.json'));
    expect(currentBuild(rootUrl())).toBeUndefined();
  });
});
