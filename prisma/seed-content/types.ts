export type GlossaryCategory = "frontend" | "backend" | "design" | "seo" | "hosting";

export interface GlossarySeed {
  slug: string; // kebab-case, unique, e.g. "backend", "load-balancing", "call-to-action"
  term: string; // "Backend"
  pronunciation: string; // "[bak-end]" — simple respelling in square brackets
  category: GlossaryCategory;
  summary: string; // ONE paragraph definition, 40–90 words
  sections: { heading: string; body: string }[]; // 2–4 sections; markdown paragraphs and "- " bullet lists
  related: string[]; // 3–5 slugs of OTHER terms in this same list (must exist)
  seoDescription: string; // <= 155 chars
}

export interface BlogPostSeed {
  slug: string;
  title: string;
  excerpt: string; // <= 200 chars
  body: string; // markdown, 500–900 words, with "## " subheadings and lists
  tags: string[]; // 2–4 lowercase tags, reused across posts
  author: string; // "Name, Role"
  publishedAt: string; // ISO date between 2026-01-01 and 2026-11-15
}

export interface FaqSeed {
  question: string;
  answer: string; // markdown, 1–3 short paragraphs or a list
  category: "Subscriptions" | "Billing" | "Process" | "Hero redesign" | "Technical";
  position: number; // order within category starting at 1
}

export interface ServiceSeed {
  slug: string;
  name: string;
  summary: string; // one sentence
  body: string; // markdown 150–300 words with a "## What you get" list
  deliverables: string[];
}

export interface CaseStudySeed {
  slug: string;
  customer: string; // invented company
  industry: string;
  summary: string;
  quote: string;
  quoteAuthor: string; // "Name, Role"
  results: { label: string; value: string }[]; // 3 items
  body: string; // markdown 250–450 words: challenge, approach, outcome as "## " sections
  services: string[]; // service slugs
}

export interface PlanSeed {
  slug: string;
  name: string;
  tagline: string;
  monthlyPriceCents: number;
  yearlyPriceCents: number;
  currency: "usd";
  activeRequestLimit: number;
  features: string[];
  isFeatured: boolean;
  position: number;
}
