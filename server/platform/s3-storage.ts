import { Readable } from "node:stream";
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  NoSuchKey,
  NotFound,
  S3Client,
  type S3ClientConfig,
} from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import { createPresignedPost } from "@aws-sdk/s3-presigned-post";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { assertSafeKey, type DirectUpload, type Storage } from "./storage";

export interface S3Config {
  /** e.g. https://s3.eu-central-1.amazonaws.com or http://127.0.0.1:9000 (MinIO, R2, …) */
  endpoint: string;
  /** Where browsers reach the same storage, when not at `endpoint` (signed URLs name this host). */
  publicEndpoint?: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Path-style URLs (endpoint/bucket/key), which every S3-compatible service accepts. Default true. */
  forcePathStyle?: boolean;
}

/** Parts of a streamed upload held in memory at once: partSize × queueSize = 10 MB at most. */
const PART_BYTES = 5 * 1024 * 1024;
const PARTS_IN_FLIGHT = 2;

const isMissing = (error: unknown) =>
  error instanceof NoSuchKey || error instanceof NotFound || (error as { name?: string })?.name === "NotFound";

/** S3-compatible object storage through the official SDK: multipart streaming, presigned POST and GET. */
export class S3Storage implements Storage {
  private readonly client: S3Client;
  /** Signs URLs for browsers; it never sends a request itself. */
  private readonly signer: S3Client;

  constructor(private readonly config: S3Config) {
    const common: S3ClientConfig = {
      region: config.region,
      forcePathStyle: config.forcePathStyle ?? true,
      credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey },
      // The SDK's default CRC32 trailers (aws-chunked bodies) are refused by several S3-compatible
      // services; we record our own sha256, so checksums are sent only where S3 requires them.
      requestChecksumCalculation: "WHEN_REQUIRED",
      responseChecksumValidation: "WHEN_REQUIRED",
    };
    this.client = new S3Client({ ...common, endpoint: config.endpoint });
    this.signer = new S3Client({ ...common, endpoint: config.publicEndpoint ?? config.endpoint });
  }

  /** The origin browsers upload to and download from (for the page's Content-Security-Policy). */
  get publicOrigin() {
    return new URL(this.config.publicEndpoint ?? this.config.endpoint).origin;
  }

  private params(key: string) {
    assertSafeKey(key);
    return { Bucket: this.config.bucket, Key: key };
  }

  async write(key: string, body: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, contentType: string) {
    // One PutObject for a small body; multipart above PART_BYTES, aborted (parts deleted) if the body throws.
    const source = Readable.from(body);
    const upload = new Upload({
      client: this.client,
      params: { ...this.params(key), Body: source, ContentType: contentType },
      partSize: PART_BYTES,
      queueSize: PARTS_IN_FLIGHT,
      leavePartsOnError: false,
    });
    let bodyError: unknown;
    source.once("error", (error) => {
      bodyError = error;
    });
    try {
      await upload.done();
    } catch (error) {
      throw bodyError ?? error;
    }
  }

  put(key: string, data: Buffer, contentType: string) {
    return this.write(key, [data], contentType);
  }

  async get(key: string) {
    const body = await this.stream(key);
    return body ? Buffer.from(await new Response(body).arrayBuffer()) : null;
  }

  async stream(key: string) {
    try {
      const res = await this.client.send(new GetObjectCommand(this.params(key)));
      return res.Body ? (res.Body.transformToWebStream() as ReadableStream<Uint8Array>) : null;
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async size(key: string) {
    try {
      return (await this.client.send(new HeadObjectCommand(this.params(key)))).ContentLength ?? 0;
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async remove(key: string) {
    await this.client.send(new DeleteObjectCommand(this.params(key)));
  }

  async presignUpload(
    key: string,
    options: { contentType: string; maxBytes: number; expiresInSeconds: number },
  ): Promise<DirectUpload> {
    const { url, fields } = await createPresignedPost(this.signer, {
      ...this.params(key),
      // The signed policy is what caps the size: storage refuses a bigger body before keeping it.
      Conditions: [
        ["content-length-range", 1, options.maxBytes],
        ["eq", "$Content-Type", options.contentType],
      ],
      Fields: { "Content-Type": options.contentType },
      Expires: options.expiresInSeconds,
    });
    return { url, fields };
  }

  presignDownload(key: string, options: { contentType: string; contentDisposition: string; expiresInSeconds: number }) {
    return getSignedUrl(
      this.signer,
      new GetObjectCommand({
        ...this.params(key),
        ResponseContentType: options.contentType,
        ResponseContentDisposition: options.contentDisposition,
        ResponseCacheControl: "private, no-store",
      }),
      { expiresIn: options.expiresInSeconds },
    );
  }
}
