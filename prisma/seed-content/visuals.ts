// Where the demo visuals live and what they show: made by scripts/generate-visuals.ts into
// public/demo/, referenced by the seed (services, customer stories, page images) and by the pages.

export interface DemoImage {
  src: string;
  alt: string;
  width: number;
  height: number;
}

const mockup = (src: string, alt: string): DemoImage => ({ src, alt, width: 1600, height: 1000 });

export const serviceVisuals: Record<string, DemoImage> = {
  "web-design": mockup(
    "/demo/services/web-design.webp",
    "A marketing site designed by Atelier, shown as a home page and an inner page in two browser windows",
  ),
  "landing-pages": mockup(
    "/demo/services/landing-pages.webp",
    "A campaign landing page with one headline, a short sign-up form and a single call to action",
  ),
  "design-systems": mockup(
    "/demo/services/design-systems.webp",
    "A design system sheet: colour tokens, a type scale, buttons, inputs and toggles",
  ),
  "brand-identity": mockup(
    "/demo/services/brand-identity.webp",
    "A brand identity board: a logo mark, a business card, a colour palette and type specimens",
  ),
  "website-development": mockup(
    "/demo/services/website-development.webp",
    "A code editor beside the built page in a browser, with performance scores of 100",
  ),
};

export interface StoryVisuals {
  logo: string;
  before: DemoImage;
  after: DemoImage;
}

export const storyVisuals: Record<string, StoryVisuals> = {
  tallyroot: {
    logo: "/demo/logos/tallyroot.svg",
    before: mockup(
      "/demo/customers/tallyroot-before.webp",
      "Tallyroot's old home page: a grey banner, a vague slogan and a crowded sidebar of links",
    ),
    after: mockup(
      "/demo/customers/tallyroot-after.webp",
      "Tallyroot's new home page: a clear headline about closing the books in days, a trial button and a product dashboard",
    ),
  },
  "fernhollow-coffee": {
    logo: "/demo/logos/fernhollow-coffee.svg",
    before: mockup(
      "/demo/customers/fernhollow-coffee-before.webp",
      "Fernhollow's old shop: a small product grid under a dated banner, with the subscription hidden in a menu",
    ),
    after: mockup(
      "/demo/customers/fernhollow-coffee-after.webp",
      "Fernhollow's new shop: a warm hero with a coffee bag, tasting notes and a subscribe button",
    ),
  },
  "quaystone-freight": {
    logo: "/demo/logos/quaystone-freight.svg",
    before: mockup(
      "/demo/customers/quaystone-freight-before.webp",
      "Quaystone's old site: a wall of text in a narrow table layout with a phone number as the only call to action",
    ),
    after: mockup(
      "/demo/customers/quaystone-freight-after.webp",
      "Quaystone's new site: a dark hero with shipping routes, a quote button and figures on on-time delivery",
    ),
  },
  "lumen-physio": {
    logo: "/demo/logos/lumen-physio.svg",
    before: mockup(
      "/demo/customers/lumen-physio-before.webp",
      "Lumen Physio's old site: a clinic photo placeholder, a long list of treatments and no way to book online",
    ),
    after: mockup(
      "/demo/customers/lumen-physio-after.webp",
      "Lumen Physio's new site: soft colours, a headline about moving without pain and a booking card with free times",
    ),
  },
  "cadence-academy": {
    logo: "/demo/logos/cadence-academy.svg",
    before: mockup(
      "/demo/customers/cadence-academy-before.webp",
      "Cadence Academy's old site: a busy banner, blinking offers and courses listed as plain links",
    ),
    after: mockup(
      "/demo/customers/cadence-academy-after.webp",
      "Cadence Academy's new site: a bright hero, a course search and cards for the most popular courses",
    ),
  },
};

/** Images of pages whose copy is not a content record (yet): the home page, /hero-redesign, /about. */
export interface PageImageSeed extends DemoImage {
  page: "home" | "hero-redesign" | "about";
  slot: string;
  caption?: string;
  position: number;
}

export const pageImages: PageImageSeed[] = [
  {
    page: "home",
    slot: "hero",
    src: "/demo/home/hero.webp",
    alt: "A landing page and its phone version designed by Atelier, with a delivered request and the colour palette beside them",
    width: 1600,
    height: 1200,
    position: 0,
  },
  {
    page: "hero-redesign",
    slot: "example-1-before",
    ...mockup(
      "/demo/hero-redesign/birchline-before.webp",
      "Birchline Dental's hero before: a stock banner and three competing buttons",
    ),
    caption: "Birchline Dental",
    position: 0,
  },
  {
    page: "hero-redesign",
    slot: "example-1-after",
    ...mockup(
      "/demo/hero-redesign/birchline-after.webp",
      "Birchline Dental's hero after: one promise, one booking button and the next free appointment",
    ),
    caption: "Birchline Dental",
    position: 1,
  },
  {
    page: "hero-redesign",
    slot: "example-2-before",
    ...mockup(
      "/demo/hero-redesign/orbitview-before.webp",
      "Orbitview Analytics' hero before: a slogan in a gradient box and a paragraph of jargon",
    ),
    caption: "Orbitview Analytics",
    position: 2,
  },
  {
    page: "hero-redesign",
    slot: "example-2-after",
    ...mockup(
      "/demo/hero-redesign/orbitview-after.webp",
      "Orbitview Analytics' hero after: a plain headline, a demo button and a live chart of the product",
    ),
    caption: "Orbitview Analytics",
    position: 3,
  },
  ...(
    [
      ["ada", "Ada Lindqvist", "Founder, design director"],
      ["dario", "Dario Conti", "Senior product designer"],
      ["mina", "Mina Park", "Brand and illustration"],
      ["leo", "Leo Brandt", "Design engineer"],
    ] as const
  ).map(
    ([slug, name, role], i): PageImageSeed => ({
      page: "about",
      slot: `team-${slug}`,
      src: `/demo/team/${slug}.svg`,
      alt: `Illustrated portrait of ${name}, ${role.toLowerCase()}`,
      width: 480,
      height: 480,
      caption: `${name} — ${role}`,
      position: i,
    }),
  ),
];

/**
 * The demo mock-ups are also rendered at smaller widths (`<name>-<width>.webp` beside the original),
 * so pages serve them as static files in the width a screen needs — an LCP image never waits for
 * the optimizer's first resize on a cold server. Uploaded library images go through the optimizer.
 */
export const VARIANT_WIDTHS = [800, 1200];
export const staticVariants: Record<string, number[]> = Object.fromEntries(
  [
    ...Object.values(serviceVisuals).map((v) => v.src),
    ...Object.values(storyVisuals).flatMap((v) => [v.before.src, v.after.src]),
    ...pageImages.map((p) => p.src),
  ]
    .filter((src) => src.endsWith(".webp"))
    .map((src) => [src, VARIANT_WIDTHS]),
);

export const variantPath = (src: string, width: number) => src.replace(/\.webp$/, `-${width}.webp`);

/** Every file under public/ the seed and the pages refer to. */
export function demoImagePaths(): string[] {
  return [
    ...Object.values(serviceVisuals).map((v) => v.src),
    ...Object.values(storyVisuals).flatMap((v) => [v.logo, v.before.src, v.after.src]),
    ...pageImages.map((p) => p.src),
    ...Object.entries(staticVariants).flatMap(([src, widths]) => widths.map((w) => variantPath(src, w))),
  ];
}
