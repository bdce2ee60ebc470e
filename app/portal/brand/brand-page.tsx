"use client";

import { useQuery } from "@tanstack/react-query";
import { Notice, Section } from "../../_components/ui";
import { useTRPC } from "../../_trpc/client";
import { BrandEditor } from "./brand-editor";

export function BrandPage() {
  const trpc = useTRPC();
  const mine = useQuery(trpc.workspace.mine.queryOptions());
  const workspaceId = mine.data?.activeWorkspaceId ?? "";
  const brand = useQuery({ ...trpc.workspace.brand.queryOptions({ workspaceId }), enabled: Boolean(workspaceId) });
  if (mine.isPending || (workspaceId && brand.isPending))
    return <div className="mt-8 h-96 animate-pulse rounded-2xl bg-zinc-100 dark:bg-zinc-900" />;
  if (!workspaceId) return <p className="mt-8">You are not a member of a client workspace yet.</p>;
  if (brand.isError) return <Notice tone="error">{brand.error.message}</Notice>;
  if (!brand.data) return null;
  return (
    <Section title={brand.data.workspaceName} id="brand-workspace">
      <BrandEditor key={workspaceId} workspaceId={workspaceId} brand={brand.data} />
    </Section>
  );
}
