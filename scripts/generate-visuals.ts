// Draws the demo visuals of the public site — browser-frame mock-ups, before/after pairs, customer
// wordmarks, team portraits — as SVG, and renders the mock-ups to WebP with sharp. Nothing is
// downloaded or copied: every shape is below. Deterministic: the same code gives the same bytes.
// Usage: npx tsx scripts/generate-visuals.ts [outDir]   (default public/demo; commit the output)
import { createHash } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { staticVariants, variantPath } from "../prisma/seed-content/visuals";

const SANS = "DejaVu Sans, Liberation Sans, Arial, sans-serif";
const SERIF = "DejaVu Serif, Liberation Serif, Georgia, serif";
const OLD_SERIF = "Liberation Serif, Times New Roman, serif";
const OLD_SANS = "Liberation Sans, Arial, sans-serif";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A seeded pseudo-random source, so "random" widths are the same on every run. */
function seeded(seedText: string) {
  let h = 2166136261;
  for (const ch of seedText) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return () => {
    h = Math.imul(h ^ (h >>> 15), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    h ^= h >>> 16;
    return (h >>> 0) / 4294967296;
  };
}

/** Lines of placeholder text: rounded bars of varying length. */
function textLines(x: number, y: number, width: number, count: number, fill: string, seed: string, gap = 22, h = 9) {
  const rand = seeded(seed);
  let out = "";
  for (let i = 0; i < count; i++) {
    const w = i === count - 1 ? width * (0.4 + rand() * 0.3) : width * (0.82 + rand() * 0.18);
    out += `<rect x="${x}" y="${y + i * gap}" width="${w.toFixed(1)}" height="${h}" rx="${h / 2}" fill="${fill}"/>`;
  }
  return out;
}

const text = (
  x: number,
  y: number,
  s: string,
  o: { size: number; fill: string; weight?: number | string; family?: string; anchor?: string; spacing?: number },
) =>
  `<text x="${x}" y="${y}" font-family="${o.family ?? SANS}" font-size="${o.size}" font-weight="${o.weight ?? 400}" fill="${o.fill}"${
    o.anchor ? ` text-anchor="${o.anchor}"` : ""
  }${o.spacing !== undefined ? ` letter-spacing="${o.spacing}"` : ""}>${esc(s)}</text>`;

/** A browser window at (x, y) whose page content is drawn in a w × h viewport below the toolbar. */
function browser(x: number, y: number, w: number, h: number, url: string, content: string, id: string, dated = false) {
  const bar = dated ? 34 : 44;
  const frame = dated
    ? `<rect width="${w}" height="${h + bar}" fill="#d4d0c8" stroke="#808080"/>
       <rect x="2" y="2" width="${w - 4}" height="${bar - 6}" fill="#0a246a"/>
       ${text(12, 22, `${url} - Microsoft Internet Explorer`, { size: 14, fill: "#fff", family: OLD_SANS, weight: 700 })}`
    : `<rect width="${w}" height="${h + bar}" rx="14" fill="#ffffff"/>
       <rect width="${w}" height="${bar}" rx="14" fill="#eef0f4"/><rect y="${bar - 14}" width="${w}" height="14" fill="#eef0f4"/>
       <circle cx="24" cy="${bar / 2}" r="6" fill="#ff5f57"/><circle cx="44" cy="${bar / 2}" r="6" fill="#febc2e"/><circle cx="64" cy="${bar / 2}" r="6" fill="#28c840"/>
       <rect x="${w / 2 - 180}" y="10" width="360" height="24" rx="12" fill="#ffffff"/>
       ${text(w / 2, 27, url, { size: 13, fill: "#6b7280", anchor: "middle" })}`;
  return `<g transform="translate(${x} ${y})">
    <defs><clipPath id="vp-${id}"><rect y="${bar}" width="${w}" height="${h}"${dated ? "" : ' rx="14"'}/></clipPath></defs>
    ${dated ? "" : `<rect x="0" y="8" width="${w}" height="${h + bar}" rx="14" fill="#0f172a" opacity="0.10"/>`}
    ${frame}
    <g clip-path="url(#vp-${id})"><g transform="translate(0 ${bar})">${content}</g></g>
  </g>`;
}

const svgDoc = (w: number, h: number, body: string, bg = "#f5f3ff") =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}"><rect width="${w}" height="${h}" fill="${bg}"/>${body}</svg>`;

// ── Designed pages ("after"): one layout per kind of business, each brand its own palette ──

interface Brand {
  name: string;
  url: string;
  ink: string;
  primary: string;
  accent: string;
  soft: string;
  headline: [string, string];
  family?: string;
}

/** Left edges of words set in a row that ends at `right`, `gap` apart (widths estimated from the size). */
function rowFromRight(words: string[], right: number, size: number, gap: number): [string, number][] {
  let x = right;
  const out: [string, number][] = [];
  for (const word of [...words].reverse()) {
    x -= word.length * size * 0.62;
    out.unshift([word, Math.round(x)]);
    x -= gap;
  }
  return out;
}

function navBar(b: Brand, w: number, dark = false, links = ["Product", "Pricing", "Customers", "About"]) {
  const fg = dark ? "#e2e8f0" : b.ink;
  return `${text(56, 48, b.name, { size: 24, weight: 700, fill: dark ? "#fff" : b.ink, family: b.family, spacing: -0.5 })}
    ${rowFromRight(links, w - 186, 15, 36)
      .map(([l, x]) => text(x, 48, l, { size: 15, fill: fg }))
      .join("")}
    <rect x="${w - 150}" y="24" width="104" height="38" rx="19" fill="${b.primary}"/>
    ${text(w - 98, 49, "Start", { size: 15, weight: 700, fill: "#fff", anchor: "middle" })}`;
}

function headline(x: number, y: number, b: Brand, size: number, fill: string) {
  return (
    text(x, y, b.headline[0], { size, weight: 700, fill, family: b.family, spacing: -1.5 }) +
    text(x, y + size * 1.15, b.headline[1], { size, weight: 700, fill: b.primary, family: b.family, spacing: -1.5 })
  );
}

function saasPage(b: Brand, w: number, h: number) {
  const bars = [0.45, 0.6, 0.52, 0.75, 0.68, 0.9, 0.82];
  return `<rect width="${w}" height="${h}" fill="#ffffff"/>
    <rect width="${w}" height="${h}" fill="${b.soft}" opacity="0.5"/>
    ${navBar(b, w)}
    <rect x="56" y="128" width="210" height="30" rx="15" fill="${b.soft}"/>
    ${text(72, 149, "New · Close in 3 days", { size: 14, weight: 700, fill: b.primary })}
    ${headline(56, 240, b, 58, b.ink)}
    ${textLines(56, 360, 520, 3, "#94a3b8", `${b.name}-lede`, 26, 12)}
    <rect x="56" y="460" width="200" height="56" rx="12" fill="${b.primary}"/>
    ${text(156, 495, "Start free trial", { size: 17, weight: 700, fill: "#fff", anchor: "middle" })}
    <rect x="272" y="460" width="160" height="56" rx="12" fill="#fff" stroke="${b.ink}" stroke-opacity="0.2" stroke-width="2"/>
    ${text(352, 495, "Book a demo", { size: 17, weight: 700, fill: b.ink, anchor: "middle" })}
    <g transform="translate(${w - 700} 130)">
      <rect width="640" height="420" rx="20" fill="#fff" stroke="#e2e8f0" stroke-width="2"/>
      <rect width="150" height="420" rx="20" fill="${b.ink}"/><rect x="130" width="20" height="420" fill="${b.ink}"/>
      ${[0, 1, 2, 3, 4].map((i) => `<rect x="24" y="${40 + i * 44}" width="${i === 1 ? 100 : 80}" height="12" rx="6" fill="#fff" opacity="${i === 1 ? 0.9 : 0.35}"/>`).join("")}
      ${text(180, 58, "Month-end close", { size: 20, weight: 700, fill: b.ink })}
      ${text(180, 84, "November · 82% reconciled", { size: 14, fill: "#64748b" })}
      <rect x="180" y="104" width="420" height="12" rx="6" fill="#e2e8f0"/><rect x="180" y="104" width="344" height="12" rx="6" fill="${b.primary}"/>
      ${bars.map((v, i) => `<rect x="${190 + i * 58}" y="${370 - v * 200}" width="34" height="${v * 200}" rx="6" fill="${i === bars.length - 1 ? b.primary : b.accent}" opacity="${i === bars.length - 1 ? 1 : 0.55}"/>`).join("")}
      <line x1="180" y1="372" x2="600" y2="372" stroke="#e2e8f0" stroke-width="2"/>
    </g>
    <g transform="translate(56 ${h - 150})">
      ${text(0, 0, "Trusted by finance teams at", { size: 14, fill: "#64748b" })}
      ${rowFromRight(["NORTHWIND", "Globex", "Initech", "Umbrella", "Hooli"], 740, 22, 64)
        .map(([n, x]) => text(x, 44, n, { size: 22, weight: 700, fill: "#94a3b8", spacing: 1 }))
        .join("")}
    </g>`;
}

function shopPage(b: Brand, w: number, h: number) {
  return `<rect width="${w}" height="${h}" fill="#fbf6ef"/>
    ${navBar(b, w, false, ["Coffee", "Subscribe", "Brew guides", "Visit"])}
    <rect x="${w / 2 + 20}" y="96" width="${w / 2 - 76}" height="${h - 150}" rx="28" fill="${b.soft}"/>
    <circle cx="${w * 0.76}" cy="${h * 0.48}" r="220" fill="${b.accent}" opacity="0.35"/>
    <g transform="translate(${w * 0.76 - 110} ${h * 0.48 - 170})">
      <path d="M20 40 L200 40 L220 340 L0 340 Z" fill="${b.primary}"/>
      <rect x="20" y="20" width="180" height="30" rx="6" fill="${b.ink}"/>
      <circle cx="110" cy="170" r="54" fill="#fbf6ef"/>
      <path d="M110 130 C84 160 84 190 110 214 C136 190 136 160 110 130 Z" fill="${b.primary}"/>
      <line x1="110" y1="140" x2="110" y2="206" stroke="#fbf6ef" stroke-width="4"/>
      ${text(110, 270, "HUILA", { size: 22, weight: 700, fill: "#fbf6ef", anchor: "middle", spacing: 4 })}
      ${text(110, 298, "washed · 250 g", { size: 13, fill: "#fbf6ef", anchor: "middle" })}
    </g>
    ${text(56, 170, "Fresh from this week's roast", { size: 16, weight: 700, fill: b.primary, spacing: 1 })}
    ${headline(56, 260, b, 52, b.ink)}
    ${textLines(56, 380, 500, 3, "#b8a999", `${b.name}-lede`, 26, 12)}
    <rect x="56" y="480" width="230" height="58" rx="29" fill="${b.primary}"/>
    ${text(171, 516, "Subscribe & save 15%", { size: 17, weight: 700, fill: "#fff", anchor: "middle" })}
    ${text(316, 516, "Shop single origins →", { size: 17, weight: 700, fill: b.ink })}
    ${["Cherry", "Cocoa", "Orange zest"]
      .map(
        (n, i) =>
          `<rect x="${56 + i * 170}" y="${h - 200}" width="150" height="40" rx="20" fill="#fff" stroke="#eadfce" stroke-width="2"/>${text(131 + i * 170, h - 174, n, { size: 15, fill: b.ink, anchor: "middle" })}`,
      )
      .join("")}`;
}

function freightPage(b: Brand, w: number, h: number) {
  const rand = seeded(b.name);
  const dots = Array.from({ length: 60 }, () => [w * 0.45 + rand() * w * 0.52, 110 + rand() * (h - 260)] as const);
  return `<rect width="${w}" height="${h}" fill="${b.ink}"/>
    ${dots.map(([x, y]) => `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="2.5" fill="#334155"/>`).join("")}
    <path d="M${w * 0.5} ${h * 0.62} C ${w * 0.62} ${h * 0.2}, ${w * 0.78} ${h * 0.2}, ${w * 0.92} ${h * 0.38}" fill="none" stroke="${b.primary}" stroke-width="4" stroke-dasharray="2 12" stroke-linecap="round"/>
    <path d="M${w * 0.55} ${h * 0.78} C ${w * 0.68} ${h * 0.55}, ${w * 0.8} ${h * 0.6}, ${w * 0.9} ${h * 0.7}" fill="none" stroke="${b.accent}" stroke-width="4" stroke-dasharray="2 12" stroke-linecap="round"/>
    ${[
      [w * 0.5, h * 0.62],
      [w * 0.92, h * 0.38],
      [w * 0.55, h * 0.78],
      [w * 0.9, h * 0.7],
    ]
      .map(
        ([x, y]) =>
          `<circle cx="${x}" cy="${y}" r="14" fill="${b.primary}" opacity="0.25"/><circle cx="${x}" cy="${y}" r="6" fill="#fff"/>`,
      )
      .join("")}
    <g transform="translate(${w * 0.66} ${h * 0.3})"><rect width="250" height="86" rx="14" fill="#0b1220" stroke="#334155"/>
      ${text(20, 34, "Rotterdam → Gdańsk", { size: 15, weight: 700, fill: "#fff" })}${text(20, 62, "On time · ETA Thu 14:00", { size: 14, fill: b.accent })}</g>
    ${navBar(b, w, true, ["Services", "Network", "Tracking", "Contact"])}
    ${headline(56, 250, b, 58, "#fff")}
    ${textLines(56, 370, 480, 3, "#475569", `${b.name}-lede`, 26, 12)}
    <rect x="56" y="470" width="190" height="56" rx="8" fill="${b.primary}"/>
    ${text(151, 505, "Get a quote", { size: 17, weight: 700, fill: "#0b1220", anchor: "middle" })}
    ${[
      ["98.7%", "on time"],
      ["24 h", "quote turnaround"],
      ["31", "ports served"],
    ]
      .map(
        ([v, l], i) =>
          text(56 + i * 200, h - 130, v as string, { size: 38, weight: 700, fill: "#fff" }) +
          text(56 + i * 200, h - 98, l as string, { size: 15, fill: "#94a3b8" }),
      )
      .join("")}`;
}

function clinicPage(b: Brand, w: number, h: number) {
  return `<rect width="${w}" height="${h}" fill="#f4fbfa"/>
    <circle cx="${w - 120}" cy="60" r="260" fill="${b.soft}"/>
    <circle cx="${w * 0.55}" cy="${h + 40}" r="200" fill="${b.soft}" opacity="0.7"/>
    ${navBar(b, w, false, ["Treatments", "Team", "Prices", "Visit us"])}
    ${headline(56, 250, b, 56, b.ink)}
    ${textLines(56, 370, 480, 3, "#9bb8b4", `${b.name}-lede`, 26, 12)}
    <rect x="56" y="470" width="210" height="56" rx="28" fill="${b.primary}"/>
    ${text(161, 505, "Book online", { size: 17, weight: 700, fill: "#fff", anchor: "middle" })}
    ${text(290, 505, "or call 020 7946 0321", { size: 16, fill: b.ink })}
    <g transform="translate(${w - 620} 150)">
      <rect width="520" height="440" rx="24" fill="#fff" stroke="#d5ece8" stroke-width="2"/>
      ${text(32, 56, "Next free appointments", { size: 20, weight: 700, fill: b.ink })}
      ${["Mon 2", "Tue 3", "Wed 4", "Thu 5"].map((d, i) => `<rect x="${32 + i * 118}" y="84" width="104" height="64" rx="14" fill="${i === 1 ? b.primary : b.soft}"/>${text(84 + i * 118, 123, d, { size: 16, weight: 700, fill: i === 1 ? "#fff" : b.ink, anchor: "middle" })}`).join("")}
      ${["08:30", "09:15", "11:00", "12:45", "15:30", "17:10"].map((t, i) => `<rect x="${32 + (i % 3) * 156}" y="${180 + Math.floor(i / 3) * 70}" width="140" height="52" rx="12" fill="#fff" stroke="${i === 2 ? b.primary : "#d5ece8"}" stroke-width="2"/>${text(102 + (i % 3) * 156, 213 + Math.floor(i / 3) * 70, t, { size: 17, fill: b.ink, anchor: "middle" })}`).join("")}
      <rect x="32" y="340" width="456" height="60" rx="30" fill="${b.ink}"/>
      ${text(260, 377, "Confirm 11:00 with Dr. Hale", { size: 17, weight: 700, fill: "#fff", anchor: "middle" })}
    </g>`;
}

function coursePage(b: Brand, w: number, h: number) {
  const cards = [
    ["UX writing", b.primary],
    ["Data for PMs", b.accent],
    ["Figma basics", "#f97316"],
  ] as const;
  return `<rect width="${w}" height="${h}" fill="#fffdf5"/>
    <rect width="${w}" height="${h * 0.62}" fill="${b.soft}"/>
    ${navBar(b, w, false, ["Courses", "Paths", "For teams", "Log in"])}
    ${headline(56, 220, b, 56, b.ink)}
    <rect x="56" y="330" width="560" height="64" rx="32" fill="#fff" stroke="${b.ink}" stroke-opacity="0.15" stroke-width="2"/>
    <circle cx="92" cy="362" r="11" fill="none" stroke="#64748b" stroke-width="3"/><line x1="100" y1="370" x2="108" y2="378" stroke="#64748b" stroke-width="3"/>
    ${text(122, 368, "What do you want to learn?", { size: 17, fill: "#64748b" })}
    <rect x="492" y="338" width="116" height="48" rx="24" fill="${b.primary}"/>
    ${text(550, 369, "Search", { size: 16, weight: 700, fill: "#fff", anchor: "middle" })}
    <g transform="translate(${w - 560} 110)">
      <circle cx="240" cy="200" r="170" fill="${b.accent}" opacity="0.35"/>
      <rect x="110" y="80" width="260" height="190" rx="18" fill="#fff"/>
      <rect x="130" y="100" width="220" height="120" rx="10" fill="${b.primary}"/>
      <path d="M225 135 L265 160 L225 185 Z" fill="#fff"/>
      <rect x="130" y="236" width="140" height="12" rx="6" fill="#cbd5e1"/>
      <rect x="60" y="300" width="200" height="56" rx="28" fill="#fff"/>${text(160, 335, "★ 4.9 · 12,400 learners", { size: 14, weight: 700, fill: b.ink, anchor: "middle" })}
    </g>
    ${text(56, h * 0.62 + 70, "Popular this month", { size: 22, weight: 700, fill: b.ink })}
    ${cards
      .map(
        ([t, c], i) => `<g transform="translate(${56 + i * 330} ${h * 0.62 + 100})">
      <rect width="300" height="200" rx="18" fill="#fff" stroke="#eee7cf" stroke-width="2"/>
      <rect width="300" height="90" rx="18" fill="${c}"/><rect y="70" width="300" height="20" fill="${c}"/>
      ${text(20, 130, t, { size: 19, weight: 700, fill: b.ink })}${textLines(20, 150, 240, 2, "#d6cfb4", `${t}`, 20, 8)}</g>`,
      )
      .join("")}`;
}

// ── Dated pages ("before"): tables, bevels, serif, blue links, everything centred ──

function datedPage(name: string, slogan: string, tint: string, w: number, h: number, seed: string) {
  const rand = seeded(seed);
  const links = ["Home", "About Us", "Our Services", "Products", "News", "Links", "Guestbook", "Contact Us"];
  return `<defs><pattern id="tile-${seed}" width="24" height="24" patternUnits="userSpaceOnUse"><rect width="24" height="24" fill="#e8e4d8"/><circle cx="6" cy="6" r="2" fill="#d8d2c0"/><circle cx="18" cy="18" r="2" fill="#d8d2c0"/></pattern>
      <linearGradient id="bevel-${seed}" x1="0" x2="0" y1="0" y2="1"><stop offset="0" stop-color="#ffffff"/><stop offset="1" stop-color="${tint}"/></linearGradient></defs>
    <rect width="${w}" height="${h}" fill="url(#tile-${seed})"/>
    <rect x="${w / 2 - 520}" y="0" width="1040" height="${h}" fill="#fff" stroke="#999"/>
    <rect x="${w / 2 - 510}" y="10" width="1020" height="120" fill="url(#bevel-${seed})" stroke="#666" stroke-width="3"/>
    ${text(w / 2 + 3, 83, name.toUpperCase(), { size: 48, weight: 700, fill: "#555", family: OLD_SERIF, anchor: "middle" })}
    ${text(w / 2, 80, name.toUpperCase(), { size: 48, weight: 700, fill: "#fff", family: OLD_SERIF, anchor: "middle" })}
    ${text(w / 2, 116, slogan, { size: 18, fill: "#222", family: OLD_SERIF, anchor: "middle" })}
    <rect x="${w / 2 - 510}" y="140" width="200" height="${h - 160}" fill="#f0f0f0" stroke="#999"/>
    ${links
      .map(
        (l, i) =>
          `<rect x="${w / 2 - 500}" y="${152 + i * 40}" width="180" height="30" fill="#dcdcdc" stroke="#888"/>${text(w / 2 - 490, 173 + i * 40, `» ${l}`, { size: 15, fill: "#0000ee", family: OLD_SERIF })}`,
      )
      .join("")}
    ${text(w / 2 - 500, 152 + links.length * 40 + 30, "You are visitor no.", { size: 13, fill: "#333", family: OLD_SERIF })}
    <rect x="${w / 2 - 500}" y="${152 + links.length * 40 + 40}" width="120" height="26" fill="#000"/>
    ${text(w / 2 - 494, 152 + links.length * 40 + 60, "0 0 4 8 1 7", { size: 17, fill: "#3f3", family: "Liberation Mono, monospace" })}
    ${text(w / 2 + 100, 190, "Welcome to our Website!!", { size: 34, weight: 700, fill: tint, family: OLD_SERIF, anchor: "middle" })}
    <rect x="${w / 2 - 280}" y="220" width="760" height="4" fill="${tint}"/>
    <rect x="${w / 2 - 280}" y="246" width="250" height="180" fill="#c0c0c0" stroke="#777" stroke-width="2"/>
    <line x1="${w / 2 - 280}" y1="246" x2="${w / 2 - 30}" y2="426" stroke="#888" stroke-width="2"/><line x1="${w / 2 - 30}" y1="246" x2="${w / 2 - 280}" y2="426" stroke="#888" stroke-width="2"/>
    ${text(w / 2 - 155, 446, "[ photo coming soon ]", { size: 13, fill: "#555", family: OLD_SERIF, anchor: "middle" })}
    ${Array.from({ length: 9 }, (_, i) => `<rect x="${w / 2}" y="${252 + i * 18}" width="${(440 + rand() * 40).toFixed(0)}" height="7" fill="#777"/>`).join("")}
    ${text(w / 2 - 280, 500, "Click HERE for more information about our company", { size: 17, fill: "#0000ee", family: OLD_SERIF })}
    <line x1="${w / 2 - 280}" y1="504" x2="${w / 2 + 150}" y2="504" stroke="#0000ee"/>
    ${Array.from({ length: 8 }, (_, i) => `<rect x="${w / 2 - 280}" y="${536 + i * 18}" width="${(700 + rand() * 60).toFixed(0)}" height="7" fill="#999"/>`).join("")}
    <rect x="${w / 2 - 280}" y="${h - 170}" width="240" height="44" fill="${tint}" stroke="#000" stroke-width="2"/>
    ${text(w / 2 - 160, h - 141, "*** SPECIAL OFFER ***", { size: 16, weight: 700, fill: "#ff0", family: OLD_SANS, anchor: "middle" })}
    ${text(w / 2 + 100, h - 60, "Best viewed in 800 x 600 · Last updated 03/14/2009", { size: 13, fill: "#666", family: OLD_SERIF, anchor: "middle" })}`;
}

// ── Service illustrations ──

const studio = {
  ink: "#1e1b4b",
  primary: "#4f46e5",
  accent: "#f59e0b",
  soft: "#e0e7ff",
  rose: "#f43f5e",
  mint: "#10b981",
};

function designSystemSheet(w: number, h: number) {
  const swatches = [
    studio.ink,
    studio.primary,
    "#818cf8",
    studio.soft,
    studio.accent,
    studio.mint,
    studio.rose,
    "#f8fafc",
  ];
  return `<rect width="${w}" height="${h}" fill="#fff"/>
    ${text(56, 70, "Tokens · v2.4", { size: 16, weight: 700, fill: studio.primary, spacing: 1 })}
    ${text(56, 120, "Northwind UI", { size: 40, weight: 700, fill: studio.ink, spacing: -1 })}
    ${swatches.map((c, i) => `<rect x="${56 + (i % 4) * 130}" y="${160 + Math.floor(i / 4) * 130}" width="112" height="112" rx="16" fill="${c}" stroke="#e2e8f0" stroke-width="2"/>`).join("")}
    ${[72, 48, 32, 22, 16].map((s, i) => text(660, 200 + i * 60 - (i > 0 ? 0 : 0), `Aa ${s}`, { size: s, weight: i < 2 ? 700 : 400, fill: studio.ink })).join("")}
    ${["Primary", "Secondary", "Ghost"].map((l, i) => `<rect x="${56 + i * 180}" y="470" width="160" height="52" rx="12" fill="${i === 0 ? studio.primary : i === 1 ? "#fff" : "transparent"}" stroke="${i === 1 ? studio.primary : "none"}" stroke-width="2"/>${text(136 + i * 180, 502, l, { size: 16, weight: 700, fill: i === 0 ? "#fff" : studio.primary, anchor: "middle" })}`).join("")}
    <rect x="56" y="560" width="520" height="56" rx="12" fill="#fff" stroke="#cbd5e1" stroke-width="2"/>${text(76, 594, "name@company.com", { size: 16, fill: "#94a3b8" })}
    <rect x="56" y="636" width="520" height="56" rx="12" fill="#fff" stroke="${studio.rose}" stroke-width="2"/>${text(76, 670, "Enter a valid email address", { size: 16, fill: studio.rose })}
    ${[0, 1].map((i) => `<rect x="${660 + i * 110}" y="480" width="80" height="40" rx="20" fill="${i ? studio.primary : "#cbd5e1"}"/><circle cx="${i ? 660 + i * 110 + 60 : 680}" cy="500" r="15" fill="#fff"/>`).join("")}
    <rect x="660" y="560" width="300" height="132" rx="16" fill="${studio.soft}"/>${text(684, 600, "Card", { size: 20, weight: 700, fill: studio.ink })}${textLines(684, 620, 240, 3, "#a5b4fc", "card", 20, 8)}`;
}

function brandBoard(w: number, h: number) {
  const green = "#2f5d50";
  const clay = "#c8643b";
  return `<rect width="${w}" height="${h}" fill="#f3efe6"/>
    <rect x="40" y="40" width="${w / 2 - 60}" height="${h - 80}" rx="24" fill="${green}"/>
    <g transform="translate(${w / 4 - 10} ${h / 2 - 60})">
      <circle r="90" fill="none" stroke="#f3efe6" stroke-width="14"/>
      <path d="M-40 30 C -40 -30, 40 -30, 40 30" fill="none" stroke="${clay}" stroke-width="14" stroke-linecap="round"/>
      <circle cy="-10" r="14" fill="#f3efe6"/>
    </g>
    ${text(w / 4 - 10, h / 2 + 110, "HOLLOWAY", { size: 44, weight: 700, fill: "#f3efe6", anchor: "middle", spacing: 10, family: SERIF })}
    ${text(w / 4 - 10, h / 2 + 150, "OUTDOOR SUPPLY", { size: 16, fill: "#f3efe6", anchor: "middle", spacing: 6 })}
    <g transform="translate(${w / 2 + 40} 60) rotate(-4)">
      <rect width="420" height="240" rx="14" fill="#fff"/>
      <circle cx="60" cy="60" r="26" fill="none" stroke="${green}" stroke-width="6"/>
      ${text(30, 170, "Mara Quist", { size: 24, weight: 700, fill: green, family: SERIF })}
      ${text(30, 200, "Head of Trail Gear · holloway.example", { size: 14, fill: "#6b7280" })}
    </g>
    ${[green, clay, "#e7c873", "#f3efe6", "#1f2a24"].map((c, i) => `<rect x="${w / 2 + 40 + i * 100}" y="380" width="88" height="150" rx="12" fill="${c}" stroke="#d6cfc0" stroke-width="2"/>`).join("")}
    ${text(w / 2 + 40, 620, "Aa", { size: 96, weight: 700, fill: green, family: SERIF })}
    ${text(w / 2 + 200, 580, "Display · Serif bold", { size: 18, fill: "#1f2a24" })}
    ${text(w / 2 + 200, 612, "Text · Sans regular", { size: 18, fill: "#1f2a24" })}
    ${textLines(w / 2 + 40, 660, 560, 3, "#cfc6b3", "brand", 22, 9)}`;
}

function codeEditor(w: number, h: number) {
  const rand = seeded("code");
  const colors = ["#c4b5fd", "#7dd3fc", "#fca5a5", "#86efac", "#fde68a", "#e2e8f0"];
  let lines = "";
  for (let i = 0; i < 26; i++) {
    const indent = ([0, 1, 2, 2, 3, 2, 1][i % 7] ?? 0) * 28;
    let x = 70 + indent;
    lines += text(24, 40 + i * 26, String(i + 1).padStart(2, " "), {
      size: 13,
      fill: "#475569",
      family: "DejaVu Sans Mono, monospace",
    });
    for (let j = 0; j < 1 + Math.floor(rand() * 4); j++) {
      const wd = 30 + rand() * 110;
      lines += `<rect x="${x.toFixed(1)}" y="${30 + i * 26}" width="${wd.toFixed(1)}" height="10" rx="5" fill="${colors[Math.floor(rand() * colors.length)]}" opacity="0.85"/>`;
      x += wd + 12;
    }
  }
  return `<rect width="${w}" height="${h}" fill="#0f172a"/>${lines}`;
}

function scoreRings(x: number, y: number) {
  return ["Performance", "Accessibility", "Best practices", "SEO"]
    .map((l, i) => {
      const cx = x + i * 130;
      return `<circle cx="${cx}" cy="${y}" r="42" fill="#ecfdf5" stroke="#10b981" stroke-width="8"/>${text(cx, y + 10, "100", { size: 24, weight: 700, fill: "#047857", anchor: "middle" })}${text(cx, y + 74, l, { size: 13, fill: "#334155", anchor: "middle" })}`;
    })
    .join("");
}

// ── Brands of the customer stories and of the hero-redesign examples ──

const brands: Record<
  string,
  Brand & { layout: (b: Brand, w: number, h: number) => string; slogan: string; tint: string }
> = {
  tallyroot: {
    name: "Tallyroot",
    url: "tallyroot.example",
    ink: "#0f172a",
    primary: "#0d9488",
    accent: "#5eead4",
    soft: "#ccfbf1",
    headline: ["Close the books", "in days, not weeks."],
    layout: saasPage,
    slogan: "Reimagining the future of finance",
    tint: "#4b5563",
  },
  "fernhollow-coffee": {
    name: "Fernhollow",
    url: "fernhollow.example",
    ink: "#3b2417",
    primary: "#a4471f",
    accent: "#e9b872",
    soft: "#f3e3cf",
    headline: ["Small-batch coffee,", "at your door."],
    family: SERIF,
    layout: shopPage,
    slogan: "Fine Coffees Since 2011 ~ Order By Phone!",
    tint: "#6b3a1f",
  },
  "quaystone-freight": {
    name: "Quaystone",
    url: "quaystone.example",
    ink: "#0b1220",
    primary: "#38bdf8",
    accent: "#fbbf24",
    soft: "#1e293b",
    headline: ["Freight that arrives", "when we said it would."],
    layout: freightPage,
    slogan: "Your Partner In Logistics Solutions Worldwide",
    tint: "#1f3b73",
  },
  "lumen-physio": {
    name: "Lumen Physio",
    url: "lumenphysio.example",
    ink: "#134e4a",
    primary: "#0f766e",
    accent: "#99f6e4",
    soft: "#d5f2ec",
    headline: ["Move without pain,", "book in a minute."],
    layout: clinicPage,
    slogan: "Physiotherapy ~ Sports Injuries ~ Massage ~ And More",
    tint: "#2e7d6b",
  },
  "cadence-academy": {
    name: "Cadence",
    url: "cadence.example",
    ink: "#1e1b4b",
    primary: "#7c3aed",
    accent: "#facc15",
    soft: "#fef3c7",
    headline: ["Learn the skills", "your next role needs."],
    layout: coursePage,
    slogan: "!!! NEW COURSES ADDED EVERY MONTH !!! ENROLL TODAY !!!",
    tint: "#8b1a1a",
  },
  birchline: {
    name: "Birchline Dental",
    url: "birchline.example",
    ink: "#172554",
    primary: "#2563eb",
    accent: "#93c5fd",
    soft: "#dbeafe",
    headline: ["A calmer dentist,", "five minutes away."],
    layout: clinicPage,
    slogan: "Family Dentistry - Cosmetic - Implants - Whitening",
    tint: "#1e3a8a",
  },
  orbitview: {
    name: "Orbitview",
    url: "orbitview.example",
    ink: "#111827",
    primary: "#e11d48",
    accent: "#fda4af",
    soft: "#ffe4e6",
    headline: ["See every metric", "before your standup."],
    layout: saasPage,
    slogan: "Synergizing Next-Generation Data Paradigms",
    tint: "#5b21b6",
  },
};

const W = 1600;
const H = 1000;
const VW = W - 120;
const VH = H - 120 - 44;

/** A record's entry, or a clear error naming what is missing. */
function entry<T>(record: Record<string, T>, key: string): T {
  const value = record[key];
  if (value === undefined) throw new Error(`No visual is drawn for "${key}".`);
  return value;
}

function afterMockup(slug: string) {
  const b = entry(brands, slug);
  return svgDoc(W, H, browser(60, 60, VW, VH, b.url, b.layout(b, VW, VH), slug), b.soft);
}

function beforeMockup(slug: string) {
  const b = entry(brands, slug);
  return svgDoc(
    W,
    H,
    browser(
      60,
      60,
      VW,
      VH + 10,
      `http://www.${b.url}/index.html`,
      datedPage(b.name, b.slogan, b.tint, VW, VH + 10, slug),
      `${slug}-old`,
      true,
    ),
    "#d9d6cf",
  );
}

function serviceMockup(slug: string) {
  switch (slug) {
    case "web-design": {
      const t = entry(brands, "tallyroot");
      const c = entry(brands, "cadence-academy");
      return svgDoc(
        W,
        H,
        browser(60, 60, 1100, 700, t.url, saasPage(t, 1100, 700), "wd1") +
          browser(560, 330, 980, 600, c.url, coursePage(c, 980, 600), "wd2"),
        studio.soft,
      );
    }
    case "landing-pages": {
      const b = {
        ...entry(brands, "orbitview"),
        headline: ["Your dashboards,", "live in 10 minutes."] as [string, string],
      };
      return svgDoc(W, H, browser(60, 60, VW, VH, "orbitview.example/launch", saasPage(b, VW, VH), "lp"), "#ffe4e6");
    }
    case "design-systems":
      return svgDoc(
        W,
        H,
        browser(60, 60, VW, VH, "figma.example/northwind-ui", designSystemSheet(VW, VH), "ds"),
        "#eef2ff",
      );
    case "brand-identity":
      return svgDoc(W, H, `<g transform="translate(60 60)">${brandBoard(VW, H - 120)}</g>`, "#e7e1d4");
    case "website-development":
      return svgDoc(
        W,
        H,
        `<g transform="translate(60 60)"><rect width="720" height="${H - 120}" rx="16" fill="#0f172a"/><g transform="translate(0 20)">${codeEditor(720, H - 160)}</g></g>` +
          browser(
            700,
            140,
            840,
            700,
            "quaystone.example",
            `<g transform="scale(0.625)">${freightPage(entry(brands, "quaystone-freight"), 1344, 752)}</g><rect y="470" width="840" height="230" fill="#fff"/>${scoreRings(190, 560)}`,
            "dev",
          ),
        "#ecfdf5",
      );
    default:
      throw new Error(`No illustration for service "${slug}".`);
  }
}

/** The home page's hero: a landing page, its phone version, a delivered request and the palette. */
function homeHero() {
  const b = entry(brands, "fernhollow-coffee");
  const w = 1600;
  const h = 1200;
  const phone = `<g transform="translate(1160 420)">
      <rect width="360" height="720" rx="48" fill="#0f172a"/>
      <defs><clipPath id="phone"><rect x="16" y="16" width="328" height="688" rx="36"/></clipPath></defs>
      <g clip-path="url(#phone)"><g transform="translate(16 16)">
        <rect width="328" height="688" fill="#fbf6ef"/>
        ${text(24, 52, b.name, { size: 22, weight: 700, fill: b.ink, family: SERIF })}
        <rect x="24" y="84" width="280" height="260" rx="20" fill="${b.soft}"/>
        <path d="M124 120 L204 120 L214 320 L114 320 Z" fill="${b.primary}"/>
        ${text(24, 390, "Small-batch coffee,", { size: 26, weight: 700, fill: b.ink, family: SERIF })}
        ${text(24, 424, "at your door.", { size: 26, weight: 700, fill: b.primary, family: SERIF })}
        ${textLines(24, 450, 270, 3, "#d5c6b3", "phone", 20, 9)}
        <rect x="24" y="530" width="280" height="54" rx="27" fill="${b.primary}"/>
        ${text(164, 564, "Subscribe & save 15%", { size: 16, weight: 700, fill: "#fff", anchor: "middle" })}
      </g></g>
    </g>`;
  const delivered = `<g transform="translate(80 880)">
      <rect width="470" height="150" rx="20" fill="#fff" stroke="#e0e7ff" stroke-width="2"/>
      <circle cx="62" cy="75" r="32" fill="#dcfce7"/><path d="M46 76 L58 88 L80 62" fill="none" stroke="#16a34a" stroke-width="7" stroke-linecap="round" stroke-linejoin="round"/>
      ${text(116, 64, "Delivered · Shop home page", { size: 20, weight: 700, fill: studio.ink })}
      ${text(116, 98, "Version 2 · ready for your review", { size: 16, fill: "#64748b" })}
    </g>`;
  const palette = `<g transform="translate(620 940)">${[b.ink, b.primary, b.accent, b.soft, "#fbf6ef"].map((c, i) => `<circle cx="${i * 70}" cy="40" r="30" fill="${c}" stroke="#fff" stroke-width="4"/>`).join("")}</g>`;
  return svgDoc(
    w,
    h,
    `<circle cx="1300" cy="220" r="320" fill="#c7d2fe" opacity="0.6"/><circle cx="200" cy="1100" r="260" fill="#fde68a" opacity="0.5"/>
    ${browser(60, 80, 1240, 760, "fernhollow.example", shopPage(b, 1240, 760), "home")}${phone}${delivered}${palette}`,
    "#eef2ff",
  );
}

// ── Customer wordmarks (served as SVG; text uses the visitor's system fonts) ──

function wordmark(slug: string) {
  const marks: Record<
    string,
    { mark: string; name: string; color: string; family?: string; weight?: number; spacing?: number }
  > = {
    tallyroot: {
      mark: `<rect x="4" y="10" width="8" height="28" rx="2"/><rect x="16" y="4" width="8" height="34" rx="2"/><rect x="28" y="16" width="8" height="22" rx="2"/>`,
      name: "Tallyroot",
      color: "#0d9488",
    },
    "fernhollow-coffee": {
      mark: `<path d="M22 4 C8 16 8 30 22 44 C36 30 36 16 22 4 Z"/><path d="M22 10 L22 40" stroke="#fff" stroke-width="3"/>`,
      name: "Fernhollow",
      color: "#a4471f",
      family: SERIF,
    },
    "quaystone-freight": {
      mark: `<path d="M4 30 L40 30 L34 40 L10 40 Z"/><rect x="12" y="12" width="10" height="14"/><rect x="24" y="16" width="10" height="10"/>`,
      name: "QUAYSTONE",
      color: "#1e3a8a",
      spacing: 3,
    },
    "lumen-physio": {
      mark: `<circle cx="22" cy="22" r="18" fill="none" stroke-width="6" stroke="currentColor"/><circle cx="22" cy="22" r="6"/>`,
      name: "lumen physio",
      color: "#0f766e",
      weight: 400,
    },
    "cadence-academy": {
      mark: `<path d="M4 36 L14 8 L22 28 L30 14 L40 36 Z"/>`,
      name: "Cadence",
      color: "#7c3aed",
    },
  };
  const m = entry(marks, slug);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="48" viewBox="0 0 240 48" role="img"><title>${esc(m.name)}</title><g fill="${m.color}" color="${m.color}">${m.mark}</g><text x="52" y="33" font-family="${m.family ?? SANS}" font-size="24" font-weight="${m.weight ?? 700}" letter-spacing="${m.spacing ?? -0.5}" fill="${m.color}">${esc(m.name)}</text></svg>`;
}

// ── Team portraits: flat illustrated busts ──

function portrait(slug: string) {
  const people: Record<
    string,
    {
      bg: string;
      skin: string;
      hair: string;
      shirt: string;
      style: "bob" | "short" | "bun" | "curly";
      glasses?: boolean;
    }
  > = {
    ada: { bg: "#e0e7ff", skin: "#f1c7a5", hair: "#3f2a1d", shirt: "#4f46e5", style: "bob", glasses: true },
    dario: { bg: "#fef3c7", skin: "#c68a5e", hair: "#1f1a17", shirt: "#0f766e", style: "short" },
    mina: { bg: "#fce7f3", skin: "#f3d2b3", hair: "#111827", shirt: "#e11d48", style: "bun" },
    leo: { bg: "#dcfce7", skin: "#e8b48f", hair: "#a0522d", shirt: "#1e1b4b", style: "curly", glasses: true },
  };
  const p = entry(people, slug);
  const hair = {
    bob: `<path d="M160 210 C150 110 330 110 320 210 L330 290 L300 290 L300 200 C260 180 220 180 180 200 L180 290 L150 290 Z" fill="${p.hair}"/>`,
    short: `<path d="M168 200 C160 120 320 120 312 200 C290 170 200 170 168 200 Z" fill="${p.hair}"/>`,
    bun: `<circle cx="240" cy="110" r="40" fill="${p.hair}"/><path d="M166 210 C160 130 320 130 314 210 C300 170 180 170 166 210 Z" fill="${p.hair}"/>`,
    curly: [150, 185, 220, 255, 290, 325]
      .map((x, i) => `<circle cx="${(x * 0.86 + 34).toFixed(1)}" cy="${150 + (i % 2) * 14}" r="30" fill="${p.hair}"/>`)
      .join(""),
  }[p.style];
  const glasses = p.glasses
    ? `<g fill="none" stroke="#1f2937" stroke-width="5"><circle cx="212" cy="226" r="20"/><circle cx="268" cy="226" r="20"/><path d="M232 226 L248 226"/></g>`
    : "";
  return `<svg xmlns="http://www.w3.org/2000/svg" width="480" height="480" viewBox="0 0 480 480" role="img"><title>Portrait of ${slug[0]?.toUpperCase()}${slug.slice(1)}</title><rect width="480" height="480" fill="${p.bg}"/>
    <circle cx="380" cy="90" r="46" fill="#fff" opacity="0.6"/>
    <path d="M80 480 C80 370 160 330 240 330 C320 330 400 370 400 480 Z" fill="${p.shirt}"/>
    <rect x="214" y="280" width="52" height="64" rx="20" fill="${p.skin}"/>
    <ellipse cx="240" cy="226" rx="78" ry="92" fill="${p.skin}"/>
    ${hair}${glasses}
    <circle cx="212" cy="228" r="6" fill="#1f2937"/><circle cx="268" cy="228" r="6" fill="#1f2937"/>
    <path d="M214 272 C230 286 250 286 266 272" fill="none" stroke="#7c2d12" stroke-width="5" stroke-linecap="round"/></svg>`;
}

// ── The catalogue and the writer ──

export interface Visual {
  /** Relative to the output directory, e.g. "customers/tallyroot-after.webp". */
  file: string;
  svg: () => string;
  /** Rendered at this width instead of the drawing's own. */
  width?: number;
}

export function visuals(): Visual[] {
  const drawn = drawings();
  const variants = Object.entries(staticVariants).flatMap(([src, widths]) => {
    const original = entry(Object.fromEntries(drawn.map((v) => [`/demo/${v.file}`, v])), src);
    return widths.map((width) => ({ ...original, file: variantPath(original.file, width), width }));
  });
  return [...drawn, ...variants];
}

function drawings(): Visual[] {
  const stories = ["tallyroot", "fernhollow-coffee", "quaystone-freight", "lumen-physio", "cadence-academy"];
  return [
    { file: "home/hero.webp", svg: homeHero },
    ...["web-design", "landing-pages", "design-systems", "brand-identity", "website-development"].map((s) => ({
      file: `services/${s}.webp`,
      svg: () => serviceMockup(s),
    })),
    ...stories.flatMap((s) => [
      { file: `customers/${s}-before.webp`, svg: () => beforeMockup(s) },
      { file: `customers/${s}-after.webp`, svg: () => afterMockup(s) },
      { file: `logos/${s}.svg`, svg: () => wordmark(s) },
    ]),
    ...["birchline", "orbitview"].flatMap((s) => [
      { file: `hero-redesign/${s}-before.webp`, svg: () => beforeMockup(s) },
      { file: `hero-redesign/${s}-after.webp`, svg: () => afterMockup(s) },
    ]),
    ...["ada", "dario", "mina", "leo"].map((s) => ({ file: `team/${s}.svg`, svg: () => portrait(s) })),
  ];
}

/** The bytes of one visual: the SVG itself, or the SVG rendered to WebP. */
export async function render(v: Visual): Promise<Buffer> {
  const svg = v.svg();
  if (v.file.endsWith(".svg")) return Buffer.from(`${svg}\n`);
  // effort 6 and no metadata: smaller files, and nothing (dates, tools) that changes between runs.
  const image = sharp(Buffer.from(svg), { density: 72 });
  if (v.width) image.resize({ width: v.width });
  return image.webp({ quality: 78, effort: 6, smartSubsample: true }).toBuffer();
}

export async function generateVisuals(outDir: string, only?: (file: string) => boolean) {
  const written: { file: string; bytes: number; sha256: string }[] = [];
  for (const v of visuals()) {
    if (only && !only(v.file)) continue;
    const bytes = await render(v);
    const target = path.join(outDir, v.file);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, bytes);
    written.push({ file: v.file, bytes: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex") });
  }
  return written;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename ?? "")) {
  const outDir = process.argv[2] ?? path.join(process.cwd(), "public", "demo");
  generateVisuals(outDir).then((written) => {
    for (const w of written) console.log(`${w.file}  ${(w.bytes / 1024).toFixed(1)} KiB`);
    console.log(`${written.length} files in ${outDir}`);
  });
}
