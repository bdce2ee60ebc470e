import { ImageResponse } from "next/og";
import { orNotFound, publicApi } from "@/app/_trpc/public";

export const size = { width: 1200, height: 630 };
export const contentType = "image/png";
export const alt = "Atelier blog post";

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const post = await orNotFound(publicApi().blog.bySlug({ slug: (await params).slug }));
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
      <div style={{ fontSize: 30, opacity: 0.8 }}>Atelier · Blog</div>
      <div style={{ display: "flex", flexDirection: "column" }}>
        <div style={{ fontSize: 64, fontWeight: 700 }}>{post.title}</div>
        <div style={{ fontSize: 34, opacity: 0.8, marginTop: 12 }}>{post.author}</div>
      </div>
      <div style={{ fontSize: 28, opacity: 0.85, lineHeight: 1.4 }}>{post.excerpt}</div>
    </div>,
    size,
  );
}
