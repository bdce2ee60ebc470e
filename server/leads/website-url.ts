import { isIP } from "node:net";
import { DomainError } from "../errors";

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

function isPublicIpv4(ip: string) {
  const [a = 0, b = 0] = ip.split(".").map(Number);
  if (a === 0 || a === 10 || a === 127 || a >= 224) return false; // this network, private, loopback, multicast/reserved
  if (a === 100 && b >= 64 && b <= 127) return false; // carrier-grade NAT
  if (a === 169 && b === 254) return false; // link-local
  if (a === 172 && b >= 16 && b <= 31) return false;
  if (a === 192 && b === 168) return false;
  if (a === 192 && b === 0) return false; // IETF protocol assignments and TEST-NET-1
  if (a === 198 && (b === 18 || b === 19)) return false; // benchmarking
  return true;
}

function isPublicIpv6(ip: string) {
  const lower = ip.toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (mapped) return isPublicIpv4(mapped[1] as string);
  // Only global unicast (2000::/3) is public; ::1, ::, fc00::/7, fe80::/10, multicast are not.
  return /^[23][0-9a-f]{0,3}:/.test(lower) && !lower.startsWith("2001:db8");
}

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
  const isPrivateIp = (ipVersion === 4 && !isPublicIpv4(bare)) || (ipVersion === 6 && !isPublicIpv6(bare));
  const isLocalName =
    ipVersion === 0 &&
    (host === "localhost" || !host.includes(".") || BLOCKED_SUFFIXES.some((suffix) => host.endsWith(suffix)));
  if (isPrivateIp || isLocalName) {
    throw new DomainError("BAD_REQUEST", "Enter the public address of your website (not a local or private one).");
  }
  const path = url.pathname === "/" ? "" : url.pathname.replace(/\/$/, "");
  return `${url.protocol}//${url.host.replace(/\.$/, "")}${path}`;
}
