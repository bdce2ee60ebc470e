import { afterAll, beforeAll, expect, it } from "vitest";
import { checkReadiness } from "../health/service";
import { createTestDatabase, describeDb, type TestDatabase, testDbKind } from "../testing/database";
import { tcpRelay as relay } from "../testing/tcp-relay";
import { httpCall, trpcUrl } from "../testing/trpc";
import { openDatabase } from "./db";

describeDb("database outage", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    if (testDbKind() === "postgres") database = await createTestDatabase();
  });
  afterAll(() => database?.close());

  it.runIf(testDbKind() === "postgres")("answers 503 while the server is gone and recovers by itself", async () => {
    const target = new URL(database.url as string);
    const outage = relay(Number(target.port || 5432), target.hostname);
    const port = await outage.start();
    const viaRelay = new URL(target);
    viaRelay.port = String(port);
    const handle = openDatabase({ url: viaRelay.toString(), poolMax: 2 });
    const list = () => httpCall(handle.prisma, new Request(trpcUrl("glossary.list", { limit: 1 })));
    try {
      expect((await list()).status).toBe(200);

      await outage.cut();
      const during = await list();
      expect(during.status).toBe(503);
      expect(await checkReadiness(handle.prisma)).toMatchObject({ checks: { database: "unreachable" } });

      await outage.start(port);
      expect((await list()).status).toBe(200);
      expect(await checkReadiness(handle.prisma)).toMatchObject({ status: "ready" });
    } finally {
      await handle.close();
      await outage.cut().catch(() => {});
    }
  });
});
