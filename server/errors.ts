/** Errors that services throw; the tRPC error formatter turns them into HTTP statuses. */
export type DomainErrorCode =
  | "BAD_REQUEST"
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "PLAN_LIMIT"
  | "RATE_LIMITED";

export class DomainError extends Error {
  constructor(
    public readonly code: DomainErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

/** The digest error boundaries see for an outage, so the page can say so. */
export const UNAVAILABLE_DIGEST = "ATELIER_DATABASE_UNAVAILABLE";

const UNAVAILABLE_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
const UNAVAILABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "ENOTFOUND",
  "EHOSTUNREACH",
  "57P01",
  "57P03",
]);

/** True when the error means "the database cannot be reached right now" rather than a bug. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false;
  const e = error as {
    code?: unknown;
    name?: unknown;
    message?: unknown;
    cause?: unknown;
    kind?: unknown;
    digest?: unknown;
    meta?: { driverAdapterError?: unknown };
  };
  if (e.digest === UNAVAILABLE_DIGEST) return true; // already recognized and mapped (tRPC, current-session)
  if (typeof e.code === "string" && (UNAVAILABLE_CODES.has(e.code) || NETWORK_CODES.has(e.code))) return true;
  if (typeof e.kind === "string" && UNAVAILABLE_KINDS.has(e.kind)) return true;
  if (e.name === "PrismaClientInitializationError") return true;
  if (
    typeof e.message === "string" &&
    /ECONNREFUSED|Connection terminated|connect ETIMEDOUT|timeout exceeded when trying to connect|Can't reach database server/i.test(
      e.message,
    )
  ) {
    return true;
  }
  // Prisma's driver adapters put the driver's error under meta (raw queries) or cause.
  return isDatabaseUnavailable(e.meta?.driverAdapterError, depth + 1) || isDatabaseUnavailable(e.cause, depth + 1);
}

/**
 * Thrown when a request cannot be answered because the database is unreachable. Its digest is
 * what Next hands to error boundaries, so the page says "temporarily unavailable".
 */
export class DatabaseUnavailableError extends Error {
  readonly digest = UNAVAILABLE_DIGEST;
  constructor(cause: unknown) {
    super("The database is unreachable.", { cause });
    this.name = "DatabaseUnavailableError";
  }
}
