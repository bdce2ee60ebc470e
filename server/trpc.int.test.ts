import { afterAll, beforeAll, expect, it } from "vitest";
import { toSessionUser } from "./accounts/session";
import { openDatabase } from "./platform/db";
import { createTestDatabase, describeDb, type TestDatabase } from "./testing/database";
import { callerFor, httpCall, trpcUrl } from "./testing/trpc";
import { INTERNAL_MESSAGE, publicProcedure, router, UNAVAILABLE_MESSAGE } from "./trpc";

describeDb("tRPC over HTTP", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    const db = database.prisma;
    await db.glossaryTerm.create({
      data: {
        slug: "backend",
        term: "Backend",
        pronunciation: "[bak-end]",
        summary: "The server side.",
        sections: [],
        category: "backend",
        status: "PUBLISHED",
        publishedAt: new Date(),
      },
    });
    await db.glossaryTerm.create({
      data: {
        slug: "secret-draft",
        term: "Aardvark draft",
        pronunciation: "[x]",
        summary: "Not yet.",
        sections: [],
        category: "design",
        status: "DRAFT",
      },
    });
  });
  afterAll(() => database?.close());

  it("serves published glossary terms and hides drafts", async () => {
    const res = await httpCall(database.prisma, new Request(trpcUrl("glossary.list", { limit: 10 })));
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.result.data.json.map((t: { slug: string }) => t.slug)).toEqual(["backend"]);
  });

  it("answers an anonymous call of an authed procedure with 401 JSON", async () => {
    const res = await httpCall(database.prisma, new Request(trpcUrl("account.me")));
    expect(res.status).toBe(401);
    expect(res.headers.get("content-type")).toContain("application/json");
    const body = await res.json();
    expect(body.error.json.data.code).toBe("UNAUTHORIZED");
    expect(body.error.json.message).toBe("Please sign in to continue.");
  });

  it("lets a signed-in user read their own account", async () => {
    const user = await database.prisma.user.create({ data: { email: "client@example.com", name: "Client" } });
    const caller = await callerFor(database.prisma, toSessionUser(user));
    await expect(caller.account.me()).resolves.toMatchObject({ email: "client@example.com", staffRole: null });
  });

  it("rejects bad input with 400 and the field path", async () => {
    const res = await httpCall(database.prisma, new Request(trpcUrl("glossary.list", { limit: "many" })));
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.json.data.issues).toEqual([
      expect.objectContaining({ path: "limit", message: "Enter a number." }),
    ]);
    expect(body.error.json.message).toBe("Limit: enter a number.");
  });

  it("answers an unknown procedure with 404 JSON", async () => {
    const res = await httpCall(database.prisma, new Request(trpcUrl("glossary.nope")));
    expect(res.status).toBe(404);
    expect((await res.json()).error.json.data.code).toBe("NOT_FOUND");
  });

  it("answers malformed JSON with 400, not 500", async () => {
    const res = await httpCall(
      database.prisma,
      new Request("http://localhost/api/trpc/glossary.list?input=%7Bnot-json", { method: "GET" }),
    );
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.json.data.code).toBe("BAD_REQUEST");
    expect(body.error.json.message).toMatch(/JSON/);
  });

  it("hides internals of an unexpected error behind a 500 with a plain message", async () => {
    const failing = router({
      explode: publicProcedure.query(() => {
        throw new Error('relation "User" does not exist: SELECT "id", "email" FROM "User" WHERE password = $1');
      }),
    });
    const res = await httpCall(database.prisma, new Request(trpcUrl("explode")), { router: failing });
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(JSON.parse(text).error.json.message).toBe(INTERNAL_MESSAGE);
    expect(text).not.toMatch(/SELECT|relation|stack|at .*\.ts/);
  });

  it("answers 503 with a clear message when the database is unreachable", async () => {
    const unreachable = openDatabase({ url: "postgres://postgres@127.0.0.1:1/nowhere", poolMax: 1 });
    try {
      const res = await httpCall(unreachable.prisma, new Request(trpcUrl("glossary.list", { limit: 1 })));
      expect(res.status).toBe(503);
      const body = await res.json();
      expect(body.error.json.message).toBe(UNAVAILABLE_MESSAGE);
      expect(JSON.stringify(body)).not.toContain("ECONNREFUSED");
    } finally {
      await unreachable.close();
    }
  });
  it.each([
    [
      "a contact form field (POST, anonymous)",
      "leads.submitContact",
      {
        name: "Nul\u0000Byte",
        email: "nul@example.com",
        message: "Hello there, this is long enough.",
        startedAt: Date.now() - 10_000,
        idempotencyKey: "nul-byte-contact-0001",
      },
    ],
    ["a search query (GET)", "search.query", { q: "cache\u0000" }],
    ["an object key", "glossary.list", { "lim\u0000it": 1 }],
  ])("refuses U+0000 in %s with a clear 400, before PostgreSQL sees it", async (_name, path, input) => {
    const isMutation = path === "leads.submitContact";
    const request = isMutation
      ? new Request(trpcUrl(path), {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ json: input }),
        })
      : new Request(trpcUrl(path, input));
    const res = await httpCall(database.prisma, request);
    expect(res.status).toBe(400);
    expect((await res.json()).error.json.message).toBe("Text may not contain the NUL character (U+0000).");
    expect(await database.prisma.lead.count()).toBe(0);
  });

  it.each([
    ["an id (found by the fuzz test: a 500 from leads.byId)", "leads.byId", { id: "lead\udfff" }],
    ["a search query (GET)", "search.query", { q: "cache\ud800" }],
    ["an object key", "glossary.list", { "lim\udc00it": 1 }],
  ])("refuses a lone surrogate in %s with a clear 400, before PostgreSQL sees it", async (_name, path, input) => {
    const res = await httpCall(database.prisma, new Request(trpcUrl(path, input)));
    expect(res.status).toBe(400);
    expect((await res.json()).error.json.message).toMatch(/^Text must be valid Unicode/);
  });

  it("answers at once when superjson's shared references make the input a huge graph", async () => {
    // 40 levels whose two branches are the same object: 2^40 paths through 41 objects.
    let json: unknown = "x";
    const referentialEqualities: Record<string, string[]> = {};
    for (let i = 0; i < 40; i++) {
      json = { l: json, r: null };
      const at = ["q", ...Array(i).fill("l")].join(".");
      referentialEqualities[`${at}.l`] = [`${at}.r`];
    }
    const body = { json: { q: json }, meta: { referentialEqualities } };
    const started = Date.now();
    const res = await httpCall(
      database.prisma,
      new Request(`http://localhost/api/trpc/search.query?input=${encodeURIComponent(JSON.stringify(body))}`),
    );
    expect(res.status).toBe(400);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("refuses input nested deeper than any form sends with a 400", async () => {
    const deep = `${"[".repeat(5000)}"x"${"]".repeat(5000)}`;
    const input = encodeURIComponent(`{"json":{"q":${deep}}}`);
    const res = await httpCall(database.prisma, new Request(`http://localhost/api/trpc/search.query?input=${input}`));
    expect(res.status).toBe(400);
    expect((await res.json()).error.json.message).toBe("The input is nested too deeply.");
  });
});
