# upr-bot as a service: Slack and/or Discord, SQLite on a volume (or PostgreSQL: DATABASE_URL), health on PORT.
# Build: docker build -t upr-bot .   Run: see README, "Running in a container".

FROM node:20-slim AS build
WORKDIR /app
# better-sqlite3 compiles its native addon from source at install.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
COPY scripts ./scripts
COPY prisma ./prisma
COPY prisma.config.ts prisma.postgres.config.ts ./
# Installs, builds better-sqlite3 and generates the Prisma clients, SQLite's and PostgreSQL's (postinstall; the CLI's own
# build waits for the sources, copied next so that editing them keeps this layer cached).
RUN npm ci --no-audit --no-fund
COPY src ./src
COPY adapters ./adapters
# The command line compiled to JavaScript (dist/cli): start-up without transpiling. Dev tools are
# removed afterwards so the image carries only what runs.
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

FROM node:20-slim
ENV NODE_ENV=production \
    DATABASE_URL=file:/data/upr-bot.db \
    PORT=3000 \
    LOG_LEVEL=info
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY . .
COPY --from=build /app/src/store/generated ./src/store/generated
COPY --from=build /app/src/store/generated-pg ./src/store/generated-pg
COPY --from=build /app/dist ./dist
RUN mkdir -p /data && chown -R node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# Standard input is closed under Docker: the bot runs as a service until SIGTERM.
CMD ["node", "bin/upr-bot.js", "start"]
