import { BlockList, isIP } from "node:net";

/** Who may tell us the client's address: nobody, a platform that sets the header itself, or proxies by CIDR. */
export type TrustedProxies = { platform: "vercel" } | { platform: null; list: BlockList; isEmpty: boolean };

const NAMED_RANGES: Record<string, string[]> = {
  loopback: ["127.0.0.0/8", "::1/128"],
  private: ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7"],
};

/** Parses TRUSTED_PROXIES: "vercel", or a comma-separated list of CIDRs, addresses, "loopback", "private". */
export function parseTrustedProxies(value: string): TrustedProxies {
  const items = value
    .split(",")
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  if (items.length === 1 && items[0] === "vercel") return { platform: "vercel" };
  if (items.includes("vercel")) throw new Error(`"vercel" cannot be combined with other proxies`);
  const list = new BlockList();
  for (const item of items.flatMap((i) => NAMED_RANGES[i] ?? [i])) {
    const [address = "", bits] = item.split("/");
    const family = isIP(address);
    const prefix = bits === undefined ? (family === 6 ? 128 : 32) : Number(bits);
    if (!family || !Number.isInteger(prefix) || prefix < 0 || prefix > (family === 6 ? 128 : 32)) {
      throw new Error(`"${item}" is not an IP address, a CIDR, "loopback", "private" or "vercel"`);
    }
    list.addSubnet(address, prefix, family === 6 ? "ipv6" : "ipv4");
  }
  return { platform: null, list, isEmpty: items.length === 0 };
}
