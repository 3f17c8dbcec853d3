// Whether the compiled command line in dist/cli (scripts/build-cli.mjs) may run: it exists and no
// source it was built from has changed since. Plain JavaScript, so that deciding costs nothing
// to load; one stat per source file (about a millisecond).
import { readFileSync, statSync } from 'node:fs';

/** The build's entry point under `root` (a directory URL), or undefined to run the sources. */
export function currentBuild(root) {
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(new URL('dist/cli/build.json', root), 'utf8'));
  } catch {
    return undefined; // never built, or the build was removed
  }
  for (const input of stamp.inputs) {
    let modified;
    try {
      modified = statSync(new URL(input, root)).mtimeMs;
    } catch {
      return undefined; // a source was moved or deleted since
    }
    if (modified > stamp.builtAt) return undefined;
  }
  return new URL('dist/cli/main.js', root);
}
