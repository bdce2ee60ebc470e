import { z } from "zod";

export const glossaryListInput = z.object({
  limit: z.number().int().min(1).max(100).default(12),
});
export type GlossaryListInput = z.infer<typeof glossaryListInput>;
