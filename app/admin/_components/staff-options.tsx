"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../../_trpc/client";

/** The studio's people as <option>s, for owner and designer pickers. */
export function StaffOptions() {
  const trpc = useTRPC();
  const staff = useQuery(trpc.leads.staff.queryOptions());
  return (
    <>
      {staff.data?.map((s) => (
        <option key={s.id} value={s.id}>
          {s.name ?? s.email}
        </option>
      ))}
    </>
  );
}
