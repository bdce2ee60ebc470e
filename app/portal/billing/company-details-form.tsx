"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Field } from "../../_components/field";
import { buttonClass, Notice } from "../../_components/ui";
import { formErrors } from "../../_components/use-public-form";
import { useTRPC } from "../../_trpc/client";

/** The buyer's company details for invoices: at checkout and later in Manage Billing. */
export function CompanyDetailsForm({ workspaceId }: { workspaceId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const details = useQuery(trpc.invoices.billingDetails.queryOptions({ workspaceId }));
  const save = useMutation(
    trpc.invoices.updateBillingDetails.mutationOptions({
      onSuccess: (data) => queryClient.setQueryData(trpc.invoices.billingDetails.queryKey({ workspaceId }), data),
    }),
  );
  if (details.isPending) return <div className="mt-4 h-48 animate-pulse rounded-xl bg-zinc-100 dark:bg-zinc-900" />;
  if (details.isError) return <Notice tone="error">{details.error.message}</Notice>;
  const errors = formErrors(save.error);
  const d = details.data;
  return (
    <form
      className="mt-4 grid gap-4 sm:grid-cols-2"
      aria-label="Company details"
      onSubmit={(e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        save.mutate({
          workspaceId,
          legalName: String(f.get("legalName") ?? ""),
          address: String(f.get("address") ?? ""),
          country: String(f.get("country") ?? ""),
          vatId: String(f.get("vatId") ?? ""),
        });
      }}
    >
      <Field
        name="legalName"
        label="Company name"
        defaultValue={d.legalName}
        error={errors.fields.legalName}
        maxLength={200}
        autoComplete="organization"
      />
      <Field
        name="vatId"
        label="VAT id"
        defaultValue={d.vatId}
        error={errors.fields.vatId}
        hint="With a VAT id from another country than ours, invoices are reverse charged."
      />
      <Field
        name="address"
        label="Billing address"
        textarea
        defaultValue={d.address}
        error={errors.fields.address}
        maxLength={500}
      />
      <Field
        name="country"
        label="Country"
        defaultValue={d.country}
        error={errors.fields.country}
        hint="Two letters, e.g. DE, FR or US; it decides the tax on invoices."
        maxLength={60}
        autoComplete="country"
      />
      <div className="sm:col-span-2">
        <button type="submit" className={buttonClass} disabled={save.isPending}>
          {save.isPending ? "Saving…" : "Save company details"}
        </button>
        {save.isSuccess && <Notice tone="success">Saved. New invoices carry these details.</Notice>}
        {errors.message && !Object.keys(errors.fields).length && <Notice tone="error">{errors.message}</Notice>}
      </div>
    </form>
  );
}
