import { defineConfig } from 'prisma/config';

// The CLI is only used for `prisma generate` and `prisma validate`; the app applies migrations itself.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'file:./data/upr-bot.db' },
});
