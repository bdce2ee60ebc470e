import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import superjson from "superjson";
import { afterAll, beforeAll, expect, it } from "vitest";
import type * as zc from "zod/v4/core";
import { seedDatabase } from "../prisma/seed";
import { type Role, roles } from "./authorization-matrix";
import { storeImage } from "./files/service";
import { LocalDiskStorage } from "./platform/storage";
import { appRouter } from "./router";
import { createTestDatabase, describeDb, type TestDatabase } from "./testing/database";
import { solidPng } from "./testing/images";
import { createPeople, type People } from "./testing/people";
import { subscribe } from "./testing/subscriptions";
import { callerFor, httpCall } from "./testing/trpc";
import { arbitraryFor } from "./testing/zod-arbitrary";

// FUZZ_SEED=<n> replays a run; each procedure × role draws from its own seed, so adding a procedure changes no other case.
const SEED = Number(process.env.FUZZ_SEED) || 20260512;
const CASES = Number(process.env.FUZZ_CASES) || 6;

type Procedure = { _def: { type: "query" | "mutation" | "subscription"; inputs: zc.$ZodType[] } };
type Case = { input: unknown } | { raw: string };

const polluting = () => [
  JSON.parse('{"__proto__":{"polluted":"yes"}}'),
  JSON.parse('{"constructor":{"prototype":{"polluted":"yes"}}}'),
  JSON.parse('{"prototype":{"polluted":"yes"}}'),
];

function nested(depth: number, wrap: (inner: unknown) => unknown) {
  let value: unknown = "bottom";
  for (let i = 0; i < depth; i++) value = wrap(value);
  return value;
}

// Strings avoid the words the leak check looks for, so an error that echoes its input is not a leak.
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      "\u0000",
      "a\u0000b",
      "\ud800",
      "x\udfffy",
      "x".repeat(30_000),
      "é".repeat(5_000),
      "🧑‍🎨".repeat(500),
      "' OR '1'='1",
      '"; DROP TABLE "User"; --',
      "%00%",
      "_%\\",
      "../../../../etc/passwd",
      "<script>alert(1)</script>",
      "NaN",
      "-0",
      "1e308",
      "Infinity",
      "null",
      "undefined",
      "[]",
      " ",
      "",
      "\u202e\u2066",
      "\u2028\u2029\ufeff",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, on purpose
      "${7*7}{{7*7}}",
      "a\r\nSet-Cookie: x=1",
    ),
  },
  fc.constantFrom(
    1e308,
    -1e308,
    -0,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -1,
    0.5,
    2 ** 31,
    2 ** 53 + 2,
  ),
  fc.constantFrom(null, undefined, true, false, [], [[[]]], {}, 10n ** 30n),
  fc.constantFrom(
    new Date(Number.NaN),
    new Date(8.64e15),
    new Date(-8.64e15),
    new Map([["a", 1]]),
    new Set([1]),
    /a+$/,
  ),
  fc.constant(null).map(() => Array.from({ length: 1_000 }, () => "x")),
  fc.constant(null).chain(() => fc.constantFrom(...polluting())),
  fc.constant(null).map(() => nested(2_000, (inner) => ({ a: inner }))),
  fc.constant(null).map(() => nested(2_000, (inner) => [inner])),
  fc.anything({ maxDepth: 2 }),
);

/** Every place in a value a mutation can hit: the root, and each key of each object or array. */
function placesOf(
  value: unknown,
  at: (string | number)[] = [],
  out: { at: (string | number)[]; value: unknown }[] = [],
) {
  out.push({ at, value });
  if (value && typeof value === "object" && !(value instanceof Date) && at.length < 6) {
    for (const [key, child] of Object.entries(value))
      placesOf(child, [...at, Array.isArray(value) ? Number(key) : key], out);
  }
  return out;
}

function replaceAt(value: unknown, at: (string | number)[], replace: (old: unknown) => unknown): unknown {
  if (at.length === 0) return replace(value);
  const [key, ...rest] = at as [string | number, ...(string | number)[]];
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  const next = replaceAt(copy[key], rest, replace);
  if (next === dropped) delete copy[key];
  else Object.defineProperty(copy, key, { value: next, enumerable: true, writable: true, configurable: true });
  return copy;
}
const dropped = Symbol("dropped");

// One bad character in an otherwise valid string gets past validation to the service and the database.
const taints = ["\u0000", "\ud800", "\udfff", "\u202e", "\uffff", "'", "\\", "%"];

const mutations = {
  replace: (_old: unknown, hostile: unknown) => hostile,
  taint: (old: unknown, hostile: unknown, pick: number) =>
    typeof old === "string" ? old.slice(0, Math.max(0, old.length - 1)) + taints[pick % taints.length] : hostile,
  drop: () => dropped,
  wrap: (old: unknown) => [old],
  // Spread, not Object.assign: only a spread keeps "__proto__" as an own key that reaches the wire.
  pollute: (old: unknown, _hostile: unknown, pick: number) =>
    old && typeof old === "object" ? { ...old, ...polluting()[pick % 3] } : polluting()[pick % 3],
};

const mutationKinds = ["replace", "taint", "taint", "taint", "drop", "wrap", "pollute"] as const;

// The transformer itself: malformed superjson envelopes and annotations, cycles, broken JSON.
const rawBodies = [
  '{"json":"x","meta":{"values":["bigint"]}}',
  '{"json":"(","meta":{"values":["regexp"]}}',
  '{"json":"not a date","meta":{"values":["Date"]}}',
  '{"json":{"a":"x"},"meta":{"values":{"a":[["custom","Nope"]]}}}',
  '{"json":{"a":"x"},"meta":{"values":{"a":[["class","Nope"]]}}}',
  '{"json":{"a":1},"meta":{"values":{"__proto__.polluted":["undefined"]}}}',
  '{"json":{"a":{}},"meta":{"referentialEqualities":{"a":["a.b"]}}}',
  '{"json":{},"meta":"nope"}',
  '{"json":',
  '"just a string"',
  "null",
  `{"json":${"[".repeat(10_000)}${"]".repeat(10_000)}}`,
];

function caseArbitrary(procedure: Procedure, stringsFor: (key: string) => readonly string[] | undefined) {
  const parts = procedure._def.inputs.map((input) => arbitraryFor(input, { stringsFor }));
  // Stacked .input() objects are merged by tRPC; so are their samples.
  const valid: fc.Arbitrary<unknown> = parts.length
    ? fc.tuple(...parts).map((values) => Object.assign({}, ...values))
    : fc.constant(undefined);
  const mutated = fc
    .tuple(valid, fc.nat(), hostileValue, fc.constantFrom(...mutationKinds))
    .map(([value, pick, hostile, kind]) => {
      const places = placesOf(value);
      const strings = places.filter((p) => typeof p.value === "string");
      const candidates = kind === "taint" && strings.length ? strings : places;
      const place = candidates[pick % candidates.length]?.at ?? [];
      return replaceAt(value, place, (old) => mutations[kind](old, hostile, pick));
    });
  return fc.oneof(
    { weight: 3, arbitrary: valid.map((input): Case => ({ input })) },
    { weight: 5, arbitrary: mutated.map((input): Case => ({ input })) },
    { weight: 1, arbitrary: hostileValue.map((input): Case => ({ input })) },
    { weight: 1, arbitrary: fc.constantFrom(...rawBodies).map((raw): Case => ({ raw })) },
  );
}

/** What the tRPC client would send; superjson refuses `__proto__` keys, which an attacker sends raw. */
function bodyOf(c: Case): string | undefined {
  if ("raw" in c) return c.raw;
  if (c.input === undefined) return undefined;
  try {
    return JSON.stringify(superjson.serialize(c.input));
  } catch {
    return JSON.stringify({ json: c.input });
  }
}

function requestFor(procedurePath: string, type: string, body: string | undefined, callNumber: number) {
  // A distinct address per call: the public forms' rate limit is not what is being fuzzed.
  const headers = {
    "content-type": "application/json",
    "x-forwarded-for": `10.${callNumber >> 16}.${(callNumber >> 8) & 255}.${callNumber & 255}`,
  };
  const url = `http://localhost/api/trpc/${procedurePath}`;
  if (type === "query") {
    return new Request(body === undefined ? url : `${url}?input=${encodeURIComponent(body)}`, { headers });
  }
  return new Request(url, { method: "POST", headers, body: body ?? "" });
}

// Checked on errors only: published content (the glossary explains SELECT and Prisma) is not a leak.
const internals: [string, RegExp][] = [
  ["stack trace", /\n\s+at |\bat [^\s"]+ \([^)]*:\d+:\d+\)/],
  [
    "SQL",
    /\bSELECT\b|\bINSERT INTO\b|\bUPDATE "|\bprisma\b|invalid byte sequence|relation "|syntax error at|violates .* constraint/i,
  ],
  ["file path", /\/work\/|node_modules|\.ts:|\.js:\d/],
];

function seedFor(...parts: string[]) {
  let hash = SEED | 0;
  for (const char of parts.join("|")) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0;
  return hash;
}

const clip = (s: string | undefined, n = 160) =>
  s === undefined ? "(none)" : s.length > n ? `${s.slice(0, n)}…(${s.length})` : s;

describeDb("fuzzing every procedure", () => {
  let database: TestDatabase;
  let people: People;
  const storageRoot = fs.mkdtempSync(path.join(os.tmpdir(), "atelier-fuzz-"));
  const pools = new Map<string, string[]>();
  /** Workspace A's ids, names and texts: none may reach ownerB or an anonymous caller. */
  const secretsOfA: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    const db = database.prisma;
    await seedDatabase(db, { demoAccounts: false });
    people = await createPeople(db);
    const wsA = people.workspaceA.id;
    const [ownerA, designer] = await Promise.all([
      callerFor(db, people.users.ownerA),
      callerFor(db, people.users.designer),
    ]);
    const plan = await db.plan.findFirstOrThrow({ select: { slug: true } });
    await ownerA.billing.checkout({ planSlug: plan.slug });
    await subscribe(db, wsA);
    const request = await ownerA.requests.create({
      workspaceId: wsA,
      title: "Alpha orchard relaunch",
      type: "landing-pages",
      brief: "Alpha brief, confidential",
    });
    await ownerA.requests.comment({ workspaceId: wsA, requestId: request.id, body: "Alpha comment, confidential" });
    await ownerA.workspace.invite({ workspaceId: wsA, email: "friend-of-alpha@example.com" });
    await ownerA.tokens.create({ name: "Alpha token", scopes: ["requests:read"], expiresInDays: null });
    await designer.requests.assign({ requestId: request.id, designerId: people.users.designer.id });
    await designer.requests.staffComment({ requestId: request.id, body: "Alpha staff note" });
    const file = await storeImage(db, new LocalDiskStorage(storageRoot), {
      data: solidPng(4, 4, [200, 10, 10]),
      originalName: "alpha.png",
      uploadedById: people.users.designer.id,
    });
    await designer.requests.deliver({ requestId: request.id, fileId: file.id });
    await db.session.create({
      data: {
        sessionToken: "alpha-session",
        userId: people.users.ownerA.id,
        expires: new Date(Date.now() + 86_400_000),
      },
    });

    const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
    const idPool = [
      ...ids(await db.workspace.findMany({ select: { id: true } })),
      ...ids(await db.user.findMany({ select: { id: true } })),
      ...ids(await db.designRequest.findMany({ select: { id: true } })),
      ...ids(await db.requestComment.findMany({ select: { id: true } })),
      ...ids(await db.fileAsset.findMany({ select: { id: true } })),
      ...ids(await db.deliverable.findMany({ select: { id: true } })),
      ...ids(await db.invitation.findMany({ select: { id: true } })),
      ...ids(await db.apiToken.findMany({ select: { id: true } })),
      ...ids(await db.notification.findMany({ select: { id: true } })),
      ...ids(await db.checkoutSession.findMany({ select: { id: true } })),
      ...ids(await db.session.findMany({ select: { id: true } })),
      ...ids(await db.faqEntry.findMany({ select: { id: true } })),
    ];
    const slugs = (rows: { slug: string }[]) => rows.map((r) => r.slug);
    const slugPool = [
      ...slugs(await db.blogPost.findMany({ select: { slug: true } })),
      ...slugs(await db.glossaryTerm.findMany({ select: { slug: true } })),
      ...slugs(await db.service.findMany({ select: { slug: true } })),
      ...slugs(await db.caseStudy.findMany({ select: { slug: true } })),
    ];
    pools.set("id", idPool);
    pools.set("slug", slugPool);
    pools.set("planSlug", slugs(await db.plan.findMany({ select: { slug: true } })));

    const aRequests = await db.designRequest.findMany({
      where: { workspaceId: wsA },
      select: { id: true, title: true },
    });
    secretsOfA.push(
      wsA,
      people.workspaceA.name,
      people.workspaceA.slug,
      people.users.ownerA.email,
      people.users.memberA.email,
      "friend-of-alpha@example.com",
      "Alpha token",
      "Alpha brief, confidential",
      "Alpha comment, confidential",
      "Alpha staff note",
      ...ids(await db.checkoutSession.findMany({ where: { userId: people.users.ownerA.id }, select: { id: true } })),
      ...aRequests.flatMap((r) => [r.id, r.title]),
      ...ids(
        await db.requestComment.findMany({
          where: { requestId: { in: aRequests.map((r) => r.id) } },
          select: { id: true },
        }),
      ),
      ...ids(await db.invitation.findMany({ where: { workspaceId: wsA }, select: { id: true } })),
      ...ids(await db.apiToken.findMany({ where: { userId: people.users.ownerA.id }, select: { id: true } })),
      ...ids(await db.notification.findMany({ where: { userId: people.users.ownerA.id }, select: { id: true } })),
      ...ids(await db.session.findMany({ where: { userId: people.users.ownerA.id }, select: { id: true } })),
      ...ids(
        await db.deliverable.findMany({
          where: { requestId: { in: aRequests.map((r) => r.id) } },
          select: { id: true },
        }),
      ),
    );
  });
  afterAll(async () => {
    await database?.close();
    fs.rmSync(storageRoot, { recursive: true, force: true });
  });

  const stringsFor = (key: string) =>
    /(^id|Id)s?$|^seen$|^wanted$|^cursor$/.test(key)
      ? pools.get("id")
      : key === "slug" || key === "related"
        ? pools.get("slug")
        : pools.get(key);

  it("answers every procedure, as every role, without a 5xx, a leak of internals or another workspace's data", {
    timeout: 120_000,
  }, async () => {
    const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, Procedure>).sort(
      ([a], [b]) => a.localeCompare(b),
    );
    const findings: string[] = [];
    const counts = { calls: 0, serverErrors: 0, leaks: 0, crossTenant: 0 };

    for (const [procedurePath, procedure] of procedures) {
      const arbitrary = caseArbitrary(procedure, stringsFor);
      for (const role of roles) {
        const cases = fc.sample(arbitrary, { seed: seedFor(procedurePath, role), numRuns: CASES });
        for (const c of cases) {
          const body = bodyOf(c);
          const user = role === "anonymous" ? undefined : people.users[role as Exclude<Role, "anonymous">];
          const response = await httpCall(
            database.prisma,
            requestFor(procedurePath, procedure._def.type, body, counts.calls++),
            { user },
          );
          const text = await response.text();
          const where = `${procedurePath} as ${role} with ${clip(body)} → ${response.status} ${clip(text, 300)}`;
          if (response.status >= 500) {
            counts.serverErrors++;
            findings.push(`5xx: ${where}`);
          }
          for (const [kind, pattern] of internals) {
            if (!response.ok && pattern.test(text)) {
              counts.leaks++;
              findings.push(`${kind}: ${where}`);
            }
          }
          if (role === "ownerB" || role === "anonymous") {
            const leaked = secretsOfA.filter((secret) => text.includes(secret) && !body?.includes(secret));
            if (leaked.length) {
              counts.crossTenant++;
              findings.push(`cross-tenant (${leaked.join(", ")}): ${where}`);
            }
          }
          if (procedure._def.type === "mutation" && response.ok) await people.restore();
        }
      }
    }
    if (({} as { polluted?: unknown }).polluted !== undefined) findings.push("Object.prototype was polluted");
    console.log(
      `fuzz: ${procedures.length} procedures × ${roles.length} roles × ${CASES} cases = ${counts.calls} calls; ` +
        `5xx: ${counts.serverErrors}; leaked internals: ${counts.leaks}; cross-tenant: ${counts.crossTenant} (seed ${SEED})`,
    );
    expect(findings).toEqual([]);
  });
});
