"use client";

import Image, { type ImageLoader } from "next/image";
import { variantPath } from "@/prisma/seed-content/visuals";

/**
 * A demo image served from its pre-rendered widths (public/demo/…-<width>.webp) rather than the
 * optimizer: the browser still picks from a srcset, and the LCP image of the home page never waits
 * for a first resize on a cold server. The loader lives here because it must run in the browser.
 */
export function StaticVariantImage({
  src,
  widths,
  ...props
}: Omit<React.ComponentProps<typeof Image>, "src" | "loader"> & { src: string; widths: number[] }) {
  const sorted = [...widths].sort((a, b) => a - b);
  const loader: ImageLoader = ({ width }) => {
    const fit = sorted.find((w) => w >= width);
    return fit ? variantPath(src, fit) : src;
  };
  return <Image {...props} src={src} loader={loader} />;
}
