import { createHash } from "node:crypto";
import { DomainError } from "../errors";
import { type Classified, SNIFF_BYTES, textChecker } from "./kinds";

/** An upload we do not keep, with the HTTP status it answers (413 too big, 400 otherwise). */
export class UploadRefused extends DomainError {
  constructor(
    message: string,
    readonly status = 400,
  ) {
    super("BAD_REQUEST", message);
  }
}

export const INTERRUPTED = "The upload was interrupted; nothing was saved. Please try again.";

/** A web ReadableStream (a request or object body) as an async iterable; return() cancels it. */
export function chunksOf(stream: ReadableStream<Uint8Array> | null): AsyncIterable<Uint8Array> {
  return {
    [Symbol.asyncIterator]() {
      const reader = stream?.getReader();
      return {
        next: async () => (reader ? reader.read() : { done: true, value: undefined }) as IteratorResult<Uint8Array>,
        return: async () => {
          await reader?.cancel().catch(() => {});
          return { done: true, value: undefined };
        },
      };
    },
  };
}

export interface Intake {
  /** What the first bytes say the file is. */
  kind: { mime: string; ext: string };
  /** The whole file, once: counted against the cap, hashed and (for text) checked as it passes. */
  body: AsyncIterable<Buffer>;
  /** Bytes seen so far; the file's size once `body` is consumed. */
  readonly size: number;
  /** Valid once `body` is consumed. */
  readonly sha256: string;
}

/**
 * Reads an upload's first bytes and decides its kind (refusing a forged one before anything is
 * stored), then hands on a body that streams the rest with a hard cap, whatever Content-Length says.
 * Only the first SNIFF_BYTES are ever held together in memory.
 */
export async function startIntake(
  source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  options: { maxBytes: number; classify: (head: Buffer, complete: boolean) => Classified },
): Promise<Intake> {
  const chunks =
    Symbol.asyncIterator in source
      ? source[Symbol.asyncIterator]()
      : (async function* () {
          yield* source;
        })();
  const hash = createHash("sha256");
  const limit = `${options.maxBytes / 1_048_576} MB`;
  let size = 0;
  let sha256 = "";

  const next = async () => {
    try {
      return await chunks.next();
    } catch {
      throw new UploadRefused(INTERRUPTED);
    }
  };
  const take = async (chunk: Uint8Array) => {
    size += chunk.byteLength;
    if (size > options.maxBytes) {
      await chunks.return?.();
      throw new UploadRefused(`The file is larger than ${limit}.`, 413);
    }
    hash.update(chunk);
    return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  };

  const head: Buffer[] = [];
  let isComplete = false;
  while (size < SNIFF_BYTES) {
    const read = await next();
    if (read.done) {
      isComplete = true;
      break;
    }
    head.push(await take(read.value));
  }
  if (size === 0) throw new UploadRefused("The file is empty.");
  const first = Buffer.concat(head);
  const kind = options.classify(first, isComplete);
  if ("error" in kind) {
    await chunks.return?.();
    throw new UploadRefused(kind.error);
  }
  const text = kind.isText ? textChecker() : null;
  text?.push(first);
  const notText = () =>
    new UploadRefused("The file is not plain text all the way through (its content does not match its name).");

  async function* body() {
    yield first;
    while (!isComplete) {
      const read = await next();
      if (read.done) break;
      const chunk = await take(read.value);
      if (text && !text.push(chunk)) {
        await chunks.return?.();
        throw notText();
      }
      yield chunk;
    }
    if (text && !text.end()) throw notText();
    sha256 = hash.digest("hex");
  }

  return {
    kind: { mime: kind.mime, ext: kind.ext },
    body: body(),
    get size() {
      return size;
    },
    get sha256() {
      return sha256;
    },
  };
}
