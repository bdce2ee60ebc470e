import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { appRouter } from "../router";
import { arbitraryFor } from "./zod-arbitrary";

const samples = (schema: z.ZodType, options = {}) => fc.sample(arbitraryFor(schema, options), { seed: 7, numRuns: 60 });
const rejectedBy = (schema: z.ZodType, values: unknown[]) =>
  values.flatMap((value) => {
    const result = schema.safeParse(value);
    return result.success ? [] : [`${JSON.stringify(value)} — ${result.error.message}`];
  });

describe("zod → fast-check", () => {
  it("generates only values that every procedure's input schema accepts", () => {
    const rejected: string[] = [];
    for (const [path, procedure] of Object.entries(appRouter._def.procedures)) {
      for (const input of (procedure as unknown as { _def: { inputs: z.ZodType[] } })._def.inputs) {
        rejected.push(...rejectedBy(input, samples(input)).map((r) => `${path}: ${r}`));
      }
    }
    expect(rejected).toEqual([]);
  });

  it("respects lengths, bounds, formats, optional keys and pipes", () => {
    const schema = z.object({
      code: z.string().regex(/^\d{4}$/),
      name: z.string().min(3).max(5),
      count: z.number().int().positive().max(3),
      ratio: z.number().min(0).lt(1),
      email: z.string().trim().toLowerCase().pipe(z.email()),
      id: z.uuid(),
      when: z.coerce.date().nullish(),
      tags: z
        .array(z.enum(["a", "b"]))
        .min(1)
        .max(2),
      short: z.string().transform((s) => s.slice(0, 2)),
      kind: z.literal("x").default("x"),
    });
    const values = samples(schema);
    expect(rejectedBy(schema, values)).toEqual([]);
    expect(values.some((v) => (v as { when?: unknown }).when === undefined)).toBe(true);
    expect(values.some((v) => (v as { when?: unknown }).when instanceof Date)).toBe(true);
  });

  it("draws strings from the known values for a key, and others besides", () => {
    const values = samples(z.object({ workspaceId: z.string().max(40), note: z.string() }), {
      stringsFor: (key: string) => (key === "workspaceId" ? ["ws_known"] : undefined),
    }) as { workspaceId: string; note: string }[];
    expect(values.filter((v) => v.workspaceId === "ws_known").length).toBeGreaterThan(20);
    expect(values.some((v) => v.workspaceId !== "ws_known")).toBe(true);
    expect(values.some((v) => v.note === "ws_known")).toBe(false);
  });

  it("refuses a schema type it has no generator for", () => {
    expect(() => arbitraryFor(z.map(z.string(), z.string()))).toThrow(/zod type "map" has no generator/);
  });
});
