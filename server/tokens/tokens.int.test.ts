import { afterAll, beforeAll, expect, it } from "vitest";
import { type SessionUser, toSessionUser } from "../accounts/session";
import { MemoryRateLimitStore, rateLimits } from "../platform/rate-limit";
import { appRouter } from "../router";
import { createTestDatabase, describeDb, type TestDatabase } from "../testing/database";
import { callerFor, httpCall, trpcUrl } from "../testing/trpc";
import { effectiveScopes, procedureScopes, tokenScopes } from "./scopes";

describeDb("API tokens", () => {
  let database: TestDatabase;
  let user: SessionUser;
  beforeAll(async () => {
    database = await createTestDatabase();
    user = toSessionUser(await database.prisma.user.create({ data: { email: "dev@example.com", name: "Dev" } }));
  });
  afterAll(() => database?.close());

  const bearer = (token: string, path: string, init: RequestInit = {}) =>
    httpCall(
      database.prisma,
      new Request(trpcUrl(path), { ...init, headers: { authorization: `Bearer ${token}`, ...(init.headers ?? {}) } }),
    );

  it("is shown once, stored only as a hash, and works without cookies", async () => {
    const caller = await callerFor(database.prisma, user);
    const created = await caller.tokens.create({ name: "script", scopes: ["requests:read"], expiresInDays: 30 });
    expect(created.token).toMatch(/^atl_[A-Za-z0-9]{12}_[\w-]{43}$/);
    const row = await database.prisma.apiToken.findUniqueOrThrow({ where: { id: created.id } });
    // The secret is everything after "atl_<prefix>_" (it may itself contain "_").
    const secret = created.token.slice("atl_".length + 12 + 1);
    expect(secret).toHaveLength(43);
    expect(JSON.stringify(row)).not.toContain(secret);
    expect((await caller.tokens.list())[0]).not.toHaveProperty("tokenHash");

    const res = await bearer(created.token, "account.me");
    expect(res.status).toBe(200);
    expect(Number(res.headers.get("ratelimit-remaining"))).toBe(rateLimits["api-token"].limit - 1);
    expect((await res.json()).result.data.json.email).toBe("dev@example.com");
    expect((await database.prisma.apiToken.findUniqueOrThrow({ where: { id: created.id } })).lastUsedAt).not.toBeNull();
  });

  it("enforces scopes: a token without a procedure's scope is refused, and no token manages tokens", async () => {
    const caller = await callerFor(database.prisma, user);
    const read = await caller.tokens.create({ name: "read", scopes: ["requests:read"], expiresInDays: null });
    const res = await bearer(read.token, "notifications.markAllRead", {
      method: "POST",
      body: JSON.stringify({ json: null }),
      headers: { "content-type": "application/json" },
    });
    expect(res.status).toBe(403);
    expect((await res.json()).error.json.message).toContain('lacks the "notifications:write" scope');
    const update = await bearer(read.token, "account.update", {
      method: "POST",
      body: JSON.stringify({ json: { name: "Hacked" } }),
      headers: { "content-type": "application/json" },
    });
    expect(update.status).toBe(403);
    expect((await database.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe("Dev");

    const write = await caller.tokens.create({
      name: "write",
      scopes: ["notifications:read", "notifications:write"],
      expiresInDays: null,
    });
    const allowed = await bearer(write.token, "notifications.markAllRead", {
      method: "POST",
      body: JSON.stringify({ json: null }),
      headers: { "content-type": "application/json" },
    });
    expect(allowed.status).toBe(200);
    const escalate = await bearer(write.token, "tokens.create", {
      method: "POST",
      body: JSON.stringify({ json: { name: "more", scopes: ["admin:write"], expiresInDays: null } }),
      headers: { "content-type": "application/json" },
    });
    expect(escalate.status).toBe(403);
  });

  it("maps tokens made before fine-grained scopes to the safe scopes, without the dangerous ones", async () => {
    const caller = await callerFor(database.prisma, user);
    const created = await caller.tokens.create({ name: "legacy", scopes: ["requests:read"], expiresInDays: null });
    await database.prisma.apiToken.update({ where: { id: created.id }, data: { scopes: ["read", "write"] } });
    const listed = (await caller.tokens.list()).find((t) => t.id === created.id);
    expect(listed?.isLegacy).toBe(true);
    expect(listed?.scopes).toContain("requests:write");
    expect(listed?.scopes).toContain("billing:read");
    for (const dangerous of ["members:owner", "billing:plan", "admin:write"])
      expect(listed?.scopes).not.toContain(dangerous);
    const readOnly = effectiveScopes(["read"]);
    expect(readOnly.every((s) => s.endsWith(":read"))).toBe(true);
  });

  it("refuses revoked, expired, tampered and foreign tokens with a reason", async () => {
    const caller = await callerFor(database.prisma, user);
    const revoked = await caller.tokens.create({ name: "old", scopes: ["requests:read"], expiresInDays: null });
    await caller.tokens.revoke({ id: revoked.id });
    const expired = await caller.tokens.create({ name: "exp", scopes: ["requests:read"], expiresInDays: 1 });
    await database.prisma.apiToken.update({
      where: { id: expired.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const cases: [string, string][] = [
      [revoked.token, "revoked"],
      [expired.token, "expired"],
      [`${revoked.token.slice(0, -4)}AAAA`, "not valid"],
      ["atl_AAAAAAAAAAAA_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "not valid"],
      ["hello", "not an Atelier API token"],
    ];
    for (const [token, reason] of cases) {
      const res = await bearer(token, "glossary.list");
      expect(res.status, token).toBe(401);
      expect((await res.json()).error.json.message).toContain(reason);
    }
    // Another user cannot revoke my token.
    const other = await callerFor(
      database.prisma,
      toSessionUser(await database.prisma.user.create({ data: { email: "other@example.com" } })),
    );
    const mine = await caller.tokens.create({ name: "mine", scopes: ["requests:read"], expiresInDays: null });
    await expect(other.tokens.revoke({ id: mine.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const actions = (await database.prisma.auditLog.findMany({ where: { action: { startsWith: "token." } } })).map(
      (a) => a.action,
    );
    expect(actions).toContain("token.created");
    expect(actions).toContain("token.revoked");
  });

  it("answers 429 with Retry-After once a token has used its calls for the minute", async () => {
    const caller = await callerFor(database.prisma, user);
    const busy = await caller.tokens.create({ name: "busy", scopes: ["requests:read"], expiresInDays: null });
    const store = new MemoryRateLimitStore();
    const globalStore = globalThis as unknown as { atelierRateLimitStore?: unknown };
    const previous = globalStore.atelierRateLimitStore;
    globalStore.atelierRateLimitStore = store;
    try {
      for (let i = 0; i < rateLimits["api-token"].limit; i++) await store.hit(`api-token:${busy.id.toLowerCase()}`, 60);
      const res = await bearer(busy.token, "glossary.list");
      expect(res.status).toBe(429);
      expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(res.headers.get("ratelimit-limit")).toBe(String(rateLimits["api-token"].limit));
      expect(res.headers.get("ratelimit-remaining")).toBe("0");
      expect((await res.json()).error.json.message).toMatch(/too many calls.*try again in/i);
    } finally {
      globalStore.atelierRateLimitStore = previous;
    }
  });

  it("caps batches, and answers 401 with WWW-Authenticate", async () => {
    const paths = Array.from({ length: 21 }, () => "glossary.list").join(",");
    const input = JSON.stringify(Object.fromEntries(Array.from({ length: 21 }, (_, i) => [i, { json: {} }])));
    const big = await httpCall(
      database.prisma,
      new Request(`http://localhost:3000/api/trpc/${paths}?batch=1&input=${encodeURIComponent(input)}`),
    );
    expect(big.status).toBe(400);
    expect((await big.json()).error.message).toMatch(/at most 20 calls/);
    const anonymous = await httpCall(database.prisma, new Request(trpcUrl("account.me")));
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("www-authenticate")).toBe('Bearer realm="atelier"');
    expect(Number(anonymous.headers.get("ratelimit-limit"))).toBe(rateLimits["api-anonymous"].limit);
  });

  it("gives every procedure a scope row, and every scope guards at least one procedure", () => {
    const procedures = Object.keys(appRouter._def.procedures).sort();
    expect(
      procedures.filter((p) => !(p in procedureScopes)),
      "procedures without a row in scopes.ts",
    ).toEqual([]);
    expect(
      Object.keys(procedureScopes).filter((p) => !procedures.includes(p)),
      "rows for missing procedures",
    ).toEqual([]);
    const used = new Set(Object.values(procedureScopes));
    // members:owner is asked inside workspace.invite/changeRole, files:write by the upload route (both in rest.int.test.ts).
    const elsewhere = new Set(["members:owner", "files:write"]);
    expect(
      tokenScopes.filter((s) => !used.has(s) && !elsewhere.has(s)),
      "scopes nothing needs",
    ).toEqual([]);
  });
});
