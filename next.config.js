// @ts-check
const path = require("node:path");
const { dedupeServerChunks } = require("./scripts/dedupe-server-chunks.cjs");

const isDev = process.env.NODE_ENV !== "production";

const { contentSecurityPolicy: policy, storageOriginOf } = require("./server/platform/content-security-policy.cjs");

// Self-hosted, without the storage origin: the preload hook (server/platform/http-hooks.cjs) adds it
// at run time when S3 is configured. Vercel builds with the deployment's variables and runs no hook.
const contentSecurityPolicy = policy({
  isDev,
  storageOrigin: process.env.VERCEL ? storageOriginOf(process.env) : null,
});

const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  ...(isDev ? [] : [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]),
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  compiler: {
    // Turbopack writes one server chunk under several names; each copy a route loads stays in memory.
    runAfterProductionCompile: async ({ distDir, projectDir }) => {
      const result = dedupeServerChunks(path.resolve(projectDir, distDir, "server"));
      console.log(
        result.skipped
          ? `   Server chunks: ${result.skipped}`
          : `   Server chunks: ${result.files} duplicates now load their twin (${(result.bytes / 1048576).toFixed(1)} MiB)`,
      );
    },
  },
  // .next/standalone: a server.js with only the files it needs, for the container image (Dockerfile).
  // Nothing environment-specific is read at build time: APP_URL, secrets and URLs come at run time.
  output: "standalone",
  outputFileTracingIncludes: {
    // Readiness compares the database with the migration folders, read from disk at run time.
    "/api/health/ready": ["./prisma/migrations/**/*"],
    // PGlite fetches its WebAssembly and data bundle by URL at run time, which tracing cannot follow.
    "/**": ["./node_modules/@electric-sql/pglite/dist/*.{wasm,data}"],
  },
  // Pages and tagged data are cached in process memory, invalidated by tag (docs/ARCHITECTURE.md).
  cacheHandler: require.resolve("./server/platform/next-cache-handler.cjs"),
  cacheMaxMemorySize: 0,
  // PGlite loads its WebAssembly and data files from its own package directory at run time.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pino", "pdfkit"],
  images: {
    // Only our own images: the demo visuals (public/demo) and the media library (/media/<id>/<name>).
    localPatterns: [
      { pathname: "/demo/**", search: "" },
      { pathname: "/media/**", search: "" },
    ],
    // Library paths never change their bytes; demo files change only with a deploy.
    minimumCacheTTL: 31_536_000,
    qualities: [75],
  },
  async headers() {
    // Later rules win for the same header: stored files get a policy that runs nothing at all.
    const fileHeaders = [{ key: "Content-Security-Policy", value: "default-src 'none'; sandbox" }];
    // In draft mode (the content studio's preview pane) a page may be framed by our own origin only.
    const previewHeaders = [
      {
        key: "Content-Security-Policy",
        value: contentSecurityPolicy.replace("frame-ancestors 'none'", "frame-ancestors 'self'"),
      },
      { key: "X-Frame-Options", value: "SAMEORIGIN" },
    ];
    return [
      { source: "/:path*", headers: securityHeaders },
      { source: "/:path*", has: [{ type: "cookie", key: "__prerender_bypass" }], headers: previewHeaders },
      // Its redirect into the page happens inside the preview frame, and browsers check framing on redirects too.
      { source: "/api/draft", headers: previewHeaders },
      { source: "/api/files/:path*", headers: fileHeaders },
      { source: "/api/hero-redesigns/:path*", headers: fileHeaders },
      { source: "/media/:path*", headers: fileHeaders },
    ];
  },
};

module.exports = nextConfig;
