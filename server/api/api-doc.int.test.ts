import { execFile } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, expect, it } from "vitest";
import { seedDatabase } from "../../prisma/seed";
import { handleAttachmentUpload } from "../files/http";
import { LocalDiskStorage } from "../platform/storage";
import { createTestDatabase, describeDb, type TestDatabase } from "../testing/database";
import { createPeople, type People } from "../testing/people";
import { subscribe } from "../testing/subscriptions";
import { tokenScopes } from "../tokens/scopes";
import { createApiToken } from "../tokens/service";
import { handleRestRequest } from "./rest";

/** The curl examples of docs/API.md: each ```sh block whose first line is `# <status>`. */
function examples() {
  const text = fs.readFileSync(path.join(__dirname, "..", "..", "docs", "API.md"), "utf8");
  return [...text.matchAll(/```sh\n# (\d{3})\n([\s\S]*?)```/g)].map((m) => ({
    status: Number(m[1]),
    script: m[2] as string,
  }));
}

describeDb("docs/API.md examples", () => {
  let database: TestDatabase;
  let people: People;
  let server: http.Server;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDatabase(database.prisma, { demoAccounts: false });
    people = await createPeople(database.prisma);
    await subscribe(database.prisma, people.workspaceA.id);
    const storage = new LocalDiskStorage(fs.mkdtempSync(path.join(os.tmpdir(), "atelier-api-doc-")));
    // A small server in front of the same handlers the app's routes call.
    server = http.createServer(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const body = chunks.length ? Buffer.concat(chunks) : undefined;
      const request = new Request(`http://${req.headers.host}${req.url}`, {
        method: req.method,
        headers: req.headers as Record<string, string>,
        body: req.method === "GET" ? undefined : body,
      });
      const url = new URL(request.url);
      const answer =
        url.pathname === "/api/v1/files"
          ? await handleAttachmentUpload(request, { db: database.prisma, storage })
          : await handleRestRequest(request, { db: database.prisma, getSession: async () => null });
      res.writeHead(answer.status, Object.fromEntries(answer.headers));
      res.end(Buffer.from(await answer.arrayBuffer()));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { token } = await createApiToken(database.prisma, people.users.ownerA.id, {
      name: "docs",
      scopes: tokenScopes.filter((s) => !s.startsWith("admin")),
      expiresInDays: null,
    });
    env = {
      NODE_ENV: "test",
      PATH: process.env.PATH ?? "",
      ATELIER: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      TOKEN: token,
      WORKSPACE: people.workspaceA.id,
    };
  });
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    await database?.close();
  });

  it("has examples, and each answers the status it says", async () => {
    const all = examples();
    expect(all.length).toBeGreaterThanOrEqual(7);
    for (const { status, script } of all) {
      // Every curl reports its status on a last line of its own.
      const wrapped = `curl() { command curl -w '\\nHTTP_STATUS:%{http_code}\\n' "$@"; }\nset -e\n${script}`;
      // Asynchronously: the server answering curl runs in this process.
      const { stdout: output } = await promisify(execFile)("bash", ["-c", wrapped], { env, encoding: "utf8" });
      const statuses = [...output.matchAll(/HTTP_STATUS:(\d{3})/g)].map((m) => Number(m[1]));
      expect(statuses.at(-1), `${script}\n→ ${output}`).toBe(status);
      const body = output.replace(/\nHTTP_STATUS:\d{3}\n?/g, "").trim();
      expect(() => JSON.parse(body), body).not.toThrow();
    }
  });
});
