#!/usr/bin/env node
// Runs the compiled JavaScript (dist/cli, built at install and by `npm run build`) when it is
// current, and the TypeScript sources through tsx otherwise: after an edit, or with
// UPR_BOT_FROM_SOURCE=1. Either way the same program; the build only starts faster.
import { currentBuild } from './built-cli.js';

const root = new URL('../', import.meta.url);
const built = process.env.UPR_BOT_FROM_SOURCE ? undefined : currentBuild(root);
if (built) {
  await import(built.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
