import { z } from "zod";
import { glossaryCategories, slugSchema } from "../glossary/schemas";

/** The studio's kinds, as the URL and the API spell them. */
export const studioKinds = ["glossary", "post", "faq", "service", "story", "plan", "page"] as const;
export type StudioKind = (typeof studioKinds)[number];
export const studioKind = z.enum(studioKinds);

// Drafts are stored as jsonb, which refuses a lone UTF-16 surrogate (a 500 from PostgreSQL otherwise).
const isUnicode = (s: string) => !/\p{Cs}/u.test(s);
const text = (max: number) =>
  z.string().max(max).refine(isUnicode, "Use valid Unicode text: a character here is broken.");
const required = (max: number, what: string) => text(max).refine((s) => s.trim().length > 0, `Add ${what}.`);

/** An image is a path on this site (the media library's /media/… or the demo's /demo/…). */
export const imagePath = z
  .string()
  .trim()
  .max(300)
  .refine((s) => s === "" || /^\/[A-Za-z0-9._~\-/]+$/.test(s), "Use a path on this site, such as /media/cover.png.");
const alt = text(300);

const seo = {
  seoTitle: text(70),
  seoDescription: text(160),
  seoImage: imagePath,
  seoImageAlt: alt,
};

const slug = z
  .string()
  .trim()
  .max(120)
  .refine((s) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(s), "Use lowercase letters, digits and single dashes.");

/** What autosave accepts: every field bounded, none required yet (a draft may be half-written). */
export const glossaryDraft = z.object({
  slug,
  term: text(120),
  pronunciation: text(120),
  summary: text(2_000),
  category: z.enum(glossaryCategories),
  sections: z.array(z.object({ heading: text(120), body: text(20_000) })).max(20),
  related: z.array(slugSchema).max(12),
  ...seo,
});
export type GlossaryDraft = z.infer<typeof glossaryDraft>;

/** What publishing needs; the editor runs the same schema as you type, for messages beside the fields. */
export const glossaryPublishable = glossaryDraft.extend({
  term: required(120, "the term"),
  pronunciation: required(120, "a pronunciation, such as [bak-end]"),
  summary: required(2_000, "a one-paragraph definition"),
  sections: z
    .array(z.object({ heading: required(120, "a heading"), body: required(20_000, "some text to the section") }))
    .min(1, "Add at least one section.")
    .max(20),
});

export const postDraft = z.object({
  slug,
  title: text(160),
  excerpt: text(400),
  body: text(50_000),
  coverImage: imagePath,
  coverAlt: alt,
  tags: z
    .array(
      z
        .string()
        .trim()
        .toLowerCase()
        .regex(/^[a-z0-9-]+$/, "A tag is lowercase letters, digits and dashes.")
        .max(40),
    )
    .max(12),
  author: text(120),
  ...seo,
});
export type PostDraft = z.infer<typeof postDraft>;

export const postPublishable = postDraft.extend({
  title: required(160, "a title"),
  excerpt: required(400, "an excerpt for the blog index"),
  body: required(50_000, "the post's text"),
  author: required(120, "the author's name"),
});

export const faqDraft = z.object({
  question: text(300),
  answer: text(10_000),
  category: text(60),
});
export type FaqDraft = z.infer<typeof faqDraft>;

export const faqPublishable = faqDraft.extend({
  question: required(300, "the question"),
  answer: required(10_000, "the answer"),
  category: required(60, "a group"),
});

export const serviceDraft = z.object({
  slug,
  name: text(120),
  summary: text(400),
  body: text(30_000),
  deliverables: z.array(text(120)).max(20),
  imagePath: imagePath,
  imageAlt: alt,
  ...seo,
});
export type ServiceDraft = z.infer<typeof serviceDraft>;

export const servicePublishable = serviceDraft.extend({
  name: required(120, "the service's name"),
  summary: required(400, "a one-line summary"),
  body: required(30_000, "a description"),
  deliverables: z.array(required(120, "the deliverable's name")).min(1, "List at least one deliverable.").max(20),
});

/** Whole cents, as the plan table and the billing providers keep prices. */
const cents = z
  .number({ error: "Enter a price in dollars, such as 2495." })
  .int("Use whole cents.")
  .min(0, "A price cannot be negative.")
  .max(100_000_000, "That price is over a million dollars: check the number.");

export const planDraft = z.object({
  /** The plan's identifier: subscriptions and checkout links name it, so it is fixed once created. */
  slug,
  name: text(60),
  tagline: text(200),
  monthlyPriceCents: cents,
  yearlyPriceCents: cents,
  activeRequestLimit: z
    .number({ error: "Enter how many requests are worked on at once." })
    .int("Use a whole number of requests.")
    .min(1, "At least one request is worked on at a time.")
    .max(20, "At most 20 requests at once."),
  features: z.array(text(120)).max(12),
  isFeatured: z.boolean(),
});
export type PlanDraft = z.infer<typeof planDraft>;

export const planPublishable = planDraft
  .extend({
    name: required(60, "the plan's name"),
    tagline: required(200, "a one-line tagline"),
    monthlyPriceCents: cents.min(100, "Give the plan a monthly price."),
    yearlyPriceCents: cents.min(100, "Give the plan a yearly price."),
    features: z.array(required(120, "the feature's text")).min(1, "List at least one feature.").max(12),
  })
  .refine((p) => p.yearlyPriceCents <= p.monthlyPriceCents * 12, {
    path: ["yearlyPriceCents"],
    message: "The yearly price should not be more than twelve monthly payments.",
  });

export const storyDraft = z.object({
  slug,
  customer: text(120),
  industry: text(80),
  summary: text(600),
  quote: text(600),
  quoteAuthor: text(120),
  results: z.array(z.object({ label: text(60), value: text(30) })).max(6),
  body: text(30_000),
  serviceSlugs: z.array(slugSchema).max(10),
  beforePath: imagePath,
  beforeAlt: alt,
  imagePath: imagePath,
  imageAlt: alt,
  ...seo,
});
export type StoryDraft = z.infer<typeof storyDraft>;

export const storyPublishable = storyDraft.extend({
  customer: required(120, "the customer's name"),
  industry: required(80, "the industry"),
  summary: required(600, "a summary"),
  quote: required(600, "the customer's quote"),
  quoteAuthor: required(120, "who said it"),
  results: z
    .array(
      z.object({ label: required(60, "a label, such as Conversion"), value: required(30, "a value, such as +38%") }),
    )
    .min(1, "Add at least one result.")
    .max(6),
  body: required(30_000, "the story"),
});

/** The fixed pages whose copy the studio edits (rows of PageCopy, by slug). */
export const copyPages = ["home", "about"] as const;
export type CopyPage = (typeof copyPages)[number];

export const homeCopyDraft = z.object({
  page: z.literal("home"),
  heroEyebrow: text(120),
  heroHeading: text(120),
  heroText: text(600),
  heroPrimaryCta: text(40),
  heroSecondaryCta: text(40),
  servicesHeading: text(120),
  customersHeading: text(120),
  pricingHeading: text(120),
  pricingLink: text(40),
  faqHeading: text(120),
  faqLink: text(40),
  glossaryHeading: text(120),
  glossaryLink: text(40),
  /** The hero picture: read from and published to PageImage (home, hero), never kept in the copy's JSON. */
  heroImage: imagePath,
  heroImageAlt: alt,
  ...seo,
});
export type HomeCopy = z.infer<typeof homeCopyDraft>;

export const aboutCopyDraft = z.object({
  page: z.literal("about"),
  heading: text(120),
  intro: text(1_200),
  body: text(1_200),
  principlesHeading: text(120),
  principles: z.array(z.object({ title: text(80), body: text(400) })).max(8),
  ctaLabel: text(40),
  ...seo,
});
export type AboutCopy = z.infer<typeof aboutCopyDraft>;

export const pageDraft = z.discriminatedUnion("page", [homeCopyDraft, aboutCopyDraft]);
export type PageDraft = z.infer<typeof pageDraft>;

const homeCopyPublishable = homeCopyDraft.extend({
  heroHeading: required(120, "the hero heading"),
  heroText: required(600, "the hero text"),
  heroPrimaryCta: required(40, "the main button's label"),
  heroSecondaryCta: required(40, "the second button's label"),
  servicesHeading: required(120, "a heading for the services"),
  customersHeading: required(120, "a heading for the customers"),
  pricingHeading: required(120, "a heading for the pricing"),
  pricingLink: required(40, "the pricing link's label"),
  faqHeading: required(120, "a heading for the questions"),
  faqLink: required(40, "the questions link's label"),
  glossaryHeading: required(120, "a heading for the glossary"),
  glossaryLink: required(40, "the glossary link's label"),
});
const aboutCopyPublishable = aboutCopyDraft.extend({
  heading: required(120, "the page's heading"),
  intro: required(1_200, "the opening paragraph"),
  principlesHeading: required(120, "a heading for the principles"),
  principles: z
    .array(z.object({ title: required(80, "the principle's title"), body: required(400, "a sentence or two") }))
    .min(1, "Add at least one principle.")
    .max(8),
  ctaLabel: required(40, "the button's label"),
});
export const pagePublishable = z.discriminatedUnion("page", [homeCopyPublishable, aboutCopyPublishable]);

export const draftSchemas = {
  glossary: glossaryDraft,
  post: postDraft,
  faq: faqDraft,
  service: serviceDraft,
  story: storyDraft,
  plan: planDraft,
  page: pageDraft,
} as const;
export const publishSchemas = {
  glossary: glossaryPublishable,
  post: postPublishable,
  faq: faqPublishable,
  service: servicePublishable,
  story: storyPublishable,
  plan: planPublishable,
  page: pagePublishable,
} as const;

const itemId = z.string().trim().min(1).max(64);
const item = { kind: studioKind, id: itemId };
const version = z.number().int().min(0).max(1_000_000);

export const listInput = z.object({
  kind: studioKind,
  q: z.string().trim().max(120).optional(),
  status: z.enum(["all", "published", "draft", "changed", "scheduled"]).default("all"),
});
export const itemInput = z.object(item);
export const createInput = z.object({ kind: studioKind, data: z.record(z.string(), z.unknown()) });
export const saveInput = z.object({ ...item, baseVersion: version, data: z.record(z.string(), z.unknown()) });
export const publishInput = z.object({ ...item, version });
export const scheduleInput = z.object({
  ...item,
  action: z.enum(["publish", "unpublish"]),
  /** null cancels what was scheduled. */
  at: z.date().nullable(),
});
export const revisionInput = z.object({ ...item, number: z.number().int().min(1).max(1_000_000) });
export const diffInput = z.object({
  ...item,
  from: z.number().int().min(1).max(1_000_000),
  to: z.number().int().min(1).max(1_000_000),
});
export const restoreInput = z.object({ ...item, number: z.number().int().min(1).max(1_000_000), baseVersion: version });
export const previewLinkInput = z.object({
  ...item,
  hours: z
    .number()
    .int()
    .min(1)
    .max(24 * 14)
    .default(48),
});
export const reorderInput = z.object({
  kind: z.enum(["faq", "service", "plan"]),
  ids: z.array(itemId).min(1).max(500),
});

const path = z
  .string()
  .trim()
  .max(300)
  .refine(
    (s) => /^\/[A-Za-z0-9._~\-/]*$/.test(s) && !s.startsWith("//"),
    "Use a path on this site, such as /glossary/backend.",
  );
export const redirectSaveInput = z.object({ id: itemId.optional(), fromPath: path, toPath: path });
export const redirectDeleteInput = z.object({ id: itemId });
