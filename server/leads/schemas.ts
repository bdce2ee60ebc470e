import { z } from "zod";

const text = (max: number, field: string) =>
  z.string().trim().min(1, `enter your ${field}`).max(max, `${field} is too long (at most ${max} characters)`);

export const email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "email is too long")
  .pipe(z.email("enter a valid email address"));

/** Anti-spam fields every public form carries. */
const formGuard = {
  /** Hidden from people; bots fill it. */
  website: z.string().max(500).optional(),
  /** When the form was shown (ms since epoch); a submit faster than a person types is refused. */
  startedAt: z.number().int().positive(),
  /** One per form load: a double submit creates one lead. */
  idempotencyKey: z.string().uuid("reload the page and try again"),
};

export const contactInput = z.object({
  name: text(120, "name"),
  email,
  company: z.string().trim().max(160, "company name is too long").optional(),
  budget: z.enum(["under-5k", "5k-15k", "15k-50k", "over-50k", "not-sure"]).optional(),
  message: text(5000, "message"),
  ...formGuard,
});
export type ContactInput = z.infer<typeof contactInput>;

export const heroGoals = [
  "more-signups",
  "clearer-message",
  "modern-look",
  "faster-page",
  "better-mobile",
  "stronger-brand",
] as const;

export const heroRedesignInput = z.object({
  websiteUrl: z.string().trim().min(1, "enter your website's address").max(2048, "that address is too long"),
  name: text(120, "name"),
  email,
  goals: z.array(z.enum(heroGoals)).max(heroGoals.length).default([]),
  goalsText: z.string().trim().max(2000, "goals are too long (at most 2000 characters)").optional(),
  ...formGuard,
});
export type HeroRedesignInput = z.infer<typeof heroRedesignInput>;

export const leadStages = ["NEW", "CONTACTED", "QUALIFIED", "WON", "LOST"] as const;
export const leadSources = ["CONTACT", "HERO_REDESIGN"] as const;

export const leadFilters = z.object({
  source: z.enum(leadSources).optional(),
  stage: z.enum(leadStages).optional(),
  ownerId: z.string().max(40).optional(),
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
  q: z.string().trim().max(200).optional(),
});
export type LeadFilters = z.infer<typeof leadFilters>;
