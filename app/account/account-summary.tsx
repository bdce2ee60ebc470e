"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../_trpc/client";

/** Reads the signed-in user through the authed `account.me` procedure from the browser. */
export function AccountSummary() {
  const trpc = useTRPC();
  const me = useQuery(trpc.account.me.queryOptions());
  if (me.isPending) return <p className="mt-6 h-6 w-64 animate-pulse rounded bg-zinc-100 dark:bg-zinc-900" />;
  if (me.isError) return <p className="mt-6 text-red-700 dark:text-red-400">{me.error.message}</p>;
  return (
    <dl className="mt-6 grid grid-cols-[8rem_1fr] gap-2" data-testid="account-summary">
      <dt className="text-zinc-500 dark:text-zinc-400">Email</dt>
      <dd>{me.data.email}</dd>
      <dt className="text-zinc-500 dark:text-zinc-400">Role</dt>
      <dd>{me.data.staffRole ? me.data.staffRole.toLowerCase() : "client"}</dd>
      <dt className="text-zinc-500 dark:text-zinc-400">Member since</dt>
      <dd>{me.data.createdAt.toLocaleDateString("en", { dateStyle: "long" })}</dd>
    </dl>
  );
}
