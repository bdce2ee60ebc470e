import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "../../_components/guards";
import { WorkspaceWebhooks } from "./workspace-webhooks";

export const metadata: Metadata = { title: "Developers", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function PortalDevelopersPage() {
  await requireUser("/portal/developers");
  return (
    <div className="mx-auto max-w-4xl px-4 py-12">
      <Link href="/portal" className="text-sm underline">
        ← Portal
      </Link>
      <h1 className="mt-4 text-3xl font-bold">Developers</h1>
      <p className="mt-3 text-zinc-700 dark:text-zinc-300">
        Webhooks send your workspace's events to your own systems, signed per{" "}
        <a href="https://www.standardwebhooks.com/" className="underline">
          Standard Webhooks
        </a>
        . Make API tokens on the{" "}
        <Link href="/account/tokens" className="underline">
          token page
        </Link>
        ; the{" "}
        <Link href="/developers" className="underline">
          API reference
        </Link>{" "}
        lists every route and event.
      </p>
      <WorkspaceWebhooks />
    </div>
  );
}
