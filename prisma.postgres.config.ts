import { defineConfig } from 'prisma/config';

// PostgreSQL's schema and migrations (several replicas on one database); see prisma.config.ts.
export default defineConfig({
  schema: 'prisma/postgres/schema.prisma',
  migrations: { path: 'prisma/postgres/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/upr_bot' },
});
