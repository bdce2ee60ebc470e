import type { Metadata } from "next";
import Link from "next/link";
import { StaffRequest } from "./staff-request";

export const metadata: Metadata = { title: "Request", robots: { index: false } };

export default async function StaffRequestPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <div className="mt-8">
      <Link href="/admin/requests" className="text-sm underline">
        ← Board
      </Link>
      <StaffRequest requestId={id} />
    </div>
  );
}
