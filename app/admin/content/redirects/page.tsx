import type { Metadata } from "next";
import Link from "next/link";
import { requireStaff } from "../../../_components/guards";
import { serverCaller } from "../../../_trpc/server";
import { RedirectsEditor } from "./redirects-editor";

export const metadata: Metadata = { title: "Redirects", robots: { index: false } };

export default async function RedirectsPage() {
  const { isAdmin } = await requireStaff("/admin/content/redirects");
  if (!isAdmin) return <p className="mt-8">Only admins edit redirects.</p>;
  const { redirects } = await (await serverCaller()).contentStudio.redirects();
  return (
    <div>
      <nav aria-label="Breadcrumb" className="text-sm text-zinc-600 dark:text-zinc-400">
        <Link href="/admin/content" className="hover:underline">
          Content
        </Link>{" "}
        / Redirects
      </nav>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">Redirects</h1>
      <p className="mt-2 max-w-2xl text-zinc-700 dark:text-zinc-300">
        Old addresses that lead on permanently (308). Publishing a new slug adds one by itself; you can add, change or
        remove them here.
      </p>
      <RedirectsEditor initial={redirects.map((r) => ({ id: r.id, fromPath: r.fromPath, toPath: r.toPath }))} />
    </div>
  );
}
