import type { MetadataRoute } from "next";
import { publishedPostSlugs } from "@/server/blog/service";
import { cacheTags } from "@/server/content/cache-tags";
import { serverEnv } from "@/server/env";
import { publishedTermSlugs } from "@/server/glossary/service";
import { cachedRead } from "@/server/platform/cache";
import { db } from "@/server/platform/db";

// Built per request from published content (never at build time: the build has no database).
export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = serverEnv().APP_URL;
  const [terms, posts, services, stories] = await Promise.all([
    cachedRead(["sitemap.terms"], [cacheTags.glossaryList], () => publishedTermSlugs(db())),
    cachedRead(["sitemap.posts"], [cacheTags.blogList], () => publishedPostSlugs(db())),
    cachedRead(["sitemap.services"], [cacheTags.services], () =>
      db().service.findMany({ where: { status: "PUBLISHED" }, select: { slug: true, updatedAt: true } }),
    ),
    cachedRead(["sitemap.customers"], [cacheTags.customers], () =>
      db().caseStudy.findMany({ where: { status: "PUBLISHED" }, select: { slug: true, updatedAt: true } }),
    ),
  ]);
  const pages = ["", "/services", "/customers", "/about", "/contact", "/glossary", "/faq", "/blog", "/pricing"];
  return [
    ...pages.map((p) => ({ url: `${base}${p}`, changeFrequency: "weekly" as const, priority: p === "" ? 1 : 0.7 })),
    ...terms.map((t) => ({ url: `${base}/glossary/${t.slug}`, lastModified: t.updatedAt, priority: 0.6 })),
    ...posts.map((p) => ({ url: `${base}/blog/${p.slug}`, lastModified: p.updatedAt, priority: 0.6 })),
    ...services.map((s) => ({ url: `${base}/services/${s.slug}`, lastModified: s.updatedAt, priority: 0.6 })),
    ...stories.map((s) => ({ url: `${base}/customers/${s.slug}`, lastModified: s.updatedAt, priority: 0.5 })),
  ];
}
