"use client";

import { useQuery } from "@tanstack/react-query";
import { inputClass } from "../../_components/ui";
import { useTRPC } from "../../_trpc/client";

/**
 * A picker of the studio's people showing the saved value. It renders only once the people are
 * loaded: a select whose options arrive after it does would show "nobody" although someone is set.
 */
export function StaffSelect({
  id,
  value,
  emptyLabel,
  disabled,
  onChange,
  className = inputClass,
}: {
  id: string;
  value: string | null;
  emptyLabel: string;
  disabled?: boolean;
  onChange: (value: string | null) => void;
  className?: string;
}) {
  const trpc = useTRPC();
  const staff = useQuery(trpc.leads.staff.queryOptions());
  if (!staff.data)
    return (
      <select id={id} disabled className={className} aria-busy="true">
        <option>Loading…</option>
      </select>
    );
  return (
    <select
      id={id}
      value={value ?? ""}
      disabled={disabled}
      onChange={(e) => onChange(e.target.value || null)}
      className={className}
    >
      <option value="">{emptyLabel}</option>
      {staff.data.map((s) => (
        <option key={s.id} value={s.id}>
          {s.name ?? s.email}
        </option>
      ))}
    </select>
  );
}

/** The studio's people as <option>s, for filters (where the saved value is the filter itself). */
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
