import { feedPosts } from "@/server/blog/service";
import { cacheTags } from "@/server/content/cache-tags";
import { serverEnv } from "@/server/env";
import { cachedRead } from "@/server/platform/cache";
import { db } from "@/server/platform/db";

const escapeXml = (s: string) =>
  s.replace(/[<>&'"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c] ?? c);

/** Atom feed of the newest posts. */
export async function GET() {
  const base = serverEnv().APP_URL;
  const posts = await cachedRead(["blog.feed"], [cacheTags.blogList], () => feedPosts(db()));
  const updated = new Date(Math.max(0, ...posts.map((p) => p.updatedAt.getTime())));
  const entries = posts
    .map(
      (p) => `  <entry>
    <title>${escapeXml(p.title)}</title>
    <link href="${base}/blog/${p.slug}"/>
    <id>${base}/blog/${p.slug}</id>
    <published>${p.publishedAt?.toISOString()}</published>
    <updated>${p.updatedAt.toISOString()}</updated>
    <author><name>${escapeXml(p.author)}</name></author>
    <summary>${escapeXml(p.excerpt)}</summary>
${p.tags.map((t) => `    <category term="${escapeXml(t)}"/>`).join("\n")}
  </entry>`,
    )
    .join("\n");
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Atelier blog</title>
  <subtitle>Notes from the studio on web design, conversion and performance.</subtitle>
  <link href="${base}/blog/feed.xml" rel="self"/>
  <link href="${base}/blog"/>
  <id>${base}/blog</id>
  <updated>${updated.toISOString()}</updated>
${entries}
</feed>
`;
  return new Response(xml, {
    headers: { "content-type": "application/atom+xml; charset=utf-8", "cache-control": "public, max-age=300" },
  });
}
