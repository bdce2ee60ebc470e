import aws4 from "aws4";
import type { Storage } from "./storage";

export interface S3Config {
  /** e.g. https://s3.eu-central-1.amazonaws.com or http://127.0.0.1:9000 (MinIO, R2, …) */
  endpoint: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
}

/**
 * S3-compatible object storage over plain HTTPS with Signature V4 (path-style URLs, which every
 * S3-compatible service accepts). Only the calls the app needs.
 */
export class S3Storage implements Storage {
  private readonly url: URL;
  constructor(private readonly config: S3Config) {
    this.url = new URL(config.endpoint);
  }

  private async send(method: "PUT" | "GET" | "DELETE", key: string, body?: Buffer, contentType?: string) {
    const path = `/${encodeURIComponent(this.config.bucket)}/${key.split("/").map(encodeURIComponent).join("/")}`;
    const signed = aws4.sign(
      {
        host: this.url.host,
        path,
        method,
        service: "s3",
        region: this.config.region,
        body,
        // aws4 adds X-Amz-Date, X-Amz-Content-Sha256 (the body's hash) and the Authorization header.
        headers: contentType ? { "content-type": contentType } : {},
      },
      { accessKeyId: this.config.accessKeyId, secretAccessKey: this.config.secretAccessKey },
    );
    const headers = Object.fromEntries(Object.entries(signed.headers ?? {}).map(([k, v]) => [k, String(v)]));
    // fetch sets these two itself, to the same values that were signed.
    delete headers.Host;
    delete headers["Content-Length"];
    return fetch(`${this.url.protocol}//${this.url.host}${path}`, {
      method,
      headers,
      body: body ? new Uint8Array(body) : undefined,
    });
  }

  async put(key: string, data: Buffer, contentType: string) {
    const res = await this.send("PUT", key, data, contentType);
    if (!res.ok) throw new Error(`S3 PUT ${key} failed: ${res.status} ${await res.text()}`);
  }

  async get(key: string) {
    const res = await this.send("GET", key);
    if (res.status === 404) return null;
    if (!res.ok) throw new Error(`S3 GET ${key} failed: ${res.status}`);
    return Buffer.from(await res.arrayBuffer());
  }

  async stream(key: string) {
    const res = await this.send("GET", key);
    if (res.status === 404) return null;
    if (!res.ok || !res.body) throw new Error(`S3 GET ${key} failed: ${res.status}`);
    return res.body as ReadableStream<Uint8Array>;
  }

  async remove(key: string) {
    const res = await this.send("DELETE", key);
    if (!res.ok && res.status !== 404) throw new Error(`S3 DELETE ${key} failed: ${res.status}`);
  }
}
