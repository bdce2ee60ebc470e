import path from "node:path";
import { defineConfig } from "prisma/config";

// Every prisma CLI command wants a native schema engine and tries to download one; this machine
// kind has no internet. We migrate with the WebAssembly engine (scripts/migrate.ts), so the CLI
// only ever runs `generate`/`validate`, which accept any existing file here.
if (!process.env.PRISMA_SCHEMA_ENGINE_BINARY) {
  process.env.PRISMA_SCHEMA_ENGINE_BINARY = path.join(import.meta.dirname, "bin", "no-schema-engine");
}

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
