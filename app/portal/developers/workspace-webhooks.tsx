"use client";

import { useQuery } from "@tanstack/react-query";
import { WebhooksManager } from "../../_components/webhooks-manager";
import { useTRPC } from "../../_trpc/client";

/** The active workspace's endpoints; only its owners manage them. */
export function WorkspaceWebhooks() {
  const trpc = useTRPC();
  const mine = useQuery(trpc.workspace.mine.queryOptions());
  if (mine.isPending) return <div className="mt-8 h-40 animate-pulse rounded-2xl bg-zinc-100 dark:bg-zinc-900" />;
  const active = mine.data?.workspaces.find((w) => w.id === mine.data?.activeWorkspaceId);
  if (!active) return <p className="mt-8">You are not in a workspace yet.</p>;
  if (active.role !== "OWNER") return <p className="mt-8">Only the owner of {active.name} manages its webhooks.</p>;
  return <WebhooksManager workspaceId={active.id} />;
}
