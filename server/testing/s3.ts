import { createHmac } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import S3rver from "s3rver";
import { S3Storage } from "../platform/s3-storage";

/** s3rver's one account; it checks the access key id but not V4 signatures. */
export const S3RVER_CREDENTIALS = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };
const REGION = "eu-central-1";

const hmac = (key: Buffer | string, data: string) => createHmac("sha256", key).update(data).digest();

/**
 * What S3 checks on a browser's POST upload and s3rver 3.7 does not (it ignores the policy): the
 * signature over the policy, its expiry and every condition, content-length-range included.
 * Returns the refusal, S3-style, or null when S3 would take the upload.
 */
async function policyRefusal(bucket: string, contentType: string, body: Buffer) {
  const form = await new Response(new Uint8Array(body), { headers: { "content-type": contentType } }).formData();
  const field = (name: string) => {
    for (const [key, value] of form)
      if (key.toLowerCase() === name.toLowerCase() && typeof value === "string") return value;
    return undefined;
  };
  const file = form.get("file");
  const policyB64 = field("Policy") ?? "";
  const [, date = ""] = /^[^/]+\/(\d{8})\//.exec(field("X-Amz-Credential") ?? "") ?? [];
  const key = hmac(hmac(hmac(hmac(`AWS4${S3RVER_CREDENTIALS.secretAccessKey}`, date), REGION), "s3"), "aws4_request");
  if (hmac(key, policyB64).toString("hex") !== field("X-Amz-Signature")) return [403, "SignatureDoesNotMatch"] as const;
  const policy = JSON.parse(Buffer.from(policyB64, "base64").toString()) as {
    expiration: string;
    conditions: (Record<string, string> | string[] | [string, number, number])[];
  };
  if (Date.parse(policy.expiration) < Date.now())
    return [403, "AccessDenied: Invalid according to Policy: Policy expired"] as const;
  const values: Record<string, string | undefined> = { bucket };
  for (const condition of policy.conditions) {
    if (Array.isArray(condition) && condition[0] === "content-length-range") {
      const size = file instanceof Blob ? file.size : -1;
      if (size < Number(condition[1]) || size > Number(condition[2])) return [400, "EntityTooLarge"] as const;
      continue;
    }
    const [name, expected] = Array.isArray(condition)
      ? [String(condition[1]).replace(/^\$/, ""), String(condition[2])]
      : (Object.entries(condition)[0] ?? ["", ""]);
    if ((name === "bucket" ? values.bucket : field(name)) !== expected)
      return [403, `AccessDenied: Invalid according to Policy: Policy Condition failed: ${name}`] as const;
  }
  return null;
}

/**
 * A real S3-compatible server (s3rver) in this process on 127.0.0.1 and a random port, with one
 * bucket; in front of it, the POST-policy checks S3 does (see policyRefusal). `direct` is s3rver
 * itself, for uploads that bypass the policy as a lax S3-compatible service would let them.
 */
export async function startS3(bucket = "atelier-test") {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "atelier-s3rver-"));
  const s3rver = new S3rver({
    port: 0,
    address: "127.0.0.1",
    silent: true,
    directory,
    configureBuckets: [{ name: bucket }],
  });
  const { port } = await s3rver.run();
  const gate = http.createServer((req, res) => {
    const forward = (body?: Buffer) => {
      const upstream = http.request(
        { host: "127.0.0.1", port, method: req.method, path: req.url, headers: req.headers },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on("error", () => res.destroy());
      if (body) upstream.end(body);
      else req.pipe(upstream);
    };
    const isPostObject = req.method === "POST" && req.url === `/${bucket}`;
    if (!isPostObject) return forward();
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", async () => {
      const body = Buffer.concat(chunks);
      const refusal = await policyRefusal(bucket, String(req.headers["content-type"]), body).catch(
        () => [400, "MalformedPOSTRequest"] as const,
      );
      if (!refusal) return forward(body);
      res.writeHead(refusal[0], { "content-type": "application/xml" }).end(`<Error><Code>${refusal[1]}</Code></Error>`);
    });
  });
  await new Promise<void>((resolve) => gate.listen(0, "127.0.0.1", resolve));
  const endpoint = `http://127.0.0.1:${(gate.address() as AddressInfo).port}`;
  const direct = `http://127.0.0.1:${port}`;
  const client = new S3Client({
    endpoint: direct,
    region: REGION,
    forcePathStyle: true,
    credentials: S3RVER_CREDENTIALS,
  });
  return {
    endpoint,
    direct,
    bucket,
    storage: (overrides: Partial<ConstructorParameters<typeof S3Storage>[0]> = {}) =>
      new S3Storage({ endpoint, region: REGION, bucket, ...S3RVER_CREDENTIALS, ...overrides }),
    /** Every object key in the bucket. */
    keys: async () =>
      ((await client.send(new ListObjectsV2Command({ Bucket: bucket }))).Contents ?? []).map((o) => o.Key as string),
    close: async () => {
      client.destroy();
      await new Promise<void>((resolve) => gate.close(() => resolve()));
      await s3rver.close();
      fs.rmSync(directory, { recursive: true, force: true });
    },
  };
}

/** Sends a signed POST form (fields, then the file last) as a browser would. */
export function postForm(url: string, fields: Record<string, string>, file: Buffer, name = "file") {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  form.append("file", new Blob([new Uint8Array(file)]), name);
  return fetch(url, { method: "POST", body: form });
}
