"use client";

import * as DropdownMenu from "@radix-ui/react-dropdown-menu";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTRPC } from "../../_trpc/client";

/** A client with several workspaces picks the one the portal shows; with one, its name only. */
export function WorkspaceSwitcher() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const mine = useQuery(trpc.workspace.mine.queryOptions(undefined, { retry: false }));
  const switchTo = useMutation(
    trpc.workspace.switch.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries();
        router.refresh();
      },
    }),
  );
  if (mine.isPending) return <span className="h-8 w-32 animate-pulse rounded-lg bg-zinc-100 dark:bg-zinc-800" />;
  if (!mine.data) return null;
  const active = mine.data.workspaces.find((w) => w.id === mine.data.activeWorkspaceId);
  if (!active) return null;
  if (mine.data.workspaces.length < 2) {
    return (
      <span className="min-w-0 truncate text-sm font-medium" data-testid="workspace-name">
        {active.name}
      </span>
    );
  }
  return (
    <>
      <DropdownMenu.Root>
        <DropdownMenu.Trigger
          className="flex min-w-0 items-center gap-1 rounded-lg border border-zinc-300 px-2 py-1 text-sm font-medium hover:border-brand-600 disabled:opacity-60 dark:border-zinc-700"
          aria-label={`Workspace: ${active.name}. Switch workspace`}
          disabled={switchTo.isPending}
          data-testid="workspace-switcher"
        >
          <span className="max-w-48 truncate">{switchTo.isPending ? "Switching…" : active.name}</span>
          <span aria-hidden="true">▾</span>
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content
            align="start"
            sideOffset={6}
            className="z-50 w-64 rounded-xl border border-zinc-200 bg-white p-1 shadow-lg dark:border-zinc-800 dark:bg-zinc-900"
          >
            <DropdownMenu.Label className="px-3 py-2 text-xs text-zinc-600 uppercase dark:text-zinc-400">
              Workspaces
            </DropdownMenu.Label>
            <DropdownMenu.RadioGroup
              value={active.id}
              onValueChange={(workspaceId) => {
                if (workspaceId !== active.id) switchTo.mutate({ workspaceId });
              }}
            >
              {mine.data.workspaces.map((w) => (
                <DropdownMenu.RadioItem
                  key={w.id}
                  value={w.id}
                  className="flex cursor-pointer items-center justify-between gap-2 rounded-lg px-3 py-2 text-sm outline-none data-[highlighted]:bg-zinc-100 dark:data-[highlighted]:bg-zinc-800"
                >
                  <span className="truncate">{w.name}</span>
                  <DropdownMenu.ItemIndicator aria-hidden="true">✓</DropdownMenu.ItemIndicator>
                </DropdownMenu.RadioItem>
              ))}
            </DropdownMenu.RadioGroup>
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
      {switchTo.isError && (
        <span role="alert" className="text-sm text-red-700 dark:text-red-400">
          {switchTo.error.message}
        </span>
      )}
    </>
  );
}
