import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "../../../_components/guards";
import { RequestDetail } from "./request-detail";

export const metadata: Metadata = { title: "Request", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function RequestPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireUser(`/portal/requests/${id}`);
  return (
    <div className="mx-auto max-w-5xl px-4 py-12">
      <Link href="/portal/requests" className="text-sm underline">
        ← Requests
      </Link>
      <RequestDetail requestId={id} />
    </div>
  );
}
