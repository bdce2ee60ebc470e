import type { Metadata } from "next";
import Link from "next/link";
import { requireStaff } from "../../_components/guards";
import { WebhooksManager } from "../../_components/webhooks-manager";

export const metadata: Metadata = { title: "Developers", robots: { index: false } };

export default async function AdminDevelopersPage() {
  const { isAdmin } = await requireStaff("/admin/developers");
  if (!isAdmin) return <p className="mt-8">Only admins manage studio-wide webhooks.</p>;
  return (
    <div>
      <h1 className="mt-6 text-3xl font-bold">Developers</h1>
      <p className="mt-3 text-zinc-700 dark:text-zinc-300">
        Studio-wide webhooks receive every workspace's events and the studio's own (<code>lead.created</code>). See the{" "}
        <Link href="/developers" className="underline">
          API reference
        </Link>
        .
      </p>
      <WebhooksManager workspaceId={null} />
    </div>
  );
}
