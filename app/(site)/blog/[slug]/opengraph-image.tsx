import { orNotFound, publicApi } from "@/app/_trpc/public";
import { ogCard, ogSize } from "../../../_components/og-card";

export const size = ogSize;
export const contentType = "image/png";
export const alt = "Atelier blog post";

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const post = await orNotFound(publicApi().blog.bySlug({ slug: (await params).slug }));
  return ogCard({
    eyebrow: "Atelier · Blog",
    title: post.title,
    subtitle: post.author,
    body: post.excerpt,
    titleSize: 64,
  });
}
