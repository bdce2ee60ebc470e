import http from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, expect, it } from "vitest";
import { seedDatabase } from "../../prisma/seed";
import { jobRegistry } from "../jobs";
import { runJobsNow } from "../platform/jobs";
import { createTestDatabase, describeDb, type TestDatabase } from "../testing/database";
import { createPeople, type People } from "../testing/people";
import { subscribe } from "../testing/subscriptions";
import { callerFor } from "../testing/trpc";
import { DISABLE_AFTER_MS } from "./delivery";
import { WEBHOOK_DELIVER } from "./service";

// Webhooks to this machine are refused unless the local setting says otherwise; the receiver is here.
process.env.WEBHOOK_ALLOW_LOOPBACK = "1";
process.env.WEBHOOK_TIMEOUT_MS = "800";
(globalThis as { atelierEnv?: unknown }).atelierEnv = undefined;

type Received = { headers: http.IncomingHttpHeaders; body: string; path: string };

describeDb("outgoing webhooks", () => {
  let database: TestDatabase;
  let people: People;
  let receiver: http.Server;
  let base: string;
  const received: Received[] = [];
  let answer: (req: http.IncomingMessage, res: http.ServerResponse) => void = (_req, res) => res.end("ok");

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDatabase(database.prisma, { demoAccounts: false });
    people = await createPeople(database.prisma);
    await subscribe(database.prisma, people.workspaceA.id);
    receiver = http.createServer((req, res) => {
      let body = "";
      req.on("data", (c) => {
        body += c;
      });
      req.on("end", () => {
        received.push({ headers: req.headers, body, path: req.url ?? "" });
        answer(req, res);
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => receiver?.close(resolve));
    await database?.close();
  });

  /** Runs every webhook job that is queued, as if it were due now. */
  async function deliverQueued() {
    await database.prisma.job.updateMany({
      where: { kind: WEBHOOK_DELIVER, status: "QUEUED" },
      data: { runAt: new Date(Date.now() - 1000) },
    });
    const jobs = await database.prisma.job.findMany({ where: { kind: WEBHOOK_DELIVER, status: "QUEUED" } });
    return runJobsNow(
      database.prisma,
      jobRegistry,
      jobs.map((j) => j.id),
    );
  }

  it("signs request.created per Standard Webhooks, keeps internal notes out, and rotates secrets", async () => {
    const owner = await callerFor(database.prisma, people.users.ownerA);
    const endpoint = await owner.webhooks.create({
      workspaceId: people.workspaceA.id,
      url: `${base}/hook`,
      events: ["request.created", "comment.created"],
    });
    expect(endpoint.secret).toMatch(/^whsec_/);
    const request = await owner.requests.create({
      workspaceId: people.workspaceA.id,
      title: "Hero banner",
      type: "web-design",
      brief: "Autumn.",
    });
    await deliverQueued();
    const first = received.at(-1) as Received;
    const payload = new Webhook(endpoint.secret).verify(first.body, first.headers as Record<string, string>) as {
      type: string;
      data: { requestId: string; title: string };
    };
    expect(payload.type).toBe("request.created");
    expect(payload.data).toMatchObject({ requestId: request.id, title: "Hero banner" });
    expect(() =>
      new Webhook(`whsec_${Buffer.from("x".repeat(24)).toString("base64")}`).verify(
        first.body,
        first.headers as Record<string, string>,
      ),
    ).toThrow();

    const designer = await callerFor(database.prisma, people.users.designer);
    const before = received.length;
    await designer.requests.staffComment({ requestId: request.id, body: "secret margin talk", isInternal: true });
    await deliverQueued();
    expect(received.length).toBe(before);
    await designer.requests.staffComment({ requestId: request.id, body: "First sketches soon", isInternal: false });
    await deliverQueued();
    expect(received.length).toBe(before + 1);
    expect(received.at(-1)?.body).toContain("First sketches soon");
    expect(received.map((r) => r.body).join()).not.toContain("secret margin talk");

    const rotated = await owner.webhooks.rotateSecret({ endpointId: endpoint.id });
    await owner.requests.comment({ workspaceId: people.workspaceA.id, requestId: request.id, body: "Thanks!" });
    await deliverQueued();
    const afterRotation = received.at(-1) as Received;
    expect(String(afterRotation.headers["webhook-signature"]).split(" ")).toHaveLength(2);
    for (const secret of [endpoint.secret, rotated.secret])
      expect(
        new Webhook(secret).verify(afterRotation.body, afterRotation.headers as Record<string, string>),
      ).toBeTruthy();

    const log = await owner.webhooks.deliveries({ endpointId: endpoint.id });
    expect(log.map((d) => d.status)).toEqual(["SUCCEEDED", "SUCCEEDED", "SUCCEEDED"]);
    expect(log[0]?.lastStatusCode).toBe(200);
    expect(log[0]?.lastResponse).toBe("ok");
    await owner.webhooks.remove({ endpointId: endpoint.id });
  });

  it("retries failures, never follows redirects, times out slow receivers, and sends again on request", async () => {
    const owner = await callerFor(database.prisma, people.users.ownerA);
    const endpoint = await owner.webhooks.create({
      workspaceId: people.workspaceA.id,
      url: `${base}/flaky`,
      events: ["request.created"],
    });
    answer = (_req, res) => {
      res.statusCode = 500;
      res.end("boom");
    };
    await owner.requests.create({ workspaceId: people.workspaceA.id, title: "Flaky", type: "web-design", brief: "x" });
    const counts = await deliverQueued();
    expect(counts.retried).toBe(1);
    let [delivery] = await owner.webhooks.deliveries({ endpointId: endpoint.id });
    expect(delivery).toMatchObject({ status: "RETRYING", attempts: 1, lastStatusCode: 500, lastResponse: "boom" });
    const job = await database.prisma.job.findFirstOrThrow({ where: { kind: WEBHOOK_DELIVER, status: "QUEUED" } });
    expect(job.runAt.getTime()).toBeGreaterThan(Date.now() + 30_000); // backoff, not at once

    answer = (_req, res) => {
      res.writeHead(302, { location: `${base}/stolen` });
      res.end();
    };
    await deliverQueued();
    [delivery] = await owner.webhooks.deliveries({ endpointId: endpoint.id });
    expect(delivery).toMatchObject({ status: "RETRYING", attempts: 2, lastStatusCode: 302 });
    expect(delivery?.lastResponse).toMatch(/not followed/);
    expect(received.some((r) => r.path === "/stolen")).toBe(false);

    answer = () => {}; // never answers
    const started = Date.now();
    await deliverQueued();
    expect(Date.now() - started).toBeLessThan(5000);
    [delivery] = await owner.webhooks.deliveries({ endpointId: endpoint.id });
    expect(delivery?.lastResponse).toMatch(/No answer within 800 ms/);

    answer = (_req, res) => res.end("fine now");
    await owner.webhooks.redeliver({ deliveryId: delivery?.id as string });
    await deliverQueued();
    [delivery] = await owner.webhooks.deliveries({ endpointId: endpoint.id });
    expect(delivery?.status).toBe("SUCCEEDED");
    expect(await database.prisma.job.count({ where: { kind: WEBHOOK_DELIVER, status: "QUEUED" } })).toBe(0);
    await owner.webhooks.remove({ endpointId: endpoint.id });
  });

  it("refuses private targets at registration and again at delivery; disables after a day of failures and emails", async () => {
    const owner = await callerFor(database.prisma, people.users.ownerA);
    for (const url of [
      "http://10.0.0.1/hook",
      "http://169.254.169.254/latest/meta-data",
      "http://[2002:7f00:1::]/",
      "http://[::ffff:127.0.0.1]/",
      "ftp://example.com/",
    ])
      await expect(
        owner.webhooks.create({ workspaceId: people.workspaceA.id, url, events: ["request.created"] }),
        url,
      ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      owner.webhooks.create({ workspaceId: people.workspaceA.id, url: `${base}/x`, events: ["lead.created"] }),
    ).rejects.toThrow(/not available here/);

    const endpoint = await owner.webhooks.create({
      workspaceId: people.workspaceA.id,
      url: `${base}/later-private`,
      events: ["request.created"],
    });
    // The name now points somewhere private (as DNS rebinding would): checked again before sending.
    await database.prisma.webhookEndpoint.update({ where: { id: endpoint.id }, data: { url: "http://10.1.2.3/hook" } });
    const before = received.length;
    await owner.requests.create({ workspaceId: people.workspaceA.id, title: "Rebind", type: "web-design", brief: "x" });
    await deliverQueued();
    expect(received.length).toBe(before);
    let [delivery] = await owner.webhooks.deliveries({ endpointId: endpoint.id });
    expect(delivery?.lastResponse).toMatch(/^Refused: .*private/);

    await database.prisma.webhookEndpoint.update({
      where: { id: endpoint.id },
      data: { failingSince: new Date(Date.now() - DISABLE_AFTER_MS - 60_000) },
    });
    await deliverQueued();
    const disabled = await database.prisma.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } });
    expect(disabled.isEnabled).toBe(false);
    const email = await database.prisma.emailMessage.findFirst({ where: { kind: "webhook-disabled" } });
    expect(email?.to).toBe(people.users.ownerA.email);
    [delivery] = await owner.webhooks.deliveries({ endpointId: endpoint.id });
    expect(delivery?.status).not.toBe("SUCCEEDED");

    // Others cannot see or touch it; only admins manage studio-wide endpoints.
    const other = await callerFor(database.prisma, people.users.ownerB);
    await expect(other.webhooks.deliveries({ endpointId: endpoint.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(other.webhooks.list({ workspaceId: null })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const admin = await callerFor(database.prisma, people.users.admin);
    const studio = await admin.webhooks.create({ workspaceId: null, url: `${base}/leads`, events: ["lead.created"] });
    expect(studio.workspaceId).toBeNull();
  });

  it("announces status changes, including the queue starting a request by itself", async () => {
    const owner = await callerFor(database.prisma, people.users.ownerA);
    const endpoint = await owner.webhooks.create({
      workspaceId: people.workspaceA.id,
      url: `${base}/status`,
      events: ["request.status_changed"],
    });
    answer = (_req, res) => res.end("ok");
    const before = received.length;
    const request = await owner.requests.create({
      workspaceId: people.workspaceA.id,
      title: "Moves",
      type: "web-design",
      brief: "x",
    });
    await owner.requests.cancel({ workspaceId: people.workspaceA.id, requestId: request.id });
    await deliverQueued();
    const events = received
      .slice(before)
      .map((r) => JSON.parse(r.body) as { type: string; data: { requestId: string; from: string | null; to: string } })
      .filter((e) => e.data.requestId === request.id);
    expect(events.every((e) => e.type === "request.status_changed")).toBe(true);
    expect(events.map((e) => e.data.to)).toContain("CANCELED");
    await owner.webhooks.remove({ endpointId: endpoint.id });
  });
});
