// Generates the Prisma clients after install: one for SQLite (the embedded default), one for
// PostgreSQL (several replicas). The CLI wants a native schema engine for some commands, which an
// offline machine cannot download; `generate` only needs the variable to name an executable, so
// point it at Node itself unless the operator set a real engine.
import { spawnSync } from 'node:child_process';

const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: '1' };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
for (const config of ['prisma.config.ts', 'prisma.postgres.config.ts']) {
  const result = spawnSync(
    process.execPath,
    ['node_modules/prisma/build/index.js', 'generate', '--config', config],
    {
      env,
      stdio: 'inherit',
    },
  );
  if (result.status !== 0) process.exit(result.status ?? 1);
}
