import { ImageResponse } from "next/og";
import { orNotFound, publicApi } from "@/app/_trpc/public";

export const size = { width: 1200, height: 630 };
export const contentType = "image/png";
export const alt = "Atelier Web Design Glossary";

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const term = await orNotFound(publicApi().glossary.bySlug({ slug: (await params).slug }));
  return new ImageResponse(
    <div
      style={{
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        width: "100%",
        height: "100%",
        padding: 72,
        background: "#1e1b4b",
        color: "white",
      }}
    >
      <div style={{ fontSize: 30, opacity: 0.8 }}>Atelier · Web Design Glossary</div>
      <div style={{ display: "flex", flexDirection: "column" }}>
        <div style={{ fontSize: 96, fontWeight: 700 }}>{term.term}</div>
        <div style={{ fontSize: 40, opacity: 0.8, marginTop: 12 }}>{term.pronunciation}</div>
      </div>
      <div style={{ fontSize: 28, opacity: 0.85, lineHeight: 1.4 }}>
        {term.summary.length > 160 ? `${term.summary.slice(0, 160)}…` : term.summary}
      </div>
    </div>,
    size,
  );
}
