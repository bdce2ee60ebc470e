import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { studioKind } from "@/server/content-studio/schemas";
import { requireStaff } from "../../../../_components/guards";
import { NewItemForm } from "./new-item-form";

export const metadata: Metadata = { title: "New content", robots: { index: false } };

export default async function NewContentPage({ params }: { params: Promise<{ kind: string }> }) {
  const { kind: rawKind } = await params;
  const { isAdmin } = await requireStaff(`/admin/content/${rawKind}/new`);
  if (!isAdmin) return <p className="mt-8">Only admins edit the site&apos;s content.</p>;
  const kind = studioKind.safeParse(rawKind);
  // The site's pages (home, about) are fixed items: edited, never created.
  if (!kind.success || kind.data === "page") notFound();
  return <NewItemForm kind={kind.data} />;
}
