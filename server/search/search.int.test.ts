import { afterAll, beforeAll, expect, it } from "vitest";
import { seedDatabase } from "../../prisma/seed";
import { setTermStatus } from "../glossary/service";
import { createTestDatabase, describeDb, type TestDatabase } from "../testing/database";
import { callerFor } from "../testing/trpc";
import { snippetParts, toPrefixTsQuery } from "./service";

describeDb("full-text search", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDatabase(database.prisma, { demoAccounts: false });
  });
  afterAll(() => database?.close());

  it("matches prefixes, so 'cach' finds Caching first", async () => {
    const caller = await callerFor(database.prisma);
    const page = await caller.search.query({ q: "cach", limit: 5 });
    expect(page.hits[0]).toMatchObject({ kind: "GLOSSARY", title: "Caching", url: "/glossary/caching" });
    expect(page.hits.length).toBe(5);
    expect(page.hits.some((h) => h.snippet.some((p) => p.isMatch && /^cach/i.test(p.text)))).toBe(true);
  });

  it("searches glossary, blog and FAQ together, or one kind", async () => {
    const caller = await callerFor(database.prisma);
    const all = await caller.search.query({ q: "subscription", limit: 50 });
    expect(new Set(all.hits.map((h) => h.kind))).toEqual(
      new Set(["GLOSSARY", "BLOG", "FAQ"].filter((k) => all.hits.some((h) => h.kind === k))),
    );
    expect(all.hits.some((h) => h.kind === "BLOG")).toBe(true);
    expect(all.hits.some((h) => h.kind === "FAQ")).toBe(true);
    const faqOnly = await caller.search.query({ q: "subscription", kind: "FAQ", limit: 50 });
    expect(faqOnly.hits.length).toBeGreaterThan(0);
    expect(faqOnly.hits.every((h) => h.kind === "FAQ" && h.url.startsWith("/faq#"))).toBe(true);
  });

  it("pages with a cursor without repeating hits", async () => {
    const caller = await callerFor(database.prisma);
    const first = await caller.search.query({ q: "design", limit: 4 });
    expect(first.nextCursor).toBe(4);
    const second = await caller.search.query({ q: "design", limit: 4, cursor: first.nextCursor });
    const urls = [...first.hits, ...second.hits].map((h) => h.url);
    expect(new Set(urls).size).toBe(8);
  });

  it.each([[""], ["   "], [`'":*&|!()`], ["a".repeat(5_000)], ["<script>alert(1)</script>"], ["caché 🚀 مرحبا"]])(
    "answers odd input %# with a normal (possibly empty) result",
    async (q) => {
      const caller = await callerFor(database.prisma);
      const page = await caller.search.query({ q, limit: 10 });
      expect(Array.isArray(page.hits)).toBe(true);
    },
  );

  it("never returns unpublished content", async () => {
    await setTermStatus(database.prisma, "caching", "DRAFT");
    const caller = await callerFor(database.prisma);
    const page = await caller.search.query({ q: "caching", limit: 50 });
    expect(page.hits.map((h) => h.url)).not.toContain("/glossary/caching");
    await setTermStatus(database.prisma, "caching", "PUBLISHED");
    expect((await caller.search.query({ q: "caching", limit: 1 })).hits[0]?.url).toBe("/glossary/caching");
  });
});

it("builds only safe prefix queries", () => {
  expect(toPrefixTsQuery("Load  balanc")).toBe("load:* & balanc:*");
  expect(toPrefixTsQuery(`'":*&|!()`)).toBeNull();
  expect(toPrefixTsQuery("ab:* | cd")).toBe("ab:* & cd:*");
});

it("splits highlighted snippets into text and matches", () => {
  expect(snippetParts("a \uE000cache\uE001 b")).toEqual([
    { text: "a ", isMatch: false },
    { text: "cache", isMatch: true },
    { text: " b", isMatch: false },
  ]);
});

it("ignores one-letter words, which would match nearly everything", () => {
  expect(toPrefixTsQuery("c")).toBeNull();
  expect(toPrefixTsQuery("a design")).toBe("design:*");
});
