import { z } from "zod";

export const glossaryCategories = ["frontend", "backend", "design", "seo", "hosting"] as const;
export type GlossaryCategory = (typeof glossaryCategories)[number];

export const slugSchema = z
  .string()
  .trim()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "use lowercase letters, digits and single dashes");

export const glossaryListInput = z.object({
  limit: z.number().int().min(1).max(100).default(12),
});
export type GlossaryListInput = z.infer<typeof glossaryListInput>;

export const glossaryIndexInput = z.object({
  letter: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^([A-Z]|#)$/, "a single letter A–Z or #")
    .optional(),
  category: z.enum(glossaryCategories).optional(),
});

// Sections are stored as jsonb, which refuses a lone UTF-16 surrogate (a 500 from PostgreSQL otherwise).
const hasLoneSurrogate = (s: string) => /\p{Cs}/u.test(s);

export const glossarySection = z.object({
  heading: z
    .string()
    .trim()
    .min(1, "a section needs a heading")
    .max(120)
    .refine((s) => !hasLoneSurrogate(s), "a heading must be valid Unicode text"),
  body: z
    .string()
    .trim()
    .min(1, "a section needs some text")
    .max(20_000)
    .refine((s) => !hasLoneSurrogate(s), "a section's text must be valid Unicode text"),
});
export type GlossarySection = z.infer<typeof glossarySection>;

export const glossaryUpdateInput = z.object({
  slug: slugSchema,
  patch: z
    .object({
      term: z.string().trim().min(1).max(120),
      pronunciation: z.string().trim().min(1).max(120),
      summary: z.string().trim().min(1).max(2_000),
      sections: z.array(glossarySection).min(1).max(20),
      category: z.enum(glossaryCategories),
      seoTitle: z.string().trim().max(70).nullable(),
      seoDescription: z.string().trim().max(160).nullable(),
      related: z.array(slugSchema).max(12),
    })
    .partial(),
});
export type GlossaryUpdateInput = z.infer<typeof glossaryUpdateInput>;

export const glossaryStatusInput = z.object({ slug: slugSchema, status: z.enum(["DRAFT", "PUBLISHED"]) });
