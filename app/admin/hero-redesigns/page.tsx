import type { Metadata } from "next";
import { HeroQueue } from "./hero-queue";

export const metadata: Metadata = { title: "Hero redesigns", robots: { index: false } };

export default function HeroRedesignsPage() {
  return (
    <div className="mt-8">
      <h1 className="text-3xl font-bold">Free hero redesigns</h1>
      <HeroQueue />
    </div>
  );
}
