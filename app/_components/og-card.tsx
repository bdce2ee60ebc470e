import { ImageResponse } from "next/og";

export const ogSize = { width: 1200, height: 630 };

/** The 1200×630 share image used for glossary terms and blog posts. */
export function ogCard(card: { eyebrow: string; title: string; subtitle: string; body?: string; titleSize?: number }) {
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
      <div style={{ fontSize: 30, opacity: 0.8 }}>{card.eyebrow}</div>
      <div style={{ display: "flex", flexDirection: "column" }}>
        <div style={{ fontSize: card.titleSize ?? 96, fontWeight: 700 }}>{card.title}</div>
        <div style={{ fontSize: 36, opacity: 0.8, marginTop: 12 }}>{card.subtitle}</div>
      </div>
      <div style={{ fontSize: 28, opacity: 0.85, lineHeight: 1.4 }}>{card.body ?? ""}</div>
    </div>,
    ogSize,
  );
}
