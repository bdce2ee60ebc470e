import type { Metadata } from "next";
import { requireStaff } from "../../_components/guards";
import { MediaLibrary } from "./media-library";

export const metadata: Metadata = { title: "Media library", robots: { index: false } };

export default async function MediaPage() {
  await requireStaff("/admin/media");
  return (
    <div className="mt-8">
      <h1 className="text-3xl font-bold">Media library</h1>
      <p className="mt-2 max-w-2xl text-zinc-600 dark:text-zinc-400">
        Images for posts, customer stories, services and the home page. Every image needs alt text; click an image to
        choose the point that stays in view when it is cropped.
      </p>
      <MediaLibrary />
    </div>
  );
}
