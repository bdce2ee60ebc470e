/**
 * The one check for every redirect target that comes from a request (callbackUrl, returnTo, the
 * proxy's path header): a path on this site, normalized and percent-encoded so it is always a
 * valid Location header — or the fallback. Browsers drop tabs and newlines inside URLs and treat
 * `\` as `/`, so "/\t/evil.example" would leave the site; anything that smells like that is refused.
 */
const BASE = "http://atelier.invalid";
// C0 and C1 controls, DEL, and the backslash browsers read as a slash.
// biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\\]/;

function looksSafe(path: string) {
  return path.startsWith("/") && !path.startsWith("//") && !UNSAFE.test(path);
}

export function safeRedirectPath(value: unknown, fallback = "/account"): string {
  if (typeof value !== "string" || value.length > 2048 || !looksSafe(value)) return fallback;
  // Encoded slashes and controls ("/%2F%2Fevil", "/%09/evil") are refused in every decoding.
  let decoded = value;
  for (let i = 0; i < 3 && decoded.includes("%"); i++) {
    try {
      decoded = decodeURIComponent(decoded);
    } catch {
      return fallback;
    }
    if (!looksSafe(decoded)) return fallback;
  }
  const url = new URL(value, BASE);
  if (url.origin !== BASE) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
