import type { Metadata } from "next";
import { requireStaff } from "../../../_components/guards";
import { WorkspaceRecord } from "./workspace-record";

export const metadata: Metadata = { title: "Client record", robots: { index: false } };

export default async function WorkspaceRecordPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { isAdmin } = await requireStaff(`/admin/workspaces/${encodeURIComponent(id)}`);
  if (!isAdmin) return <p className="mt-8">Only admins can open client records.</p>;
  return <WorkspaceRecord workspaceId={id} />;
}
