import fc from "fast-check";
import type * as zc from "zod/v4/core";
import { safeParse } from "zod/v4/core";

export interface ArbitraryOptions {
  /** Real values a string field may take (ids, slugs of the test data), chosen by the field's key. */
  stringsFor?: (key: string) => readonly string[] | undefined;
  /** Longest string or array generated where the schema sets no maximum. */
  maxLength?: number;
}

interface Facets {
  minLength?: number;
  maxLength?: number;
  min?: number;
  max?: number;
  minExclusive?: boolean;
  maxExclusive?: boolean;
  isInt?: boolean;
  format?: string;
  pattern?: RegExp;
  /** trim() or toLowerCase() runs before the length checks. */
  isRewritten?: boolean;
}

/** What a schema's own def and its checks require, read from zod 4's defs (`_zod.bag` is not filled in). */
function facetsOf(schema: zc.$ZodType): Facets {
  const facets: Facets = {};
  const defs = [schema._zod.def, ...(schema._zod.def.checks ?? []).map((c) => c._zod.def)] as unknown as Record<
    string,
    unknown
  >[];
  for (const d of defs) {
    switch (d.check) {
      case "min_length":
        facets.minLength = Math.max(facets.minLength ?? 0, d.minimum as number);
        break;
      case "max_length":
        facets.maxLength = Math.min(facets.maxLength ?? Number.POSITIVE_INFINITY, d.maximum as number);
        break;
      case "length_equals":
        facets.minLength = facets.maxLength = d.length as number;
        break;
      case "greater_than":
        facets.min = d.value as number;
        facets.minExclusive = !d.inclusive;
        break;
      case "less_than":
        facets.max = d.value as number;
        facets.maxExclusive = !d.inclusive;
        break;
      case "number_format":
        facets.isInt = /int/.test(d.format as string);
        break;
      case "overwrite":
        facets.isRewritten = true;
        break;
      case "string_format":
        facets.format = d.format as string;
        if (d.pattern instanceof RegExp) facets.pattern = d.pattern;
        break;
    }
  }
  return facets;
}

function stringArbitrary(facets: Facets, options: ArbitraryOptions): fc.Arbitrary<string> {
  const minLength = facets.minLength ?? 0;
  const maxLength = Math.max(
    minLength,
    Math.min(facets.maxLength ?? Number.POSITIVE_INFINITY, options.maxLength ?? 60),
  );
  const fits = (s: string) => {
    const checked = facets.isRewritten ? s.trim() : s;
    return checked.length >= minLength && checked.length <= (facets.maxLength ?? Number.POSITIVE_INFINITY);
  };
  if (facets.pattern) return fc.stringMatching(facets.pattern).filter(fits);
  if (facets.format === "url") return fc.webUrl().filter(fits);
  const generated = fc.string({ minLength, maxLength, unit: oneCodeUnit });
  return facets.isRewritten ? generated.filter(fits) : generated;
}

// zod counts UTF-16 code units, so every unit is exactly one: mostly ASCII, sometimes wider BMP text.
const oneCodeUnit = fc.oneof(
  { weight: 4, arbitrary: fc.string({ minLength: 1, maxLength: 1, unit: "grapheme-ascii" }) },
  { weight: 1, arbitrary: fc.integer({ min: 0xa0, max: 0xd7ff }).map((c) => String.fromCharCode(c)) },
);

function numberArbitrary(facets: Facets): fc.Arbitrary<number> {
  if (facets.isInt) {
    const min = Math.max(Number.MIN_SAFE_INTEGER, Math.ceil(facets.min ?? Number.MIN_SAFE_INTEGER));
    const max = Math.min(Number.MAX_SAFE_INTEGER, Math.floor(facets.max ?? Number.MAX_SAFE_INTEGER));
    return fc.integer({
      min: facets.minExclusive && min === facets.min ? min + 1 : min,
      max: facets.maxExclusive && max === facets.max ? max - 1 : max,
    });
  }
  return fc.double({
    min: facets.min,
    max: facets.max,
    minExcluded: facets.minExclusive,
    maxExcluded: facets.maxExclusive,
    noNaN: true,
    noDefaultInfinity: true,
  });
}

/**
 * A fast-check arbitrary of values the zod 4 schema accepts as input. Written here because
 * zod-fast-check supports neither zod 4 nor fast-check 4, and JSON Schema loses what matters
 * (the email behind a pipe, dates). A schema type it does not know fails loudly, so a new kind
 * of input gets a generator instead of being fuzzed with nothing.
 */
export function arbitraryFor(schema: zc.$ZodType, options: ArbitraryOptions = {}, key = ""): fc.Arbitrary<unknown> {
  const generated = structuralArbitrary(schema, options, key);
  // A refinement (`.refine(...)`, e.g. "a due date from today on") is code we cannot read: keep
  // the generated values the schema itself accepts. The generators stay close to what refinements
  // usually ask (dates near today) so few values are thrown away.
  const refined = (schema._zod.def.checks ?? []).some((c) => (c._zod.def as { check?: string }).check === "custom");
  return refined ? generated.filter((value) => safeParse(schema, value).success) : generated;
}

function structuralArbitrary(schema: zc.$ZodType, options: ArbitraryOptions, key: string): fc.Arbitrary<unknown> {
  const def = schema._zod.def as zc.$ZodTypeDef & Record<string, unknown>;
  const inner = (s: unknown, k = key) => arbitraryFor(s as zc.$ZodType, options, k);
  switch (def.type) {
    case "string": {
      const generated = stringArbitrary(facetsOf(schema), options);
      const known = options.stringsFor?.(key);
      if (!known?.length) return generated;
      return fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...known) }, { weight: 1, arbitrary: generated });
    }
    case "number":
      return numberArbitrary(facetsOf(schema));
    case "bigint":
      return fc.bigInt();
    case "boolean":
      return fc.boolean();
    case "date":
      return fc.date({
        min: new Date(Date.now() - 366 * 86_400_000),
        max: new Date(Date.now() + 2 * 366 * 86_400_000),
        noInvalidDate: true,
      });
    case "null":
      return fc.constant(null);
    case "undefined":
    case "void":
      return fc.constant(undefined);
    case "any":
    case "unknown":
      return fc.jsonValue();
    case "literal":
      return fc.constantFrom(...(def.values as unknown[]));
    case "enum":
      return fc.constantFrom(...Object.values(def.entries as Record<string, string | number>));
    case "optional":
    case "default":
    case "prefault":
      return fc.option(inner(def.innerType), { nil: undefined });
    case "nullable":
      return fc.option(inner(def.innerType), { nil: null });
    case "nonoptional":
    case "readonly":
    case "catch":
      return inner(def.innerType);
    case "lazy":
      return inner((def.getter as () => unknown)());
    case "pipe": {
      // A transform says nothing about its input: generate what the first stage accepts.
      const out = def.out as zc.$ZodType;
      return out._zod.def.type === "transform" ? inner(def.in) : inner(out);
    }
    case "array": {
      const facets = facetsOf(schema);
      const minLength = facets.minLength ?? 0;
      const maxLength = Math.max(minLength, Math.min(facets.maxLength ?? 4, minLength + 4));
      return fc.array(inner(def.element), { minLength, maxLength });
    }
    case "tuple":
      return fc.tuple(...(def.items as unknown[]).map((item) => inner(item)));
    case "record":
      return fc.dictionary(inner(def.keyType) as fc.Arbitrary<string>, inner(def.valueType), { maxKeys: 4 });
    case "union":
      return fc.oneof(...(def.options as unknown[]).map((option) => inner(option)));
    case "object": {
      const shape = def.shape as Record<string, zc.$ZodType>;
      const arbitraries = Object.fromEntries(Object.entries(shape).map(([k, s]) => [k, inner(s, k)]));
      const requiredKeys = Object.keys(shape).filter((k) => shape[k]?._zod.optin !== "optional");
      return fc.record(arbitraries, { requiredKeys });
    }
    default:
      throw new Error(`zod type "${def.type}" has no generator yet: add it to server/testing/zod-arbitrary.ts`);
  }
}
