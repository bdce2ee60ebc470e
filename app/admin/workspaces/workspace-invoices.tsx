"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { buttonClass, formatDateTime, inputClass, Notice, secondaryButtonClass } from "../../_components/ui";
import { formErrors } from "../../_components/use-public-form";
import { useTRPC } from "../../_trpc/client";

const money = (cents: number, currency: string) =>
  new Intl.NumberFormat("en-US", { style: "currency", currency: currency.toUpperCase() }).format(cents / 100);

/** A workspace's invoices for an admin: PDFs, refunds with a credit note. */
export function WorkspaceInvoices({ workspaceId }: { workspaceId: string }) {
  const trpc = useTRPC();
  const invoices = useQuery(trpc.invoices.forWorkspace.queryOptions({ workspaceId }));
  const [refunding, setRefunding] = useState<string | null>(null);
  if (invoices.isPending) return <div className="mt-2 h-16 animate-pulse rounded-xl bg-zinc-100 dark:bg-zinc-900" />;
  if (invoices.isError) return <Notice tone="error">{invoices.error.message}</Notice>;
  if (invoices.data.length === 0) return <p className="mt-2 text-sm">No invoices.</p>;
  return (
    <table className="mt-2 w-full text-left text-sm" data-testid={`admin-invoices-${workspaceId}`}>
      <thead>
        <tr className="border-b border-zinc-200 dark:border-zinc-800">
          <th className="py-1 pr-3">Number</th>
          <th className="py-1 pr-3">Date</th>
          <th className="py-1 pr-3">Amount</th>
          <th className="py-1 pr-3">Status</th>
          <th className="py-1 pr-3">
            <span className="sr-only">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
        {invoices.data.map((i) => (
          <tr key={i.id} className="align-top">
            <td className="py-1 pr-3">
              {i.number}
              {i.kind === "CREDIT_NOTE" ? " · credit note" : ""}
            </td>
            <td className="py-1 pr-3">{formatDateTime(i.issuedAt)}</td>
            <td className="py-1 pr-3 tabular-nums">{money(i.amountCents, i.currency)}</td>
            <td className="py-1 pr-3">
              {i.status}
              {i.refundedCents > 0 ? ` · ${money(i.refundedCents, i.currency)} refunded` : ""}
            </td>
            <td className="py-1 pr-3">
              <a href={`/api/billing/invoices/${i.id}/pdf`} className="underline">
                PDF<span className="sr-only"> of {i.number}</span>
              </a>
              {i.kind === "INVOICE" && i.status === "paid" && i.refundedCents < i.amountCents && (
                <button
                  type="button"
                  className="ml-3 underline"
                  onClick={() => setRefunding(refunding === i.id ? null : i.id)}
                >
                  Refund<span className="sr-only"> {i.number}</span>
                </button>
              )}
              {refunding === i.id && (
                <RefundForm
                  workspaceId={workspaceId}
                  invoiceId={i.id}
                  leftCents={i.amountCents - i.refundedCents}
                  currency={i.currency}
                  onDone={() => setRefunding(null)}
                />
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function RefundForm(props: {
  workspaceId: string;
  invoiceId: string;
  leftCents: number;
  currency: string;
  onDone: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refund = useMutation(
    trpc.invoices.refund.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({
          queryKey: trpc.invoices.forWorkspace.queryKey({ workspaceId: props.workspaceId }),
        });
        props.onDone();
      },
    }),
  );
  const errors = formErrors(refund.error);
  return (
    <form
      className="mt-2 space-y-2 rounded-lg border border-zinc-300 p-3 dark:border-zinc-700"
      onSubmit={(e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        const dollars = String(f.get("amount") ?? "").trim();
        refund.mutate({
          invoiceId: props.invoiceId,
          amountCents: dollars ? Math.round(Number(dollars.replace(/[$,]/g, "")) * 100) : null,
          reason: String(f.get("reason") ?? ""),
        });
      }}
    >
      <label className="block text-sm font-medium" htmlFor={`amount-${props.invoiceId}`}>
        Amount (empty: all {money(props.leftCents, props.currency)})
      </label>
      <input
        id={`amount-${props.invoiceId}`}
        name="amount"
        inputMode="decimal"
        className={inputClass}
        aria-invalid={errors.fields.amountCents ? true : undefined}
      />
      {errors.fields.amountCents && <p className="text-sm text-red-700">{errors.fields.amountCents}</p>}
      <label className="block text-sm font-medium" htmlFor={`reason-${props.invoiceId}`}>
        Reason (printed on the credit note)
      </label>
      <input
        id={`reason-${props.invoiceId}`}
        name="reason"
        className={inputClass}
        aria-invalid={errors.fields.reason ? true : undefined}
      />
      {errors.fields.reason && <p className="text-sm text-red-700">{errors.fields.reason}</p>}
      <div className="flex gap-2">
        <button type="submit" className={buttonClass} disabled={refund.isPending}>
          {refund.isPending ? "Refunding…" : "Refund and issue credit note"}
        </button>
        <button type="button" className={secondaryButtonClass} onClick={props.onDone}>
          Close
        </button>
      </div>
      {errors.message && !Object.keys(errors.fields).length && <Notice tone="error">{errors.message}</Notice>}
    </form>
  );
}
