import { type BlockList, isIP } from "node:net";
import { serverEnv } from "../env";
import { logger } from "./logger";
import type { TrustedProxies } from "./trusted-proxies";

/** The socket address, stamped by server/platform/http-hooks.cjs (clients cannot set it). */
export const PEER_HEADER = "x-atelier-peer";

/** IPv4 clients of a dual-stack socket show up as ::ffff:a.b.c.d. */
function normalize(address: string | null | undefined): string | null {
  const value = address?.trim();
  if (!value) return null;
  const unmapped = value.toLowerCase().startsWith("::ffff:") && isIP(value.slice(7)) === 4 ? value.slice(7) : value;
  return isIP(unmapped) ? unmapped : null;
}

function isTrusted(list: BlockList, address: string) {
  return list.check(address, isIP(address) === 6 ? "ipv6" : "ipv4");
}

const hookLoaded = () => Boolean((globalThis as Record<symbol, unknown>)[Symbol.for("atelier.peerAddressHook")]);
let warnedNoHook = false;

/**
 * The client's address. It starts from the socket's address and moves left through
 * X-Forwarded-For only while the hop that wrote an entry is a trusted proxy: entries a client
 * wrote itself are never believed. On Vercel the platform overwrites `x-real-ip`, so that is used.
 */
export function clientIpFrom(headers: Headers, trusted: TrustedProxies = serverEnv().TRUSTED_PROXIES): string {
  if (trusted.platform === "vercel") {
    return (
      normalize(headers.get("x-vercel-forwarded-for")?.split(",")[0]) ??
      normalize(headers.get("x-real-ip")) ??
      "unknown"
    );
  }
  const forwarded = (headers.get("x-forwarded-for") ?? "").split(",").map((s) => s.trim());
  let peer = normalize(headers.get(PEER_HEADER));
  if (!hookLoaded()) {
    // Started without scripts/serve.cjs: Next wrote the socket address into X-Forwarded-For only
    // if the client sent none, so the right-most entry is the best we have — and forgeable.
    if (!warnedNoHook) {
      warnedNoHook = true;
      logger.warn("client addresses come from X-Forwarded-For, which clients can forge: start with npm start");
    }
    peer = normalize(forwarded.pop());
  }
  if (!peer) return "unknown";
  if (trusted.isEmpty) return peer;
  let client = peer;
  while (isTrusted(trusted.list, client) && forwarded.length > 0) {
    const next = normalize(forwarded.pop());
    if (!next) break; // a trusted proxy passed on garbage: keep the last address we can vouch for
    client = next;
  }
  return client;
}
