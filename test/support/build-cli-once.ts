import { execFileSync } from 'node:child_process';

// Vitest's global setup: compile the command line before any test spawns bin/upr-bot.js, so that
// those tests run what users run, from sources as they are now rather than from a stale build.
export default function buildCliOnce(): void {
  const script = new URL('../../scripts/build-cli.mjs', import.meta.url).pathname;
  execFileSync(process.execPath, [script], { stdio: ['ignore', 'ignore', 'inherit'] });
}
