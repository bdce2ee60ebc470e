import { lookup } from "node:dns/promises";
import { isIP } from "node:net";

/**
 * Where an address leads, for outgoing requests we make on someone's behalf (webhooks, website
 * checks): only "public" may be reached; "loopback" only when a local setting allows it.
 * IPv6 forms that carry an IPv4 address (mapped ::ffff:a.b.c.d, compatible ::a.b.c.d, 6to4
 * 2002:AABB:CCDD::, NAT64 64:ff9b::/96, Teredo 2001:0::/32) are judged by that IPv4 address.
 */
export type AddressClass = "public" | "loopback" | "private";

function ipv4Class(bytes: number[]): AddressClass {
  const [a = 0, b = 0] = bytes;
  if (a === 127) return "loopback";
  if (a === 0 || a === 10 || a >= 224) return "private"; // this network, private, multicast, reserved, broadcast
  if (a === 100 && b >= 64 && b <= 127) return "private"; // carrier-grade NAT
  if (a === 169 && b === 254) return "private"; // link-local (cloud metadata lives here)
  if (a === 172 && b >= 16 && b <= 31) return "private";
  if (a === 192 && b === 168) return "private";
  if (a === 192 && b === 0) return "private"; // IETF assignments, TEST-NET-1
  if (a === 198 && (b === 18 || b === 19)) return "private"; // benchmarking
  if ((a === 198 && b === 51) || (a === 203 && b === 0)) return "private"; // TEST-NET-2/3
  return "public";
}

/** 16 bytes of an IPv6 address (with any embedded dotted quad), or null when it is not one. */
export function ipv6Bytes(address: string): number[] | null {
  let text = address.toLowerCase().replace(/%.*$/, "");
  if (isIP(text) !== 6) return null;
  const quad = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (quad) {
    const [, a, b, c, d] = quad.map(Number) as number[];
    text = `${text.slice(0, quad.index)}${(((a as number) << 8) | (b as number)).toString(16)}:${(((c as number) << 8) | (d as number)).toString(16)}`;
  }
  const [head = "", tail] = text.split("::");
  const left = head ? head.split(":") : [];
  const right = tail !== undefined && tail !== "" ? tail.split(":") : [];
  const groups = tail === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill("0"), ...right];
  if (groups.length !== 8) return null;
  return groups.flatMap((g) => {
    const n = Number.parseInt(g, 16);
    return [n >> 8, n & 0xff];
  });
}

function ipv6Class(bytes: number[]): AddressClass {
  const word = (i: number) => ((bytes[i] as number) << 8) | (bytes[i + 1] as number);
  const isZero = (from: number, to: number) => bytes.slice(from, to).every((b) => b === 0);
  if (isZero(0, 15) && bytes[15] === 1) return "loopback"; // ::1
  if (isZero(0, 16)) return "private"; // ::
  if (isZero(0, 10) && word(10) === 0xffff) return ipv4Class(bytes.slice(12)); // ::ffff:a.b.c.d
  if (isZero(0, 12)) return ipv4Class(bytes.slice(12)); // ::a.b.c.d (deprecated compatible form)
  if (word(0) === 0x2002) return ipv4Class(bytes.slice(2, 6)); // 6to4
  if (word(0) === 0x64 && word(2) === 0xff9b) return ipv4Class(bytes.slice(12)); // NAT64
  if (word(0) === 0x2001 && word(2) === 0) {
    // Teredo: server at bytes 4-7, client (inverted) at 12-15; either private means no.
    const client = bytes.slice(12).map((b) => b ^ 0xff);
    const worst = [ipv4Class(bytes.slice(4, 8)), ipv4Class(client)];
    return worst.includes("loopback") ? "loopback" : worst.includes("private") ? "private" : "public";
  }
  if (word(0) === 0x2001 && word(2) === 0x0db8) return "private"; // documentation
  // Only global unicast (2000::/3) is public: fc00::/7, fe80::/10, ff00::/8 and the rest are not.
  return ((bytes[0] as number) & 0xe0) === 0x20 ? "public" : "private";
}

export function classifyAddress(address: string): AddressClass {
  const bare = address.startsWith("[") ? address.slice(1, -1) : address;
  const version = isIP(bare);
  if (version === 4) return ipv4Class(bare.split(".").map(Number));
  const bytes = version === 6 ? ipv6Bytes(bare) : null;
  return bytes ? ipv6Class(bytes) : "private";
}

export class UnsafeTargetError extends Error {}

/**
 * Resolves `hostname` and returns the addresses to connect to, or throws UnsafeTargetError when
 * any of them is not public (loopback allowed only with `allowLoopback`). Every address must
 * pass: a name that resolves to one public and one private address is refused.
 */
export async function resolveSafeAddresses(
  hostname: string,
  opts: { allowLoopback: boolean; resolve?: (host: string) => Promise<{ address: string; family: number }[]> },
): Promise<{ address: string; family: number }[]> {
  const host = hostname.replace(/^\[|\]$/g, "");
  const resolve = opts.resolve ?? ((h: string) => lookup(h, { all: true, verbatim: true }));
  let addresses: { address: string; family: number }[];
  if (isIP(host)) addresses = [{ address: host, family: isIP(host) }];
  else {
    try {
      addresses = await resolve(host);
    } catch {
      throw new UnsafeTargetError(`The name ${host} does not resolve.`);
    }
  }
  if (addresses.length === 0) throw new UnsafeTargetError(`The name ${host} does not resolve.`);
  for (const { address } of addresses) {
    const kind = classifyAddress(address);
    // The setting allows this machine by its plain names only (127.0.0.0/8, ::1), never a relay
    // form such as 6to4 2002:7f00:1:: that merely carries 127.0.0.1.
    const isPlainLoopback = /^127\./.test(address) || address === "::1";
    if (kind === "public" || (kind === "loopback" && opts.allowLoopback && isPlainLoopback)) continue;
    throw new UnsafeTargetError(
      kind === "loopback"
        ? `${host} points at this machine (${address}); webhooks must go to a public address.`
        : `${host} points at a private or reserved address (${address}); webhooks must go to a public address.`,
    );
  }
  return addresses;
}
