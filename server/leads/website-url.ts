import { isIP } from "node:net";
import { DomainError } from "../errors";
import { classifyAddress } from "../platform/network-guard";

const BLOCKED_SUFFIXES = [
  ".localhost",
  ".local",
  ".internal",
  ".intranet",
  ".lan",
  ".home.arpa",
  ".corp",
  ".test",
  ".invalid",
];

/**
 * Normalizes a visitor's website address: adds https:// when no scheme is given, keeps only
 * http(s), refuses credentials, local names and private or reserved IP addresses, and drops the
 * query and fragment. Throws BAD_REQUEST with a message meant for the visitor.
 */
export function normalizeWebsiteUrl(input: string): string {
  const raw = input.trim();
  if (!raw) throw new DomainError("BAD_REQUEST", "Enter your website's address.");
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
  if (raw.length > 2048 || /[\s\u0000-\u001f\u007f]/.test(raw))
    throw new DomainError("BAD_REQUEST", "That does not look like a website address.");
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(raw) && !/^[^:/]+:\d+(\/|$)/.test(raw);
  let url: URL;
  try {
    url = new URL(hasScheme ? raw : `https://${raw}`);
  } catch {
    throw new DomainError("BAD_REQUEST", "That does not look like a website address.");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new DomainError("BAD_REQUEST", "Only http:// and https:// website addresses are accepted.");
  }
  if (url.username || url.password)
    throw new DomainError("BAD_REQUEST", "Website addresses with a user name or password are not accepted.");
  const host = url.hostname.replace(/\.$/, "").toLowerCase();
  const bare = host.startsWith("[") ? host.slice(1, -1) : host;
  const ipVersion = isIP(bare);
  // Mapped, 6to4, NAT64 and Teredo spellings of private addresses are judged by what they carry.
  const isPrivateIp = ipVersion !== 0 && classifyAddress(bare) !== "public";
  const isLocalName =
    ipVersion === 0 &&
    (host === "localhost" || !host.includes(".") || BLOCKED_SUFFIXES.some((suffix) => host.endsWith(suffix)));
  if (isPrivateIp || isLocalName) {
    throw new DomainError("BAD_REQUEST", "Enter the public address of your website (not a local or private one).");
  }
  const path = url.pathname === "/" ? "" : url.pathname.replace(/\/$/, "");
  return `${url.protocol}//${url.host.replace(/\.$/, "")}${path}`;
}
