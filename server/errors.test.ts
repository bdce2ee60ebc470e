import { describe, expect, it } from "vitest";
import { DatabaseUnavailableError, isDatabaseUnavailable } from "./errors";

describe("isDatabaseUnavailable", () => {
  it.each([
    ["a refused connection", Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" })],
    ["Prisma's P1001", Object.assign(new Error("Can't reach database server"), { code: "P1001" })],
    [
      "a raw query through the driver adapter (P2010 with the adapter's error under meta)",
      Object.assign(new Error("Raw query failed. Code: `N/A`."), {
        code: "P2010",
        meta: {
          driverAdapterError: Object.assign(new Error("DatabaseNotReachable"), {
            cause: { kind: "DatabaseNotReachable" },
          }),
        },
      }),
    ],
    ["an error already mapped to the outage", new DatabaseUnavailableError(new Error("x"))],
  ])("recognizes %s", (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ["a unique violation", Object.assign(new Error("Unique constraint failed"), { code: "P2002" })],
    ["a bug", new TypeError("x is undefined")],
    ["nothing", undefined],
  ])("does not mistake %s for an outage", (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
