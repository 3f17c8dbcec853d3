// Compiles the command line to plain JavaScript in dist/cli, so that `upr-bot` starts without
// transpiling ~400 TypeScript files at run time (tsx stays for development and tests).
// Runs at install (postinstall) and before the tests; bin/upr-bot.js runs the result when it is
// there and newer than the sources, and the sources through tsx otherwise.
//
// Two choices that matter for start-up, measured on `upr-bot chat "who leads China's delegation?"`:
// - Our code, the generated Prisma client and the small pure-JS libraries are bundled, split at the
//   dynamic imports so that a command loads only what it uses. Packages with native code, worker
//   threads or files of their own stay outside, loaded from node_modules (EXTERNAL below).
// - Prisma ships its query compiler as a 4.4 MB JavaScript module holding one base64 string;
//   compiling that module took 250-650 ms per start, and decoding the string ~50 ms more. The
//   build writes the decoded WebAssembly next to the bundle, and the generated client's loader
//   reads it from there (prismaWasmAsFile). Should a Prisma upgrade change that loader, the build
//   says so and serves the base64 string from a text file instead (prismaWasmAsData).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
// Two folders deep, like the sources, so that `new URL('../../data/…', import.meta.url)` in
// src/<folder>/*.ts names the same file from the bundle.
export const OUT_DIR = join(ROOT, 'dist', 'cli');
export const STAMP = join(OUT_DIR, 'build.json');

/** Loaded from node_modules at run time rather than bundled. */
const EXTERNAL = [
  // A native addon, found by file name at run time.
  'better-sqlite3',
  // PostgreSQL's driver: CommonJS with optional native and edge-runtime parts it requires lazily.
  'pg',
  // Transports run in worker threads that load these packages by file name.
  'pino',
  'pino-pretty',
  'thread-stream',
  // Chat libraries: large, optional native helpers, loaded only when a chat is configured.
  '@slack/*',
  'discord.js',
  '@discordjs/*',
];

const WASM_BASE64 = /^@prisma\/client\/runtime\/(query_compiler_\w+_bg\.\w+)\.wasm-base64\.mjs$/;

/** Serves Prisma's base64 query compiler from a data file instead of a JavaScript module. */
const prismaWasmAsData = {
  name: 'prisma-wasm-as-data',
  setup(b) {
    const require = createRequire(join(ROOT, 'package.json'));
    b.onResolve({ filter: WASM_BASE64 }, (args) => ({ path: args.path, namespace: 'prisma-wasm' }));
    b.onLoad({ filter: /.*/, namespace: 'prisma-wasm' }, async (args) => {
      const name = `${WASM_BASE64.exec(args.path)[1]}.wasm-base64.txt`;
      const { wasm } = await import(pathToFileURL(require.resolve(args.path)).href);
      if (typeof wasm !== 'string') throw new Error(`${args.path} no longer exports a base64 string`);
      writeFileSync(join(OUT_DIR, name), wasm, 'latin1');
      return {
        contents: `import { readFileSync } from 'node:fs';
export const wasm = readFileSync(new URL(${JSON.stringify(`./${name}`)}, import.meta.url), 'latin1');`,
        loader: 'js',
        resolveDir: ROOT,
      };
    });
  },
};

// The generated client's loader of the query compiler, as Prisma 7.10 writes it.
const WASM_LOADER =
  /getQueryCompilerWasmModule: async \(\) => \{\s*const \{ wasm \} = await import\("(@prisma\/client\/runtime\/(query_compiler_\w+_bg\.\w+)\.wasm-base64\.mjs)"\)\s*return await decodeBase64AsWasm\(wasm\)\s*\}/;

/** Points the generated client at the query compiler's WebAssembly as a file beside the bundle. */
const prismaWasmAsFile = {
  name: 'prisma-wasm-as-file',
  setup(b) {
    const require = createRequire(join(ROOT, 'package.json'));
    b.onLoad({ filter: /src[\\/]store[\\/]generated(-pg)?[\\/]internal[\\/]class\.ts$/ }, async (args) => {
      const source = readFileSync(args.path, 'utf8');
      const loader = WASM_LOADER.exec(source);
      if (!loader) {
        process.stderr.write(
          "build-cli: the Prisma client's wasm loader has changed; reading its base64 from a text file instead\n",
        );
        return undefined;
      }
      const [, module, name] = loader;
      const { wasm } = await import(pathToFileURL(require.resolve(module)).href);
      writeFileSync(join(OUT_DIR, `${name}.wasm`), Buffer.from(wasm, 'base64'));
      const file = JSON.stringify(`./${name}.wasm`);
      return {
        contents: `import { readFile as __readWasm } from 'node:fs/promises';\n${source.replace(
          loader[0],
          `getQueryCompilerWasmModule: async () => new WebAssembly.Module(await __readWasm(new URL(${file}, import.meta.url)))`,
        )}`,
        loader: 'ts',
        resolveDir: dirname(args.path),
      };
    });
  },
};

export async function buildCli() {
  const started = Date.now();
  rmSync(OUT_DIR, { recursive: true, force: true });
  mkdirSync(OUT_DIR, { recursive: true });
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: { main: 'src/cli/main.ts' },
    outdir: OUT_DIR,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20.19',
    external: EXTERNAL,
    // Bundled CommonJS libraries still call require() for Node's own modules.
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
    metafile: true,
    logLevel: 'warning',
    plugins: [prismaWasmAsFile, prismaWasmAsData],
  });
  // What bin/upr-bot.js compares against to notice sources edited after the build.
  const inputs = Object.keys(result.metafile.inputs)
    .filter((path) => !path.includes('node_modules') && !path.includes(':'))
    .sort();
  writeFileSync(STAMP, `${JSON.stringify({ builtAt: started, inputs }, null, 2)}\n`);
  const bytes = readdirSync(OUT_DIR, { recursive: true })
    .map((f) => join(OUT_DIR, String(f)))
    .filter((f) => statSync(f).isFile())
    .reduce((n, f) => n + statSync(f).size, 0);
  return { ms: Date.now() - started, inputs: inputs.length, bytes, outDir: relative(ROOT, OUT_DIR) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (!existsSync(join(ROOT, 'src', 'cli', 'main.ts'))) {
    // An image installing its dependencies before copying the sources (Dockerfile) builds later.
    process.stdout.write('upr-bot: no sources yet; skipping the build (npm run build)\n');
    process.exit(0);
  }
  const { ms, inputs, bytes, outDir } = await buildCli();
  process.stdout.write(
    `upr-bot: built ${outDir} from ${inputs} sources (${(bytes / 1048576).toFixed(1)} MiB) in ${ms} ms\n`,
  );
}
