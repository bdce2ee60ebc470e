import { orNotFound, publicApi } from "@/app/_trpc/public";
import { ogCard, ogSize } from "../../../_components/og-card";

export const size = ogSize;
export const contentType = "image/png";
export const alt = "Atelier Web Design Glossary";

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const term = await orNotFound(publicApi().glossary.bySlug({ slug: (await params).slug }));
  return ogCard({
    eyebrow: "Atelier · Web Design Glossary",
    title: term.term,
    subtitle: term.pronunciation,
    body: term.summary.length > 160 ? `${term.summary.slice(0, 160)}…` : term.summary,
  });
}
