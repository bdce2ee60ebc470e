import { randomUUID } from "node:crypto";
import fs from "node:fs";
import fsp from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { serverEnv } from "../env";
import { S3Storage } from "./s3-storage";

/** A browser upload straight to storage: POST `fields` plus the file (last) as multipart/form-data to `url`. */
export interface DirectUpload {
  url: string;
  fields: Record<string, string>;
}

/** Where file bytes live. Keys are made by us (never from user input). */
export interface Storage {
  /**
   * Streams a body to `key`. The object appears only once the whole body has arrived: if the body
   * throws (too big, forged, cut off), nothing is left under `key` and the body's error is rethrown.
   */
  write(key: string, body: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, contentType: string): Promise<void>;
  put(key: string, data: Buffer, contentType: string): Promise<void>;
  get(key: string): Promise<Buffer | null>;
  /** The bytes as a stream (downloads never hold a whole file in memory), or null if missing. */
  stream(key: string): Promise<ReadableStream<Uint8Array> | null>;
  /** The stored size in bytes, or null if missing. */
  size(key: string): Promise<number | null>;
  remove(key: string): Promise<void>;
  /**
   * A signed form the browser can upload one file with, capped at `maxBytes` by the signature; null
   * when this storage cannot take uploads that bypass the server (local disk).
   */
  presignUpload(
    key: string,
    options: { contentType: string; maxBytes: number; expiresInSeconds: number },
  ): Promise<DirectUpload | null>;
  /** A short-lived URL serving the object with these headers; null when downloads stream through us. */
  presignDownload(
    key: string,
    options: { contentType: string; contentDisposition: string; expiresInSeconds: number },
  ): Promise<string | null>;
}

const SAFE_KEY = /^[a-z0-9][a-z0-9/_.-]*$/;

export function assertSafeKey(key: string) {
  if (!SAFE_KEY.test(key) || key.includes("..") || key.includes("//")) throw new Error(`Unsafe storage key: ${key}`);
}

/** Local disk under one root directory (default .data/uploads): one machine only. */
export class LocalDiskStorage implements Storage {
  constructor(private readonly root: string) {}

  private file(key: string) {
    assertSafeKey(key);
    const resolved = path.resolve(/* turbopackIgnore: true */ this.root, key);
    if (!resolved.startsWith(path.resolve(/* turbopackIgnore: true */ this.root) + path.sep))
      throw new Error("Path escapes the storage root");
    return resolved;
  }

  async write(key: string, body: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, _contentType?: string) {
    const file = this.file(key);
    await fsp.mkdir(path.dirname(file), { recursive: true });
    // Write then rename: a refused, cut-off or crashed upload never leaves a file under the real key.
    const temp = `${file}.${randomUUID()}.tmp`;
    try {
      await pipeline(Readable.from(body), fs.createWriteStream(temp, { flags: "wx" }));
      await fsp.rename(temp, file);
    } catch (error) {
      await fsp.rm(temp, { force: true });
      throw error;
    }
  }

  put(key: string, data: Buffer, contentType: string) {
    return this.write(key, [data], contentType);
  }

  async get(key: string) {
    try {
      return await fsp.readFile(this.file(key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
  }

  async stream(key: string) {
    let handle: fsp.FileHandle;
    try {
      handle = await fsp.open(this.file(key), "r");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
    return Readable.toWeb(handle.createReadStream()) as ReadableStream<Uint8Array>;
  }

  async size(key: string) {
    try {
      return (await fsp.stat(this.file(key))).size;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
  }

  async remove(key: string) {
    await fsp.rm(this.file(key), { force: true });
  }

  async presignUpload() {
    return null;
  }

  async presignDownload() {
    return null;
  }
}

const globalForStorage = globalThis as unknown as { atelierStorage?: Storage };

/** S3-compatible storage when the S3_* variables are set, local disk under DATA_DIR/uploads otherwise. */
export function storage(): Storage {
  if (!globalForStorage.atelierStorage) {
    const env = serverEnv();
    globalForStorage.atelierStorage =
      env.S3_BUCKET && env.S3_ENDPOINT && env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
        ? new S3Storage({
            endpoint: env.S3_ENDPOINT,
            publicEndpoint: env.S3_PUBLIC_ENDPOINT,
            region: env.S3_REGION,
            bucket: env.S3_BUCKET,
            accessKeyId: env.S3_ACCESS_KEY_ID,
            secretAccessKey: env.S3_SECRET_ACCESS_KEY,
            forcePathStyle: env.S3_FORCE_PATH_STYLE,
          })
        : new LocalDiskStorage(path.join(/* turbopackIgnore: true */ env.DATA_DIR, "uploads"));
  }
  return globalForStorage.atelierStorage;
}
