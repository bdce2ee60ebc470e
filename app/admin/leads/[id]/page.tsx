import type { Metadata } from "next";
import Link from "next/link";
import { LeadDetail } from "./lead-detail";

export const metadata: Metadata = { title: "Lead", robots: { index: false } };

export default async function LeadPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <div className="mt-8">
      <Link href="/admin/leads" className="text-sm underline">
        ← Leads
      </Link>
      <LeadDetail id={id} />
    </div>
  );
}
