import { z } from "zod";

export const searchKinds = ["GLOSSARY", "BLOG", "FAQ"] as const;

export const searchQueryInput = z.object({
  // Long input is cut, not refused: a search box should never answer with an error.
  q: z.string().transform((s) => s.slice(0, 200)),
  kind: z.enum(searchKinds).optional(),
  limit: z.number().int().min(1).max(50).default(10),
  cursor: z.number().int().min(0).max(10_000).nullish(),
});
export type SearchQueryInput = z.input<typeof searchQueryInput>;
