import type { Metadata } from "next";
import { requireUser } from "../../_components/guards";
import { WorkspaceFiles } from "./workspace-files";

export const metadata: Metadata = { title: "Files", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function FilesPage() {
  await requireUser("/portal/files");
  return (
    <div className="mx-auto max-w-4xl px-4 py-12">
      <h1 className="text-3xl font-bold">Files</h1>
      <p className="mt-2 text-zinc-600 dark:text-zinc-400">
        Everything exchanged on your requests: what you attached and every version the studio delivered.
      </p>
      <WorkspaceFiles />
    </div>
  );
}
