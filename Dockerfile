# syntax=docker/dockerfile:1
# Atelier as one image for every instance (docs/DEPLOYMENT.md):
#   docker build -t atelier .
#   docker run --rm --env-file .env atelier node dist/migrate.mjs deploy   # once per release
#   docker run --env-file .env -p 3000:3000 atelier                      # as many as you need
# The runtime holds Next's standalone output (only the traced files) and the migration command
# bundled into one file by esbuild — no tsx, no TypeScript sources, no dev dependencies.
ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS deps
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json prisma.config.ts ./
COPY bin ./bin
COPY prisma/schema.prisma ./prisma/schema.prisma
# npm ci refuses our lock file (it has no @next/swc builds for other platforms): see README.
RUN npm install --no-audit --no-fund

FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 NODE_ENV=production
COPY --from=deps /app/node_modules ./node_modules
COPY . .
# Nothing environment-specific is baked in: APP_URL, secrets and URLs are read when it runs.
RUN npx prisma generate && npx next build && npm run build:migrate

FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    ATELIER_MODE=deployment \
    HOSTNAME=0.0.0.0 \
    PORT=3000 \
    NODE_OPTIONS="--require ./server/platform/http-hooks.cjs"
RUN groupadd --system --gid 1001 atelier && useradd --system --uid 1001 --gid atelier --no-create-home atelier
# Owned by root, read-only for the app; only .data and .next/cache are its to write.
COPY --from=build /app/.next/standalone ./
COPY --from=build /app/.next/static ./.next/static
COPY --from=build /app/public ./public
COPY --from=build /app/server/platform/http-hooks.cjs ./server/platform/http-hooks.cjs
COPY --from=build /app/server/platform/content-security-policy.cjs ./server/platform/content-security-policy.cjs
COPY --from=build /app/prisma/schema.prisma ./prisma/schema.prisma
COPY --from=build /app/prisma/migrations ./prisma/migrations
COPY --from=build /app/dist/migrate.mjs ./dist/migrate.mjs
COPY --from=build /app/node_modules/@prisma/schema-engine-wasm ./node_modules/@prisma/schema-engine-wasm
COPY --from=build /app/node_modules/@electric-sql/pglite ./node_modules/@electric-sql/pglite
RUN mkdir -p .data .next/cache && chown atelier:atelier .data .next/cache
USER atelier
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "server.js"]
