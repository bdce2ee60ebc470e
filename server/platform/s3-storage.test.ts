import http from "node:http";
import type { AddressInfo } from "node:net";
import aws4 from "aws4";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { S3Storage } from "./s3-storage";

/**
 * A local stand-in for an S3-compatible service (tests only): path-style PUT/GET/DELETE, and it
 * checks every request's Signature V4 by signing the same request again with the same key.
 */
function fakeS3(credentials: { accessKeyId: string; secretAccessKey: string }) {
  const objects = new Map<string, { body: Buffer; type: string }>();
  const seen: { method: string; path: string; signatureOk: boolean }[] = [];
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks);
    const auth = String(req.headers.authorization ?? "");
    const signedHeaders = /SignedHeaders=([^,]+)/.exec(auth)?.[1]?.split(";") ?? [];
    const headers = Object.fromEntries(signedHeaders.map((h) => [h, String(req.headers[h] ?? "")]));
    const resigned = aws4.sign(
      {
        host: req.headers.host,
        path: req.url,
        method: req.method,
        service: "s3",
        region: "eu-central-1",
        headers,
        body: body.length ? body : undefined,
      },
      credentials,
    );
    const signatureOk = resigned.headers?.Authorization === auth && auth.includes("/eu-central-1/s3/aws4_request");
    seen.push({ method: String(req.method), path: String(req.url), signatureOk });
    if (!signatureOk) return res.writeHead(403).end("SignatureDoesNotMatch");
    const key = decodeURIComponent(String(req.url));
    if (req.method === "PUT") {
      objects.set(key, { body, type: String(req.headers["content-type"]) });
      return res.writeHead(200).end();
    }
    if (req.method === "GET") {
      const o = objects.get(key);
      return o ? res.writeHead(200, { "content-type": o.type }).end(o.body) : res.writeHead(404).end("NoSuchKey");
    }
    if (req.method === "DELETE") {
      objects.delete(key);
      return res.writeHead(204).end();
    }
    res.writeHead(405).end();
  });
  return { server, objects, seen };
}

describe("S3-compatible storage", () => {
  const credentials = { accessKeyId: "AKIATESTKEY", secretAccessKey: "test-secret-key" };
  const fake = fakeS3(credentials);
  let storage: S3Storage;

  beforeAll(async () => {
    await new Promise<void>((resolve) => fake.server.listen(0, "127.0.0.1", resolve));
    const { port } = fake.server.address() as AddressInfo;
    storage = new S3Storage({
      endpoint: `http://127.0.0.1:${port}`,
      region: "eu-central-1",
      bucket: "atelier-files",
      ...credentials,
    });
  });
  afterAll(() => new Promise<void>((resolve) => fake.server.close(() => resolve())));

  it("puts, gets and deletes objects with signed requests", async () => {
    const data = Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    await storage.put("images/2026/11/a b.png", data, "image/png");
    expect(fake.objects.get("/atelier-files/images/2026/11/a b.png")).toEqual({ body: data, type: "image/png" });
    expect(await storage.get("images/2026/11/a b.png")).toEqual(data);
    const streamed = await storage.stream("images/2026/11/a b.png");
    expect(Buffer.from(await new Response(streamed).arrayBuffer())).toEqual(data);
    await storage.remove("images/2026/11/a b.png");
    expect(await storage.get("images/2026/11/a b.png")).toBeNull();
    expect(fake.seen.every((r) => r.signatureOk)).toBe(true);
    expect(fake.seen.map((r) => r.method)).toEqual(["PUT", "GET", "GET", "DELETE", "GET"]);
  });

  it("reports a refused request instead of pretending it worked", async () => {
    const { port } = fake.server.address() as AddressInfo;
    const wrongKey = new S3Storage({
      endpoint: `http://127.0.0.1:${port}`,
      region: "eu-central-1",
      bucket: "atelier-files",
      accessKeyId: "AKIATESTKEY",
      secretAccessKey: "wrong",
    });
    await expect(wrongKey.put("images/x.png", Buffer.from("x"), "image/png")).rejects.toThrow(
      "S3 PUT images/x.png failed: 403",
    );
  });
});
