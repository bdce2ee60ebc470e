import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { validate } from "@readme/openapi-parser";
import { afterAll, beforeAll, expect, it } from "vitest";
import { seedDatabase } from "../../prisma/seed";
import type { SessionUser } from "../accounts/session";
import { handleAttachmentUpload, handleDownload } from "../files/http";
import { LocalDiskStorage } from "../platform/storage";
import { createTestDatabase, describeDb, type TestDatabase } from "../testing/database";
import { createPeople, type People } from "../testing/people";
import { subscribe } from "../testing/subscriptions";
import { callerFor } from "../testing/trpc";
import { procedureScopes, type TokenScope, tokenScopes } from "../tokens/scopes";
import { createApiToken } from "../tokens/service";
import { openApiDocument } from "./openapi";
import { handleRestRequest } from "./rest";
import { restRoutes } from "./routes";

describeDb("REST API (/api/v1)", () => {
  let database: TestDatabase;
  let people: People;

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDatabase(database.prisma, { demoAccounts: false });
    people = await createPeople(database.prisma);
    await subscribe(database.prisma, people.workspaceA.id);
  });
  afterAll(() => database?.close());

  const tokenFor = async (user: SessionUser, scopes: TokenScope[]) =>
    (await createApiToken(database.prisma, user.id, { name: "test", scopes, expiresInDays: null })).token;

  async function rest(
    method: string,
    path: string,
    opts: { token?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> } = {},
  ) {
    const hasBody = opts.body !== undefined || opts.rawBody !== undefined;
    const res = await handleRestRequest(
      new Request(`http://localhost:3000/api/v1${path}`, {
        method,
        headers: {
          ...(opts.token && { authorization: `Bearer ${opts.token}` }),
          ...(hasBody && { "content-type": "application/json" }),
          ...opts.headers,
        },
        body: opts.rawBody ?? (opts.body !== undefined ? JSON.stringify(opts.body) : undefined),
      }),
      { db: database.prisma, getSession: async () => null },
    );
    return { res, json: await res.json() };
  }

  it("publishes a valid OpenAPI 3.1 document listing every route, the byte routes and the webhooks", async () => {
    const doc = openApiDocument("http://localhost:3000");
    expect(doc.openapi).toBe("3.1.0");
    await expect(validate(structuredClone(doc) as never)).resolves.toMatchObject({ valid: true });
    for (const r of restRoutes) {
      const operation = (doc.paths?.[r.path] as Record<string, unknown> | undefined)?.[r.method.toLowerCase()];
      expect(operation, `${r.method} ${r.path}`).toBeDefined();
    }
    expect(doc.paths?.["/files"]?.post).toBeDefined();
    expect(doc.paths?.["/files/{fileId}"]?.get).toBeDefined();
    const webhooks = (doc as unknown as { webhooks: Record<string, unknown> }).webhooks;
    expect(Object.keys(webhooks)).toEqual(
      expect.arrayContaining(["request.created", "comment.created", "lead.created"]),
    );
  });

  it("refuses a token without a route's scope and lets one with only that scope through — every route", async () => {
    const actors: Record<string, SessionUser> = {};
    const pathFor = (path: string) =>
      path
        .replace("{workspaceId}", people.workspaceA.id)
        .replace(/\{(requestId|id|endpointId)\}/, "nope")
        .replace("{slug}", "no-such-slug");
    for (const r of restRoutes) {
      const scope = procedureScopes[r.procedure];
      if (!scope || scope === "public" || scope === "session") continue;
      const isStaffRoute = r.tag.startsWith("Leads") || r.tag.startsWith("Content");
      const user = isStaffRoute ? people.users.admin : people.users.ownerA;
      actors[r.procedure] = user;
      const body = r.method === "GET" || r.method === "DELETE" ? undefined : {};
      const without = await tokenFor(
        user,
        tokenScopes.filter((s) => s !== scope),
      );
      const refused = await rest(r.method, pathFor(r.path), { token: without, body });
      expect(refused.res.status, `${r.procedure} without ${scope}`).toBe(403);
      expect(refused.json.error.message).toContain(`lacks the "${scope}" scope`);

      const only = await tokenFor(user, [scope]);
      const allowed = await rest(r.method, pathFor(r.path), { token: only, body });
      expect(
        allowed.res.status === 403 && /scope/.test(allowed.json.error?.message ?? ""),
        `${r.procedure} with only ${scope}: ${allowed.res.status} ${JSON.stringify(allowed.json)}`,
      ).toBe(false);
      await people.restore();
    }
    expect(Object.keys(actors).length).toBeGreaterThan(20);
  });

  it("keeps dangerous actions behind their own scope: inviting an owner needs members:owner", async () => {
    const writer = await tokenFor(people.users.ownerA, ["members:write"]);
    const path = `/workspaces/${people.workspaceA.id}/invitations`;
    const owner = await rest("POST", path, { token: writer, body: { email: "new-owner@example.com", role: "OWNER" } });
    expect(owner.res.status).toBe(403);
    expect(owner.json.error.message).toContain("members:owner");
    const member = await rest("POST", path, {
      token: writer,
      body: { email: "new-member@example.com", role: "MEMBER" },
    });
    expect(member.res.status).toBe(200);
    const trusted = await tokenFor(people.users.ownerA, ["members:write", "members:owner"]);
    expect(
      (await rest("POST", path, { token: trusted, body: { email: "o2@example.com", role: "OWNER" } })).res.status,
    ).toBe(200);
    const audit = await database.prisma.auditLog.findFirst({
      where: { action: "workspace.invitation_sent" },
      orderBy: { createdAt: "desc" },
    });
    expect(audit?.apiTokenId).toBeTruthy();
    expect(audit?.apiTokenName).toBe("test");
  });

  it("answers plain JSON with ISO dates, rate-limit headers, and replays a create with the same Idempotency-Key", async () => {
    const token = await tokenFor(people.users.ownerA, ["requests:read", "requests:write"]);
    const base = `/workspaces/${people.workspaceA.id}/requests`;
    const body = { title: "Landing page", type: "web-design", brief: "A page for the autumn launch." };
    const first = await rest("POST", base, { token, body, headers: { "idempotency-key": "launch-1" } });
    expect(first.res.status, JSON.stringify(first.json)).toBe(200);
    const again = await rest("POST", base, { token, body, headers: { "idempotency-key": "launch-1" } });
    expect(again.json.id).toBe(first.json.id);
    expect(again.res.headers.get("idempotent-replayed")).toBe("true");
    const other = await rest("POST", base, {
      token,
      body: { ...body, title: "Other" },
      headers: { "idempotency-key": "launch-1" },
    });
    expect(other.res.status).toBe(422);
    expect(await database.prisma.designRequest.count({ where: { title: "Landing page" } })).toBe(1);

    const read = await rest("GET", `${base}/${first.json.id}`, { token });
    expect(read.res.status).toBe(200);
    expect(read.json.title).toBe("Landing page");
    expect(read.json.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(read.json).not.toHaveProperty("json");
    expect(Number(read.res.headers.get("ratelimit-limit"))).toBe(600);
    expect(Number(read.res.headers.get("ratelimit-remaining"))).toBeLessThan(600);
    expect(Number(read.res.headers.get("ratelimit-reset"))).toBeGreaterThan(0);
    const list = await rest("GET", `${base}?finishedLimit=5`, { token });
    expect(list.json.open.map((r: { id: string }) => r.id)).toContain(first.json.id);
  });

  it("refuses unknown fields, wrong types and superjson envelopes with the field path — never a 500", async () => {
    const token = await tokenFor(people.users.ownerA, ["requests:write", "requests:read"]);
    const base = `/workspaces/${people.workspaceA.id}/requests`;
    const unknown = await rest("POST", base, { token, body: { title: "x", type: "y", brief: "z", colour: "red" } });
    expect(unknown.res.status).toBe(400);
    expect(unknown.json.error).toMatchObject({ code: "BAD_REQUEST", issues: [{ path: "colour" }] });
    const wrong = await rest("POST", base, { token, body: { title: 42, type: "y", brief: "z" } });
    expect(wrong.res.status).toBe(400);
    expect(wrong.json.error.issues.map((i: { path: string }) => i.path)).toContain("title");
    const envelope = await rest("POST", base, { token, body: { json: { title: "x", type: "y", brief: "z" } } });
    expect(envelope.res.status).toBe(400);
    expect(envelope.json.error.message).toMatch(/superjson/);
    const broken = await rest("POST", base, { token, rawBody: "{nope" });
    expect(broken.res.status).toBe(400);
    const query = await rest("GET", `${base}?colour=red`, { token });
    expect(query.res.status).toBe(400);
    expect(query.json.error.issues[0].path).toBe("colour");
    const missing = await rest("GET", "/no-such-thing", { token });
    expect(missing.res.status).toBe(404);
    expect(missing.json.error.code).toBe("NOT_FOUND");
  });

  it("answers 401 with WWW-Authenticate, and keeps tenants apart", async () => {
    const none = await rest("GET", "/workspaces");
    expect(none.res.status).toBe(401);
    expect(none.res.headers.get("www-authenticate")).toMatch(/^Bearer realm="atelier"$/);
    const bad = await rest("GET", "/workspaces", {
      token: "atl_AAAAAAAAAAAA_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
    });
    expect(bad.res.status).toBe(401);
    expect(bad.res.headers.get("www-authenticate")).toContain('error="invalid_token"');
    expect(bad.json.error.code).toBe("UNAUTHORIZED");
    const b = await tokenFor(people.users.ownerB, ["requests:read"]);
    const foreign = await rest("GET", `/workspaces/${people.workspaceA.id}/requests`, { token: b });
    expect(foreign.res.status).toBe(403);
  });

  it("takes bearer tokens on the byte routes: upload needs files:write, download files:read", async () => {
    const store = new LocalDiskStorage(fs.mkdtempSync(path.join(os.tmpdir(), "atelier-rest-files-")));
    const deps = { db: database.prisma, storage: store };
    const pdf = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
    const upload = (token: string) =>
      handleAttachmentUpload(
        new Request("http://localhost:3000/api/v1/files", {
          method: "POST",
          headers: { authorization: `Bearer ${token}`, "x-file-name": "brief.pdf" },
          body: pdf,
        }),
        deps,
      );
    const reader = await tokenFor(people.users.ownerA, ["files:read", "requests:write"]);
    const refused = await upload(reader);
    expect(refused.status).toBe(403);
    expect((await refused.json()).error.message).toContain("files:write");
    const writer = await tokenFor(people.users.ownerA, ["files:write", "requests:write"]);
    const stored = await upload(writer);
    expect(stored.status).toBe(201);
    const file = await stored.json();
    const created = await rest("POST", `/workspaces/${people.workspaceA.id}/requests`, {
      token: writer,
      body: { title: "With a brief", type: "web-design", brief: "See the PDF.", attachmentIds: [file.id] },
    });
    expect(created.res.status).toBe(200);

    const download = (token: string) =>
      handleDownload(
        new Request(`http://localhost:3000/api/v1/files/${file.id}`, { headers: { authorization: `Bearer ${token}` } }),
        deps,
        file.id,
      );
    expect((await download(writer)).status).toBe(403);
    const ok = await download(reader);
    expect(ok.status).toBe(200);
    expect(Buffer.from(await ok.arrayBuffer()).equals(pdf)).toBe(true);
    const foreign = await tokenFor(people.users.ownerB, ["files:read"]);
    expect((await download(foreign)).status).toBe(404);
    const bad = await download("atl_AAAAAAAAAAAA_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    expect(bad.status).toBe(401);
    expect(bad.headers.get("www-authenticate")).toContain("Bearer");
  });

  it("pages through finished requests with a cursor", async () => {
    const owner = await callerFor(database.prisma, people.users.ownerA);
    for (const title of ["Old one", "Older one", "Oldest one"]) {
      const r = await owner.requests.create({
        workspaceId: people.workspaceA.id,
        title,
        type: "web-design",
        brief: "x",
      });
      await owner.requests.cancel({ workspaceId: people.workspaceA.id, requestId: r.id });
    }
    const token = await tokenFor(people.users.ownerA, ["requests:read"]);
    const base = `/workspaces/${people.workspaceA.id}/requests?finishedLimit=2`;
    const first = await rest("GET", base, { token });
    expect(first.json.finished).toHaveLength(2);
    expect(first.json.finishedNextCursor).toBe(first.json.finished[1].id);
    const seen = first.json.finished.map((r: { id: string }) => r.id);
    let cursor = first.json.finishedNextCursor;
    while (cursor) {
      const next = await rest("GET", `${base}&finishedCursor=${cursor}`, { token });
      seen.push(...next.json.finished.map((r: { id: string }) => r.id));
      cursor = next.json.finishedNextCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toHaveLength(first.json.finishedTotal);
  });
});
