import http from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isFastPathRequest, serveTrpcFromNode } from "./http-node";
import { openDatabase } from "./platform/db";
import { UNAVAILABLE_MESSAGE } from "./trpc";

// The preload hook patches Node's HTTP server for this test file's worker, as `npm start` does.
createRequire(import.meta.url)("./platform/http-hooks.cjs");
const FAST_PATH = Symbol.for("atelier.trpcFastPath");

describe("the preload hook hands tRPC queries to the fast path", () => {
  // Nothing listens on port 1: every query fails to connect, as in a database outage.
  const unreachable = openDatabase({ url: "postgres://atelier@127.0.0.1:1/none", poolMax: 1 });
  let server: http.Server;
  let base: string;
  beforeAll(async () => {
    (globalThis as Record<symbol, unknown>)[FAST_PATH] = (req: http.IncomingMessage, res: http.ServerResponse) => {
      if (!isFastPathRequest(req.method, req.url, req.headers.cookie)) return false;
      void serveTrpcFromNode(req, res, {
        routeHeaders: { rules: [], vary: null },
        db: unreachable.prisma,
        getSession: async () => null,
      });
      return true;
    };
    // Stands in for Next: whatever it answers is marked.
    server = http.createServer((_req, res) => {
      res.writeHead(299, { "x-answered-by": "next" }).end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    delete (globalThis as Record<symbol, unknown>)[FAST_PATH];
    await new Promise((resolve) => server?.close(resolve));
    await unreachable.close();
  });

  it("a query that cannot reach the database answers 503 with Retry-After, and a request id", async () => {
    const res = await fetch(`${base}/api/trpc/glossary.list?input=${encodeURIComponent('{"json":{"limit":1}}')}`);
    expect(res.headers.get("x-answered-by")).toBeNull();
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("30");
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("x-request-id")).toMatch(/^[\w.-]{8,128}$/);
    expect((await res.json()).error.json.message).toBe(UNAVAILABLE_MESSAGE);
  });

  it("mutations, other paths and draft-mode requests go to Next", async () => {
    for (const [path, init] of [
      ["/api/trpc/notifications.markAllRead", { method: "POST", body: "{}" }],
      ["/api/trpc/a/b", {}],
      ["/api/health", {}],
      ["/api/trpc/account.me", { headers: { cookie: "__prerender_bypass=1" } }],
    ] as const) {
      const res = await fetch(base + path, init);
      expect([path, res.status, res.headers.get("x-answered-by")]).toEqual([path, 299, "next"]);
    }
  });
});
