import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

// The project's import graph, read from the sources: for every file, what it imports, with
// relative imports resolved to paths from the project's root. Text, not a compiler: enough for
// `import … from`, `export … from`, side-effect imports and dynamic `import('…')`.

export interface ImportEdge {
  /** The importing file, from the root: `src/core/bot-core.ts`. */
  from: string;
  /** The specifier as written: `../store/storage.ts`, `discord.js`, `node:fs`. */
  specifier: string;
  /** A project path for a relative import (`src/store/storage.ts`); the package name otherwise. */
  target: string;
}

const IMPORT =
  /(?:^|[\s;}])(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;])import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The package an external specifier names: `@slack/bolt/dist/x` is `@slack/bolt`. */
export function packageOf(specifier: string): string {
  if (specifier.startsWith('node:')) return specifier;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

export function importsOf(file: string, source: string): ImportEdge[] {
  // Comments may quote an import as an example; they are not edges.
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  const edges: ImportEdge[] = [];
  for (const match of code.matchAll(IMPORT)) {
    const specifier = match[1] ?? match[2] ?? match[3]!;
    const target = specifier.startsWith('.')
      ? normalize(join(dirname(file), specifier))
          .split('\\')
          .join('/')
      : packageOf(specifier);
    edges.push({ from: file, specifier, target });
  }
  return edges;
}

const SKIP = new Set(['node_modules', 'generated', '.git']);

function sourceFiles(root: string, folder: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (SKIP.has(entry.name)) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|mts|js|mjs)$/.test(entry.name)) found.push(relative(root, path).split('\\').join('/'));
    }
  };
  walk(join(root, folder));
  return found;
}

/** Every import of every source file under the given folders. */
export function projectImports(root: string, folders: readonly string[]): ImportEdge[] {
  return folders.flatMap((folder) =>
    sourceFiles(root, folder).flatMap((file) => importsOf(file, readFileSync(join(root, file), 'utf8'))),
  );
}
