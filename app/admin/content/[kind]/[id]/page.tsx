import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { studioKind } from "@/server/content-studio/schemas";
import { requireStaff } from "../../../../_components/guards";
import { orNotFound } from "../../../../_trpc/public";
import { serverCaller } from "../../../../_trpc/server";
import { ContentEditor } from "../../_editor/editor";

export const metadata: Metadata = { title: "Edit content", robots: { index: false } };

export default async function EditContentPage({ params }: { params: Promise<{ kind: string; id: string }> }) {
  const { kind: rawKind, id } = await params;
  const { isAdmin } = await requireStaff(`/admin/content/${rawKind}/${id}`);
  if (!isAdmin) return <p className="mt-8">Only admins edit the site&apos;s content.</p>;
  const kind = studioKind.safeParse(rawKind);
  if (!kind.success) notFound();
  const item = await orNotFound((await serverCaller()).contentStudio.item({ kind: kind.data, id }));
  return <ContentEditor initial={item} />;
}
