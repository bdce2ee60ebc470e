import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "../../_components/guards";
import { ApiTokens } from "./api-tokens";

export const metadata: Metadata = { title: "API tokens", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function TokensPage() {
  await requireUser("/account/tokens");
  return (
    <div className="mx-auto max-w-3xl px-4 py-12">
      <Link href="/account" className="text-sm underline">
        ← Account
      </Link>
      <h1 className="mt-4 text-3xl font-bold">API tokens</h1>
      <p className="mt-3 text-zinc-700 dark:text-zinc-300">
        Call Atelier's API — REST or the typed tRPC client — from your own code with{" "}
        <code>Authorization: Bearer &lt;token&gt;</code>. A token acts as you, within the scopes you choose here. See
        the{" "}
        <Link href="/developers" className="underline">
          API reference
        </Link>
        .
      </p>
      <ApiTokens />
    </div>
  );
}
