import type { Metadata } from "next";
import Link from "next/link";
import { ApiReference } from "./api-reference";

export const metadata: Metadata = {
  title: "API reference",
  description: "Atelier's REST API and webhooks: every route with its scope, inputs, answers and examples.",
  alternates: { canonical: "/developers" },
};

// The canonical link is absolute (metadataBase = APP_URL): rendered per request, as /about is, so a
// build never bakes its own APP_URL into the page (deploy/standalone.test.ts checks).
export const dynamic = "force-dynamic";

export default function DevelopersPage() {
  return (
    <div className="mx-auto max-w-6xl px-4 py-12">
      <h1 className="text-3xl font-bold">API reference</h1>
      <p className="mt-3 max-w-3xl text-zinc-700 dark:text-zinc-300">
        Everything a person can do in the portal, a script can do with an API token — within the scopes you give it.
        Make a token on the{" "}
        <Link href="/account/tokens" className="underline">
          token page
        </Link>
        , send it as <code>Authorization: Bearer atl_…</code>, and read plain JSON back. Webhooks (signed per Standard
        Webhooks) are set up under{" "}
        <Link href="/portal/developers" className="underline">
          Developers
        </Link>{" "}
        in the portal. The document itself:{" "}
        <a href="/api/v1/openapi.json" className="underline">
          /api/v1/openapi.json
        </a>{" "}
        (OpenAPI 3.1).
      </p>
      <ApiReference />
    </div>
  );
}
