import { describe, expect, it } from "vitest";
import { blogPosts } from "./blog";
import { caseStudies } from "./case-studies";
import { faqEntries } from "./faq";
import { glossaryTerms } from "./glossary";
import { plans } from "./plans";
import { services } from "./services";

describe("demo content", () => {
  it("has the glossary the public site promises", () => {
    expect(glossaryTerms.length).toBeGreaterThanOrEqual(60);
    const names = new Set(glossaryTerms.map((t) => t.term));
    for (const required of [
      "Backend",
      "Frontend",
      "API",
      "Database",
      "Server",
      "Caching",
      "Load balancing",
      "CDN",
      "Hero section",
      "Call to action",
      "Responsive design",
    ]) {
      expect(names.has(required), required).toBe(true);
    }
    for (const category of ["frontend", "backend", "design", "seo", "hosting"]) {
      expect(glossaryTerms.filter((t) => t.category === category).length, category).toBeGreaterThanOrEqual(10);
    }
  });

  it("gives every term a pronunciation, two sections and three related terms that exist", () => {
    const slugs = new Set(glossaryTerms.map((t) => t.slug));
    expect(slugs.size).toBe(glossaryTerms.length);
    for (const t of glossaryTerms) {
      expect(t.pronunciation, t.slug).toMatch(/^\[.+\]$/);
      expect(t.sections.length, t.slug).toBeGreaterThanOrEqual(2);
      expect(t.related.length, t.slug).toBeGreaterThanOrEqual(3);
      for (const r of t.related) expect(slugs.has(r) && r !== t.slug, `${t.slug} → ${r}`).toBe(true);
    }
  });

  it("has enough posts, FAQ entries, services, customers and plans", () => {
    expect(blogPosts.length).toBeGreaterThanOrEqual(6);
    expect(faqEntries.length).toBeGreaterThanOrEqual(20);
    expect(new Set(faqEntries.map((f) => f.category)).size).toBeGreaterThanOrEqual(3);
    expect(services.length).toBeGreaterThanOrEqual(4);
    expect(caseStudies.length).toBeGreaterThanOrEqual(4);
    expect(plans.length).toBe(3);
    const serviceSlugs = new Set(services.map((s) => s.slug));
    for (const c of caseStudies) for (const s of c.services) expect(serviceSlugs.has(s), `${c.slug} → ${s}`).toBe(true);
  });
});
