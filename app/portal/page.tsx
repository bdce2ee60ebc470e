import type { Metadata } from "next";
import { requireUser } from "../_components/guards";
import { PortalSummary } from "./portal-summary";
import { PortalTurnaround } from "./portal-turnaround";
import { WorkspacePanel } from "./workspace-panel";

export const metadata: Metadata = { title: "Client portal", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function PortalPage() {
  const user = await requireUser("/portal");
  return (
    <div className="mx-auto max-w-4xl px-4 py-12">
      <h1 className="text-3xl font-bold">Client portal</h1>
      <p className="mt-2 text-zinc-600 dark:text-zinc-400">Signed in as {user.email}</p>
      <PortalSummary />
      <PortalTurnaround />
      <WorkspacePanel />
    </div>
  );
}
