import path from "node:path";
import { defineConfig } from "vitest/config";

// Integration tests (*.int.test.ts) run twice: on embedded PGlite always, and on the PostgreSQL
// server named by TEST_DATABASE_URL — skipped, and reported as skipped, when it is not set.
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    environment: "node",
    testTimeout: 30_000,
    // Vitest would use one worker on a 2-core machine (cores − 1); the integration tests wait on
    // databases as much as they compute, so two run side by side.
    maxWorkers: 2,
    hookTimeout: 60_000,
    env: { NODE_ENV: "test", LOG_LEVEL: "silent" },
    projects: [
      {
        extends: true,
        test: {
          name: "pglite",
          include: ["server/**/*.test.ts", "prisma/**/*.test.ts", "scripts/**/*.test.ts", "deploy/**/*.test.ts"],
          exclude: ["deploy/standalone.test.ts", "**/node_modules/**"],
          env: { TEST_DB_KIND: "pglite" },
        },
      },
      {
        extends: true,
        test: {
          name: "postgres",
          include: ["server/**/*.int.test.ts", "prisma/**/*.int.test.ts"],
          env: { TEST_DB_KIND: "postgres" },
        },
      },
      {
        // Needs the production build: npm test runs it after `next build` (`--project after-build`).
        extends: true,
        test: { name: "after-build", include: ["deploy/standalone.test.ts"], env: { TEST_DB_KIND: "postgres" } },
      },
    ],
  },
});
