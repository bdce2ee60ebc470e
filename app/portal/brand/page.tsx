import type { Metadata } from "next";
import { requireUser } from "../../_components/guards";
import { BrandPage } from "./brand-page";

export const metadata: Metadata = { title: "Brand assets", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function Page() {
  await requireUser("/portal/brand");
  return (
    <div className="mx-auto max-w-4xl px-4 py-12">
      <h1 className="text-3xl font-bold">Brand assets</h1>
      <p className="mt-2 text-zinc-600 dark:text-zinc-400">
        What your designers work from: your logo, colours, fonts and links. Changes reach the studio at once.
      </p>
      <BrandPage />
    </div>
  );
}
