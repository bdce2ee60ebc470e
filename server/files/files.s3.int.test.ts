import { createHash } from "node:crypto";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestDatabase, describeDb, type TestDatabase } from "../testing/database";
import { postForm, startS3 } from "../testing/s3";
import { downloadableFile } from "./access";
import { sweepPendingUploads } from "./direct";
import { fileDownload } from "./download";
import { handleAttachmentUpload, handleDirectConfirm, handleDirectUpload } from "./http";
import { ATTACHMENT_MAX_BYTES } from "./kinds";

type User = { id: string; staffRole: string | null };

describeDb("files on S3 (s3rver on 127.0.0.1)", () => {
  let database: TestDatabase;
  let s3: Awaited<ReturnType<typeof startS3>>;
  const users: Record<"client" | "teammate" | "stranger", User> = {
    client: { id: "", staffRole: null },
    teammate: { id: "", staffRole: null },
    stranger: { id: "", staffRole: null },
  };
  const pdf = Buffer.from("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
  const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(60, 1)]);
  const deps = (as: User) => ({ db: database.prisma, storage: s3.storage(), getUser: async () => as });
  const rows = () => database.prisma.fileAsset.count();
  const pendingRows = () => database.prisma.pendingUpload.count();
  const json = (url: string, body?: unknown) =>
    new Request(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

  /** Asks for a signed form, as the browser does. */
  const presign = async (name: string, size: number, as = users.client) => {
    const res = await handleDirectUpload(
      json("http://localhost/api/uploads/attachments/direct", { name, size }),
      deps(as),
      "attachment",
    );
    return { status: res.status, body: await res.json() };
  };
  const confirm = async (uploadId: string, as = users.client) => {
    const res = await handleDirectConfirm(
      json(`http://localhost/api/uploads/attachments/direct/${uploadId}`),
      deps(as),
      "attachment",
      uploadId,
    );
    return { status: res.status, body: await res.json() };
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    s3 = await startS3();
    for (const key of Object.keys(users) as (keyof typeof users)[]) {
      users[key].id = (await database.prisma.user.create({ data: { email: `${key}@s3.example.com` } })).id;
    }
  });
  afterAll(async () => {
    await database?.close();
    await s3?.close();
  });

  it("streams uploads through the server into the bucket, refusing 50 MB + 1 mid-stream and forged types, leaving nothing", async () => {
    const before = await rows();
    const upload = (body: BodyInit, name: string) =>
      handleAttachmentUpload(
        new Request("http://localhost/api/uploads/attachments", {
          method: "POST",
          body,
          headers: { "x-file-name": encodeURIComponent(name) },
          duplex: "half",
        } as RequestInit),
        deps(users.client),
      );
    const streamOf = (total: number) =>
      new ReadableStream({
        start(controller) {
          controller.enqueue(new Uint8Array(pdf));
          let left = total - pdf.length;
          while (left > 0) {
            const n = Math.min(left, 1_048_576);
            controller.enqueue(new Uint8Array(n).fill(0x20));
            left -= n;
          }
          controller.close();
        },
      });
    const atLimit = await upload(streamOf(ATTACHMENT_MAX_BYTES), "big brief.pdf");
    expect(atLimit.status).toBe(201);
    const file = await atLimit.json();
    expect(file).toMatchObject({ size: ATTACHMENT_MAX_BYTES, mime: "application/pdf" });
    const row = await database.prisma.fileAsset.findUniqueOrThrow({ where: { id: file.id } });
    expect(await s3.storage().size(row.storageKey)).toBe(ATTACHMENT_MAX_BYTES);

    const keysBefore = await s3.keys();
    const overByOne = await upload(streamOf(ATTACHMENT_MAX_BYTES + 1), "huge.pdf");
    expect(overByOne.status).toBe(413);
    expect((await overByOne.json()).error).toContain("50 MB");
    const forged = await upload(new Uint8Array(zip), "contract.pdf");
    expect(forged.status).toBe(400);
    expect((await forged.json()).error).toContain("not a real PDF");
    expect(await s3.keys()).toEqual(keysBefore);
    expect(await rows()).toBe(before + 1);
  });

  it("takes a direct upload on a signed form, checks it on confirm, and lets only the workspace download it", async () => {
    const { status, body: form } = await presign("Brand brief.pdf", pdf.length);
    expect(status).toBe(200);
    expect(form).toMatchObject({ mode: "direct", url: `${s3.endpoint}/${s3.bucket}` });
    expect((await postForm(form.url, form.fields, pdf)).status).toBe(204);
    const confirmed = await confirm(form.uploadId);
    expect(confirmed.status).toBe(201);
    expect(confirmed.body).toMatchObject({
      originalName: "Brand brief.pdf",
      size: pdf.length,
      mime: "application/pdf",
      sha256: createHash("sha256").update(pdf).digest("hex"),
    });
    expect(await pendingRows()).toBe(0);
    // Confirming twice, or someone else's upload, finds nothing.
    expect((await confirm(form.uploadId)).status).toBe(404);

    const workspace = await database.prisma.workspace.create({
      data: {
        name: "Acme",
        slug: "acme-s3",
        memberships: {
          create: [
            { userId: users.client.id, role: "OWNER" },
            { userId: users.teammate.id, role: "MEMBER" },
          ],
        },
      },
    });
    await database.prisma.workspace.create({
      data: { name: "Other", slug: "other-s3", memberships: { create: { userId: users.stranger.id, role: "OWNER" } } },
    });
    await database.prisma.designRequest.create({
      data: {
        workspaceId: workspace.id,
        title: "Landing page",
        type: "web-design",
        brief: "…",
        position: 1000,
        createdById: users.client.id,
        attachments: { create: { fileId: confirmed.body.id, workspaceId: workspace.id } },
      },
    });
    const download = async (who: User) => {
      const file = await downloadableFile(database.prisma, confirmed.body.id, who);
      return file ? fileDownload(s3.storage(), file) : null;
    };
    const res = await download(users.teammate);
    expect(res?.status).toBe(302);
    expect(res?.headers.get("cache-control")).toBe("private, no-store");
    const fromStorage = await fetch(res?.headers.get("location") as string);
    expect(fromStorage.status).toBe(200);
    expect(fromStorage.headers.get("content-disposition")).toMatch(/^attachment; filename="Brand brief.pdf"/);
    expect(Buffer.from(await fromStorage.arrayBuffer())).toEqual(pdf);
    // Another workspace's member gets the route's 404.
    expect(await download(users.stranger)).toBeNull();
  });

  it("refuses what the signed policy does not allow, and what lies about itself on confirm, deleting it", async () => {
    const before = await rows();
    const keysBefore = await s3.keys();
    expect((await presign("huge.pdf", ATTACHMENT_MAX_BYTES + 1)).status).toBe(413);
    expect((await presign("setup.exe", 10)).body.error).toContain("not a type we accept");

    // It said 40 bytes, then sent more than the limit: storage refuses it on the signature's range.
    const liar = await presign("brief.pdf", 40);
    const tooBig = Buffer.concat([pdf, Buffer.alloc(ATTACHMENT_MAX_BYTES, 0x20)]);
    const refused = await postForm(liar.body.url, liar.body.fields, tooBig);
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("EntityTooLarge");
    expect((await confirm(liar.body.uploadId)).body.error).toContain("never reached storage");

    // A lax S3-compatible service that ignores the policy: confirm measures the object and refuses it.
    const lax = await presign("brief.pdf", 40);
    await postForm(`${s3.direct}/${s3.bucket}`, lax.body.fields, tooBig);
    const overConfirmed = await confirm(lax.body.uploadId);
    expect(overConfirmed).toMatchObject({ status: 413, body: { error: expect.stringContaining("50 MB") } });

    // A ZIP named .pdf: refused on its first bytes, object deleted.
    const forged = await presign("contract.pdf", zip.length);
    expect((await postForm(forged.body.url, forged.body.fields, zip)).status).toBe(204);
    expect(await s3.keys()).toHaveLength(keysBefore.length + 1);
    const forgedConfirmed = await confirm(forged.body.uploadId);
    expect(forgedConfirmed).toMatchObject({ status: 400, body: { error: expect.stringContaining("not a real PDF") } });

    expect(await s3.keys()).toEqual(keysBefore);
    expect(await rows()).toBe(before);
    expect(await pendingRows()).toBe(0);
  });

  it("sweeps signed uploads never confirmed, with their objects", async () => {
    const keysBefore = await s3.keys();
    const stale = await presign("later.pdf", pdf.length);
    await postForm(stale.body.url, stale.body.fields, pdf);
    const fresh = await presign("now.pdf", pdf.length);
    await database.prisma.pendingUpload.update({
      where: { id: stale.body.uploadId },
      data: { createdAt: new Date(Date.now() - 25 * 3_600_000) },
    });
    expect(await sweepPendingUploads(database.prisma, s3.storage())).toBe(1);
    expect(await s3.keys()).toEqual(keysBefore);
    expect(await database.prisma.pendingUpload.findMany({ select: { id: true } })).toEqual([
      { id: fresh.body.uploadId },
    ]);
    expect((await confirm(stale.body.uploadId)).status).toBe(404);
  });
});
