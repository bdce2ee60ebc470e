import { getImageProps } from "next/image";
import Link from "next/link";
import { preload } from "react-dom";
import { staticVariants, variantPath } from "@/prisma/seed-content/visuals";

// Server components only: next/image's <Image> is a client component and ships its JS to every page
// that renders it, so these build plain <img> attributes with getImageProps() on the server instead.
// `isPriority` marks the page's LCP image: fetched first and preloaded (what <Image preload> does);
// every other image loads lazily.

/** An image a content record points at: a library path ("/media/…") or a demo visual ("/demo/…"). */
export interface ContentImage {
  src: string;
  alt: string;
  width?: number;
  height?: number;
  objectPosition?: string | null;
}

// Mock-ups are 16:10 unless a record says otherwise; width/height only reserve the box (no shift).
const MOCKUP = { width: 1600, height: 1000 };

function siteImageProps({
  image,
  sizes,
  isPriority,
  className,
}: {
  image: ContentImage;
  sizes: string;
  isPriority: boolean;
  className: string;
}) {
  const width = image.width ?? MOCKUP.width;
  const widths = staticVariants[image.src];
  const { props } = getImageProps({
    src: image.src,
    alt: image.alt,
    width,
    height: image.height ?? MOCKUP.height,
    sizes,
    // Demo mock-ups are pre-rendered at fixed widths (public/demo/…-<width>.webp): no optimizer.
    unoptimized: Boolean(widths),
    loading: isPriority ? "eager" : "lazy",
    fetchPriority: isPriority ? "high" : undefined,
    className: `h-auto w-full object-cover ${className}`,
    style: image.objectPosition ? { objectPosition: image.objectPosition } : undefined,
  });
  if (widths) {
    // The files that exist, each with its real width, so the browser picks the one the slot needs.
    props.srcSet = [...widths.map((w) => `${variantPath(image.src, w)} ${w}w`), `${image.src} ${width}w`].join(", ");
    props.sizes = sizes;
  }
  if (isPriority)
    preload(props.src, { as: "image", imageSrcSet: props.srcSet, imageSizes: props.sizes, fetchPriority: "high" });
  return props;
}

export function SiteImage({
  image,
  sizes,
  isPriority = false,
  className = "",
}: {
  image: ContentImage;
  sizes: string;
  isPriority?: boolean;
  className?: string;
}) {
  // biome-ignore lint/performance/noImgElement: next/image's attributes (getImageProps), without its client JS
  return <img {...siteImageProps({ image, sizes, isPriority, className })} alt={image.alt} />;
}

/** An image at a fixed size (a wordmark, a portrait), lazily loaded: SVGs as they are, others resized 1×/2×. */
export function FixedImage({
  src,
  alt,
  width,
  height,
  className,
}: {
  src: string;
  alt: string;
  width: number;
  height: number;
  className: string;
}) {
  const { props } = getImageProps({ src, alt, width, height, className });
  // biome-ignore lint/performance/noImgElement: next/image's attributes (getImageProps), without its client JS
  return <img {...props} alt={alt} />;
}

/** A record's optional path + alt as an image, or null when it has none. */
export function imageOf(path: string | null | undefined, alt: string | null | undefined): ContentImage | null {
  return path ? { src: path, alt: alt ?? "" } : null;
}

export function HomeHeroVisual({ image }: { image: ContentImage | undefined }) {
  if (!image) return null;
  return (
    <div className="relative">
      <SiteImage
        image={image}
        isPriority
        sizes="(min-width: 1024px) 560px, calc(100vw - 2rem)"
        className="rounded-2xl"
      />
    </div>
  );
}

interface Story {
  slug: string;
  customer: string;
  industry: string;
  logoUrl: string | null;
  imagePath: string | null;
  imageAlt: string | null;
}

/** The home page's portfolio: the sites of the customer stories, each linking to its story. */
export function Portfolio({ stories }: { stories: Story[] }) {
  const shown = stories.filter((s) => s.imagePath);
  if (!shown.length) return null;
  return (
    <section aria-labelledby="portfolio-heading" className="mx-auto max-w-6xl px-4 py-16">
      <h2 id="portfolio-heading" className="text-3xl font-semibold">
        Recent work
      </h2>
      <p className="mt-3 max-w-2xl text-zinc-700 dark:text-zinc-300">
        Sites we designed and built for clients on a subscription. Each one has the story behind it.
      </p>
      <ul className="mt-8 grid gap-6 md:grid-cols-2 lg:grid-cols-6">
        {shown.slice(0, 5).map((s, i) => (
          <li key={s.slug} className={i < 2 ? "lg:col-span-3" : "lg:col-span-2"}>
            <Link href={`/customers/${s.slug}`} className="group block">
              <div className="overflow-hidden rounded-xl border border-zinc-200 bg-zinc-50 dark:border-zinc-800">
                <SiteImage
                  image={{ src: s.imagePath as string, alt: s.imageAlt ?? "" }}
                  sizes={
                    i < 2
                      ? "(min-width: 1024px) 560px, (min-width: 768px) calc(50vw - 1.75rem), calc(100vw - 2rem)"
                      : "(min-width: 1024px) 360px, (min-width: 768px) calc(50vw - 1.75rem), calc(100vw - 2rem)"
                  }
                  className="transition-transform duration-300 group-hover:scale-[1.02]"
                />
              </div>
              <p className="mt-3 font-semibold group-hover:text-brand-700 dark:group-hover:text-brand-100">
                {s.customer}
              </p>
              <p className="text-sm text-zinc-600 dark:text-zinc-400">{s.industry}</p>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Customer wordmarks (SVG, served as they are). */
export function LogoStrip({ stories }: { stories: Story[] }) {
  const withLogo = stories.filter((s) => s.logoUrl);
  if (!withLogo.length) return null;
  return (
    <ul
      aria-label="Some of our customers"
      className="flex flex-wrap items-center gap-x-6 gap-y-4 opacity-80 sm:gap-x-10"
    >
      {withLogo.map((s) => (
        <li key={s.slug}>
          <FixedImage
            src={s.logoUrl as string}
            alt={s.customer}
            width={160}
            height={32}
            className="h-6 w-auto sm:h-8"
          />
        </li>
      ))}
    </ul>
  );
}

/** Before and after, side by side (stacked on phones), each labelled. */
export function BeforeAfter({
  before,
  after,
  sizes = "(min-width: 768px) 45vw, 100vw",
  isPriority = false,
}: {
  before: ContentImage | null;
  after: ContentImage | null;
  sizes?: string;
  isPriority?: boolean;
}) {
  if (!before && !after) return null;
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {(
        [
          ["Before", before],
          ["After", after],
        ] as const
      ).map(([label, image]) =>
        image ? (
          <figure key={label} className="overflow-hidden rounded-xl border border-zinc-200 dark:border-zinc-800">
            <SiteImage image={image} sizes={sizes} isPriority={isPriority && label === "Before"} />
            <figcaption className="border-t border-zinc-200 px-4 py-2 text-sm font-medium dark:border-zinc-800">
              {label}
            </figcaption>
          </figure>
        ) : null,
      )}
    </div>
  );
}

interface PageImage {
  slot: string;
  imagePath: string;
  imageAlt: string;
  caption: string | null;
  width: number;
  height: number;
  objectPosition: string | null;
}

export const pageImage = (p: PageImage): ContentImage => ({
  src: p.imagePath,
  alt: p.imageAlt,
  width: p.width,
  height: p.height,
  objectPosition: p.objectPosition,
});

/** /hero-redesign: redesigns we made, each as a before/after pair (slots example-<n>-before/after). */
export function HeroRedesignExamples({ images }: { images: PageImage[] }) {
  const examples = new Map<string, { caption: string; before?: PageImage; after?: PageImage }>();
  for (const img of images) {
    const m = /^(example-\d+)-(before|after)$/.exec(img.slot);
    if (!m) continue;
    const entry = examples.get(m[1] as string) ?? { caption: img.caption ?? "" };
    entry[m[2] as "before" | "after"] = img;
    examples.set(m[1] as string, entry);
  }
  if (!examples.size) return null;
  return (
    <section aria-labelledby="examples-heading" className="mx-auto max-w-6xl px-4 pb-16">
      <h2 id="examples-heading" className="text-2xl font-semibold">
        Hero redesigns we have sent
      </h2>
      <p className="mt-2 max-w-2xl text-zinc-700 dark:text-zinc-300">
        The top of the page, before and after: one promise, one next step, and room to breathe.
      </p>
      <div className="mt-8 space-y-12">
        {[...examples.entries()].map(([key, e]) => (
          <div key={key}>
            <h3 className="mb-4 font-semibold">{e.caption}</h3>
            <BeforeAfter
              before={e.before ? pageImage(e.before) : null}
              after={e.after ? pageImage(e.after) : null}
              sizes="(min-width: 1152px) 560px, (min-width: 768px) 48vw, 100vw"
            />
          </div>
        ))}
      </div>
    </section>
  );
}

/** /about: the team, from the page's team-* images (caption "Name — role"). */
export function TeamGrid({ images }: { images: PageImage[] }) {
  const team = images.filter((i) => i.slot.startsWith("team-"));
  if (!team.length) return null;
  return (
    <section aria-labelledby="team-heading" className="mt-12">
      <h2 id="team-heading" className="text-2xl font-semibold">
        The team
      </h2>
      <ul className="mt-6 grid grid-cols-2 gap-6 sm:grid-cols-4">
        {team.map((p) => {
          const [name, role] = (p.caption ?? "").split(" — ");
          return (
            <li key={p.slot}>
              <FixedImage
                src={p.imagePath}
                alt={p.imageAlt}
                width={p.width}
                height={p.height}
                className="h-auto w-full rounded-2xl"
              />
              <p className="mt-3 font-semibold">{name}</p>
              {role && <p className="text-sm text-zinc-600 dark:text-zinc-400">{role}</p>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
