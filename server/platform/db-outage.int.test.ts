import net from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import { checkReadiness } from "../health/service";
import { createTestDatabase, describeDb, type TestDatabase, testDbKind } from "../testing/database";
import { httpCall, trpcUrl } from "../testing/trpc";
import { openDatabase } from "./db";

/** A TCP relay in front of the test database that can be cut and restored, like a network outage. */
function relay(targetPort: number, targetHost: string) {
  const sockets = new Set<net.Socket>();
  let server: net.Server | undefined;
  return {
    async start(port = 0): Promise<number> {
      server = net.createServer((client) => {
        const upstream = net.connect(targetPort, targetHost);
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on("close", () => sockets.delete(s));
          s.on("error", () => s.destroy());
        }
        client.pipe(upstream).pipe(client);
      });
      await new Promise<void>((resolve) => server?.listen(port, "127.0.0.1", resolve));
      return (server.address() as net.AddressInfo).port;
    },
    async cut() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server?.close(() => resolve()));
    },
  };
}

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
