import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postForm, startS3 } from "../testing/s3";
import type { S3Storage } from "./s3-storage";

const sha = (b: Buffer) => createHash("sha256").update(b).digest("hex");

describe("S3-compatible storage (the AWS SDK against s3rver on 127.0.0.1)", () => {
  let s3: Awaited<ReturnType<typeof startS3>>;
  let storage: S3Storage;

  beforeAll(async () => {
    s3 = await startS3();
    storage = s3.storage();
  });
  afterAll(() => s3?.close());

  it("puts, reads, sizes, streams and deletes objects", async () => {
    const data = Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    await storage.put("images/2026/11/a-b.png", data, "image/png");
    expect(await storage.get("images/2026/11/a-b.png")).toEqual(data);
    expect(await storage.size("images/2026/11/a-b.png")).toBe(data.length);
    const streamed = await storage.stream("images/2026/11/a-b.png");
    expect(Buffer.from(await new Response(streamed).arrayBuffer())).toEqual(data);
    await storage.remove("images/2026/11/a-b.png");
    expect(await storage.get("images/2026/11/a-b.png")).toBeNull();
    expect(await storage.size("images/2026/11/a-b.png")).toBeNull();
    expect(await storage.stream("images/2026/11/a-b.png")).toBeNull();
  });

  it("streams a large body in parts and keeps its bytes exactly", async () => {
    const big = Buffer.alloc(12 * 1024 * 1024);
    for (let i = 0; i < big.length; i += 4096) big[i] = i % 251;
    async function* chunks() {
      for (let i = 0; i < big.length; i += 1_000_000) yield big.subarray(i, i + 1_000_000);
    }
    await storage.write("attachments/big.bin", chunks(), "application/octet-stream");
    expect(await storage.size("attachments/big.bin")).toBe(big.length);
    expect(sha((await storage.get("attachments/big.bin")) as Buffer)).toBe(sha(big));
    await storage.remove("attachments/big.bin");
  });

  it("leaves nothing when the body fails half way, small or past the first part", async () => {
    for (const before of [1, 8]) {
      async function* failing() {
        for (let i = 0; i < before; i++) yield Buffer.alloc(1_048_576, 7);
        throw new Error("cut off");
      }
      await expect(storage.write(`attachments/cut-${before}.bin`, failing(), "application/pdf")).rejects.toThrow(
        "cut off",
      );
    }
    expect(await s3.keys()).toEqual([]);
  });

  it("signs a download URL that serves the file with our headers, then expires", async () => {
    await storage.put("attachments/brief.pdf", Buffer.from("%PDF-1.7 x"), "application/pdf");
    const url = await storage.presignDownload("attachments/brief.pdf", {
      contentType: "application/pdf",
      contentDisposition: 'attachment; filename="brief.pdf"',
      expiresInSeconds: 1,
    });
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="brief.pdf"');
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(await res.text()).toBe("%PDF-1.7 x");
    await new Promise((resolve) => setTimeout(resolve, 2100));
    expect((await fetch(url)).status).toBe(403);
    await storage.remove("attachments/brief.pdf");
  });

  it("signs an upload form whose policy caps the size and pins the key and type", async () => {
    const form = await storage.presignUpload("attachments/up.pdf", {
      contentType: "application/pdf",
      maxBytes: 1000,
      expiresInSeconds: 60,
    });
    const tooBig = await postForm(form.url, form.fields, Buffer.alloc(1001, 0x25));
    expect(tooBig.status).toBe(400);
    expect(await tooBig.text()).toContain("EntityTooLarge");
    const otherKey = await postForm(form.url, { ...form.fields, key: "attachments/evil.html" }, Buffer.from("x"));
    expect(otherKey.status).toBe(403);
    const otherType = await postForm(form.url, { ...form.fields, "Content-Type": "text/html" }, Buffer.from("x"));
    expect(otherType.status).toBe(403);
    expect(await s3.keys()).toEqual([]);
    const ok = await postForm(form.url, form.fields, Buffer.from("%PDF-1.7 ok"));
    expect(ok.status).toBe(204);
    expect(await storage.get("attachments/up.pdf")).toEqual(Buffer.from("%PDF-1.7 ok"));
    await storage.remove("attachments/up.pdf");
  });

  it("names the public endpoint in signed URLs when browsers reach storage elsewhere", async () => {
    const behindProxy = s3.storage({ publicEndpoint: "https://files.example.com" });
    const form = await behindProxy.presignUpload("attachments/a.pdf", {
      contentType: "application/pdf",
      maxBytes: 10,
      expiresInSeconds: 60,
    });
    expect(form.url).toBe(`https://files.example.com/${s3.bucket}`);
    expect(behindProxy.publicOrigin).toBe("https://files.example.com");
  });

  it("reports a refused request instead of pretending it worked", async () => {
    const unknownKey = s3.storage({ accessKeyId: "AKIAUNKNOWN" });
    await expect(unknownKey.put("images/x.png", Buffer.from("x"), "image/png")).rejects.toThrow(/Access Key Id/);
  });
});
