import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SessionUser, toSessionUser } from "./accounts/session";
import { isFastPathRequest, serveTrpcFromNode } from "./http-node";
import { compileHeaderRules } from "./platform/config-headers";
import { createTestDatabase, describeDb, type TestDatabase } from "./testing/database";
import { httpCall } from "./testing/trpc";

// The two rules of next.config.js that reach /api/trpc, as the build writes them.
const rules = compileHeaderRules([
  {
    regex: "^(?:/((?:[^/]+?)(?:/(?:[^/]+?))*))?(?:/)?$",
    headers: [
      { key: "Content-Security-Policy", value: "default-src 'self'; frame-ancestors 'none'" },
      { key: "X-Frame-Options", value: "DENY" },
    ],
  },
  {
    regex: "^(?:/((?:[^/]+?)(?:/(?:[^/]+?))*))?(?:/)?$",
    has: [{ type: "cookie", key: "__prerender_bypass" }],
    headers: [
      { key: "Content-Security-Policy", value: "default-src 'self'; frame-ancestors 'self'" },
      { key: "X-Frame-Options", value: "SAMEORIGIN" },
    ],
  },
])!;
const routeHeaders = { rules, vary: "rsc, next-router-state-tree" };

const input = (value: unknown) => encodeURIComponent(JSON.stringify({ json: value }));

describeDb("tRPC fast path (server/http-node.ts) answers as the route handler does", () => {
  let database: TestDatabase;
  let user: SessionUser;
  let server: http.Server;
  let base: string;
  let requestCount = 0;

  beforeAll(async () => {
    database = await createTestDatabase();
    user = toSessionUser(await database.prisma.user.create({ data: { email: "fast@example.com" } }));
    // Enough notifications that the list is over the compression threshold.
    await database.prisma.notification.createMany({
      data: Array.from({ length: 30 }, (_, i) => ({
        userId: user.id,
        kind: "REQUEST_COMMENT" as const,
        title: `Comment ${i} on the homepage redesign`,
        body: "The hero needs a second look before Friday's review.",
        href: "/portal",
      })),
    });
    server = http.createServer((req, res) => {
      const signedIn = req.headers.cookie?.includes("signed-in=1");
      void serveTrpcFromNode(req, res, {
        routeHeaders,
        db: database.prisma,
        getSession: async () => (signedIn ? { user, expires: new Date(Date.now() + 3_600_000).toISOString() } : null),
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    await database?.close();
  });

  /**
   * The same request through the route's handler (with the x-forwarded-* headers Next adds) and
   * through the fast path, each from its own client address so neither spends the other's rate limit.
   */
  async function both(path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
    requestCount++;
    const headers: Record<string, string> = { "x-request-id": `fast-path-test-${requestCount}`, ...init.headers };
    const host = new URL(base).host;
    const reference = await httpCall(
      database.prisma,
      new Request(`${base}${path}`, {
        method: init.method ?? "GET",
        body: init.body,
        headers: {
          ...headers,
          host,
          "x-forwarded-host": host,
          "x-forwarded-port": new URL(base).port,
          "x-forwarded-proto": "http",
          "x-forwarded-for": `10.1.0.${requestCount}`,
        },
      }),
      { user: headers.cookie?.includes("signed-in=1") ? user : undefined },
    );
    const fast = await fetch(`${base}${path}`, {
      method: init.method ?? "GET",
      body: init.body,
      headers: { ...headers, "x-forwarded-for": `10.2.0.${requestCount}` },
    });
    return { reference, fast, referenceBody: await reference.text(), fastBody: await fast.text() };
  }

  /**
   * Every header the route's Response carries reaches the client with the same value, plus
   * next.config's. A signed-in pair spends one account's limit twice, so the count left differs.
   */
  function expectSameHeaders(reference: Response, fast: Response, cspFrame = "'none'") {
    for (const [name, value] of reference.headers) {
      if (name === "ratelimit-remaining" || name === "ratelimit-reset") expect(fast.headers.has(name)).toBe(true);
      // Compression's own entry is added, as Next's compression does.
      else if (name === "vary")
        expect(fast.headers.get(name)).toBe(`rsc, next-router-state-tree, ${value}, Accept-Encoding`);
      else expect([name, fast.headers.get(name)]).toEqual([name, value]);
    }
    expect(fast.headers.get("content-security-policy")).toBe(`default-src 'self'; frame-ancestors ${cspFrame}`);
    expect(fast.headers.get("vary")).toMatch(/Accept-Encoding$/);
  }

  it("an anonymous query: same status, body and headers, with the security headers", async () => {
    const { reference, fast, referenceBody, fastBody } = await both("/api/trpc/plans.list");
    expect(fast.status).toBe(200);
    expect(fast.status).toBe(reference.status);
    expect(fastBody).toBe(referenceBody);
    expectSameHeaders(reference, fast);
    expect(fast.headers.get("ratelimit-limit")).toBe("300");
    expect(fast.headers.get("x-request-id")).toBe(`fast-path-test-${requestCount}`);
  });

  it("a signed-in query, large enough to be gzipped, decodes to the same body", async () => {
    const path = `/api/trpc/notifications.list?input=${input({ limit: 30 })}`;
    const { reference, fast, referenceBody, fastBody } = await both(path, {
      headers: { cookie: "signed-in=1", "accept-encoding": "gzip" },
    });
    expect(fast.status).toBe(200);
    expect(fast.headers.get("content-encoding")).toBe("gzip");
    expect(fastBody.length).toBeGreaterThan(1024);
    expect(fastBody).toBe(referenceBody);
    expectSameHeaders(reference, fast);
    expect(fast.headers.get("ratelimit-limit")).toBe("600");
  });

  it("a tiny body is sent as it is", async () => {
    const { fast, fastBody, referenceBody } = await both("/api/trpc/notifications.unreadCount", {
      headers: { cookie: "signed-in=1", "accept-encoding": "gzip" },
    });
    expect(fast.headers.get("content-encoding")).toBeNull();
    expect(fastBody).toBe(referenceBody);
  });

  it("errors: 401 with WWW-Authenticate, 400 for bad input, 404 for an unknown procedure", async () => {
    for (const [path, status] of [
      ["/api/trpc/account.me", 401],
      [`/api/trpc/notifications.list?input=${input({ limit: -3 })}`, 400],
      ["/api/trpc/nothing.here", 404],
    ] as const) {
      const { reference, fast, referenceBody, fastBody } = await both(path, {
        headers: path.includes("notifications") ? { cookie: "signed-in=1" } : {},
      });
      expect([path, fast.status]).toEqual([path, status]);
      expect(fastBody).toBe(referenceBody);
      expectSameHeaders(reference, fast);
    }
    const { fast } = await both("/api/trpc/account.me");
    expect(fast.headers.get("www-authenticate")).toBe('Bearer realm="atelier"');
  });

  it("a batch, and a batch over the limit", async () => {
    const path = `/api/trpc/plans.list,notifications.unreadCount?batch=1&input=${encodeURIComponent(JSON.stringify({}))}`;
    const ok = await both(path, { headers: { cookie: "signed-in=1" } });
    expect(ok.fast.status).toBe(200);
    expect(JSON.parse(ok.fastBody)).toHaveLength(2);
    expect(ok.fastBody).toBe(ok.referenceBody);
    expectSameHeaders(ok.reference, ok.fast);

    // httpBatchStreamLink's way of asking: whatever the route answers, the fast path answers too.
    const streamed = await both(path, { headers: { cookie: "signed-in=1", "trpc-accept": "application/jsonl" } });
    expect(streamed.fast.status).toBe(200);
    expect(streamed.fast.headers.get("content-type")).toBe(streamed.reference.headers.get("content-type"));
    // A streamed batch sends each call's result as it finishes, numbering the chunks in that order:
    // the same head line and the same payloads, whichever call finished first.
    const chunks = (body: string) => {
      const [head, ...rest] = body.split("\n").filter(Boolean);
      const payloads = rest.map((line) => JSON.stringify(JSON.parse(line).json?.[2]?.[0]?.[0] ?? null)).sort();
      return { head, payloads };
    };
    expect(chunks(streamed.fastBody)).toEqual(chunks(streamed.referenceBody));
    expect(chunks(streamed.fastBody).payloads).toContain(JSON.stringify({ count: 30 }));

    const tooMany = await both(`/api/trpc/${Array(21).fill("plans.list").join(",")}?batch=1&input=%7B%7D`);
    expect(tooMany.fast.status).toBe(400);
    expect(tooMany.fastBody).toBe(tooMany.referenceBody);
  });

  it("a cross-site mutation is refused the same way (and a preview cookie gets the preview policy)", async () => {
    // Served by the handler here; in the server a preview cookie leaves the request to Next (below).
    const { reference, fast, referenceBody, fastBody } = await both("/api/trpc/notifications.markAllRead", {
      method: "POST",
      body: "{}",
      headers: {
        cookie: "signed-in=1; __prerender_bypass=abc",
        "content-type": "application/json",
        origin: "https://evil.example",
      },
    });
    expect(fast.status).toBe(403);
    expect(fastBody).toBe(referenceBody);
    expectSameHeaders(reference, fast, "'self'");
    expect(fast.headers.get("x-frame-options")).toBe("SAMEORIGIN");
    expect(await database.prisma.notification.count({ where: { userId: user.id, readAt: null } })).toBe(30);
  });
});

describe("which requests the fast path takes", () => {
  it("GET on the one segment the [trpc] route matches; everything else stays Next's", () => {
    expect(isFastPathRequest("GET", "/api/trpc/glossary.bySlug?input=%7B%7D")).toBe(true);
    expect(isFastPathRequest("GET", "/api/trpc/a,b?batch=1")).toBe(true);
    expect(isFastPathRequest("POST", "/api/trpc/notifications.markAllRead")).toBe(false);
    expect(isFastPathRequest("HEAD", "/api/trpc/plans.list")).toBe(false);
    expect(isFastPathRequest("GET", "/api/trpc/plans.list/")).toBe(false);
    expect(isFastPathRequest("GET", "/api/trpc/a/b")).toBe(false);
    expect(isFastPathRequest("GET", "/api/trpc/..")).toBe(false);
    expect(isFastPathRequest("GET", "/api/trpc/")).toBe(false);
    expect(isFastPathRequest("GET", "/api/trpcx/plans.list")).toBe(false);
    // Draft mode: Next validates (and clears a stale) preview cookie on every request.
    expect(isFastPathRequest("GET", "/api/trpc/account.me", "a=1; __prerender_bypass=x")).toBe(false);
    expect(isFastPathRequest("GET", "/api/trpc/account.me", "next-auth.session-token=abc")).toBe(true);
  });
});
