import fs from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { serverEnv } from "../env";
import { S3Storage } from "./s3-storage";

/** Where file bytes live. Keys are made by us (never from user input). */
export interface Storage {
  put(key: string, data: Buffer, contentType: string): Promise<void>;
  get(key: string): Promise<Buffer | null>;
  /** The bytes as a stream (downloads never hold a whole file in memory), or null if missing. */
  stream(key: string): Promise<ReadableStream<Uint8Array> | null>;
  remove(key: string): Promise<void>;
}

const SAFE_KEY = /^[a-z0-9][a-z0-9/_.-]*$/;

function assertSafeKey(key: string) {
  if (!SAFE_KEY.test(key) || key.includes("..") || key.includes("//")) throw new Error(`Unsafe storage key: ${key}`);
}

/** Local disk under one root directory (default .data/uploads). */
export class LocalDiskStorage implements Storage {
  constructor(private readonly root: string) {}

  private file(key: string) {
    assertSafeKey(key);
    const resolved = path.resolve(/* turbopackIgnore: true */ this.root, key);
    if (!resolved.startsWith(path.resolve(/* turbopackIgnore: true */ this.root) + path.sep))
      throw new Error("Path escapes the storage root");
    return resolved;
  }

  async put(key: string, data: Buffer, _contentType?: string) {
    const file = this.file(key);
    await fs.mkdir(path.dirname(file), { recursive: true });
    // Write then rename: a crash half way never leaves a truncated file under the real key.
    const temp = `${file}.${process.pid}.tmp`;
    await fs.writeFile(temp, data, { flag: "wx" });
    await fs.rename(temp, file);
  }

  async get(key: string) {
    try {
      return await fs.readFile(this.file(key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
  }

  async stream(key: string) {
    let handle: fs.FileHandle;
    try {
      handle = await fs.open(this.file(key), "r");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
    return Readable.toWeb(handle.createReadStream()) as ReadableStream<Uint8Array>;
  }

  async remove(key: string) {
    await fs.rm(this.file(key), { force: true });
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
            region: env.S3_REGION,
            bucket: env.S3_BUCKET,
            accessKeyId: env.S3_ACCESS_KEY_ID,
            secretAccessKey: env.S3_SECRET_ACCESS_KEY,
          })
        : new LocalDiskStorage(path.join(/* turbopackIgnore: true */ env.DATA_DIR, "uploads"));
  }
  return globalForStorage.atelierStorage;
}
