"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { inputClass, Notice } from "../../_components/ui";
import { useTRPC } from "../../_trpc/client";

export function PeopleTable() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [q, setQ] = useState("");
  const users = useQuery(trpc.admin.users.queryOptions({ q: q || undefined, limit: 100 }));
  const setRole = useMutation(
    trpc.admin.setStaffRole.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.admin.users.queryKey() }),
    }),
  );
  return (
    <>
      <label htmlFor="people-q" className="mt-6 block text-sm font-medium">
        Search by email or name
      </label>
      <input id="people-q" value={q} onChange={(e) => setQ(e.target.value)} className={`${inputClass} max-w-md`} />
      {setRole.error && <Notice tone="error">{setRole.error.message}</Notice>}
      <table className="mt-6 w-full text-left text-sm">
        <thead className="border-b border-zinc-200 dark:border-zinc-800">
          <tr>
            <th className="py-2 pr-4">Email</th>
            <th className="py-2 pr-4">Workspaces</th>
            <th className="py-2 pr-4">Staff role</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
          {users.data?.map((u) => (
            <tr key={u.id}>
              <td className="py-2 pr-4">
                {u.email}
                {u.name && <span className="block text-zinc-600 dark:text-zinc-400">{u.name}</span>}
              </td>
              <td className="py-2 pr-4">
                {u.memberships.map((m) => `${m.workspace.name} (${m.role.toLowerCase()})`).join(", ") || "—"}
              </td>
              <td className="py-2 pr-4">
                <label className="sr-only" htmlFor={`role-${u.id}`}>
                  Staff role of {u.email}
                </label>
                <select
                  id={`role-${u.id}`}
                  value={u.staffRole ?? ""}
                  disabled={setRole.isPending}
                  onChange={(e) =>
                    setRole.mutate({ userId: u.id, role: (e.target.value || null) as "ADMIN" | "DESIGNER" | null })
                  }
                  className="rounded-lg border border-zinc-300 px-2 py-1 dark:border-zinc-700 dark:bg-zinc-900"
                >
                  <option value="">client</option>
                  <option value="DESIGNER">designer</option>
                  <option value="ADMIN">admin</option>
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
