import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "../../_components/guards";
import { RequestQueue } from "./request-queue";

export const metadata: Metadata = { title: "Design requests", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function RequestsPage() {
  await requireUser("/portal/requests");
  return (
    <div className="mx-auto max-w-4xl px-4 py-12">
      <Link href="/portal" className="text-sm underline">
        ← Portal
      </Link>
      <h1 className="mt-4 text-3xl font-bold">Design requests</h1>
      <RequestQueue />
    </div>
  );
}
