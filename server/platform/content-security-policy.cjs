// @ts-check
// Shared by next.config.js (headers computed at build time) and server/platform/http-hooks.cjs (at
// run time, which adds the storage origin when S3 is configured: a build cannot know a deployment's bucket).

/**
 * Next's App Router inlines its bootstrap scripts, so scripts need 'unsafe-inline' unless every page
 * is rendered per request with a nonce — which would defeat the cached public pages.
 * @param {{ isDev: boolean; storageOrigin?: string | null }} options
 */
function contentSecurityPolicy({ isDev, storageOrigin }) {
  // Browsers upload straight to the bucket (connect-src) and follow file redirects to it (img-src).
  const storage = storageOrigin ? ` ${storageOrigin}` : "";
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${storage}`,
    "font-src 'self' data:",
    `connect-src 'self'${storage}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join("; ");
}

/**
 * The origin browsers reach S3 storage at (S3_PUBLIC_ENDPOINT, else S3_ENDPOINT), or null on local disk.
 * @param {Record<string, string | undefined>} env
 */
function storageOriginOf(env) {
  const endpoint = env.S3_BUCKET ? env.S3_PUBLIC_ENDPOINT || env.S3_ENDPOINT : undefined;
  if (!endpoint) return null;
  try {
    return new URL(endpoint).origin;
  } catch {
    return null;
  }
}

module.exports = { contentSecurityPolicy, storageOriginOf };
