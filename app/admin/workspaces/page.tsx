import type { Metadata } from "next";
import { requireStaff } from "../../_components/guards";
import { WorkspacesAdmin } from "./workspaces-admin";

export const metadata: Metadata = { title: "Workspaces", robots: { index: false } };

export default async function WorkspacesPage() {
  const { isAdmin } = await requireStaff("/admin/workspaces");
  if (!isAdmin) return <p className="mt-8">Only admins can manage workspaces.</p>;
  return (
    <div className="mt-8">
      <h1 className="text-3xl font-bold">Client workspaces</h1>
      <WorkspacesAdmin />
    </div>
  );
}
