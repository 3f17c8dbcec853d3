// Generates the Prisma client after install. The CLI wants a native schema engine for some
// commands, which an offline machine cannot download; `generate` only needs the variable to name
// an executable, so point it at Node itself unless the operator set a real engine.
import { spawnSync } from 'node:child_process';

const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: '1' };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
const result = spawnSync(process.execPath, ['node_modules/prisma/build/index.js', 'generate'], {
  env,
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
