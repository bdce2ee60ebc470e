import type { Metadata } from "next";
import { LeadsWorkspace } from "./leads-workspace";

export const metadata: Metadata = { title: "Leads", robots: { index: false } };

export default function LeadsPage() {
  return (
    <div className="mt-8">
      <h1 className="text-3xl font-bold">Leads</h1>
      <LeadsWorkspace />
    </div>
  );
}
