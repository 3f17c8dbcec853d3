import { setFlagsFromString } from 'node:v8';

/**
 * For a command that runs a handful of queries and exits: Prisma's query compiler is a 3.3 MB
 * WebAssembly module, and V8 by default also optimises it with TurboFan in the background. For
 * `upr-bot chat` that optimisation cost about 0.5 s of CPU and 45 MB of peak memory (measured with
 * /usr/bin/time, with and without `--liftoff-only`) and never paid back before the process ended.
 * Liftoff, V8's baseline wasm compiler, alone is enough then. The long-running bot keeps the default.
 * Must run before the Prisma client compiles the module, i.e. before the database is opened.
 */
export function compileWasmForOneShot(): void {
  setFlagsFromString('--liftoff-only');
}
