"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Field } from "../../_components/field";
import { buttonClass, Notice, Section, secondaryButtonClass } from "../../_components/ui";
import { formErrors } from "../../_components/use-public-form";
import { useTRPC } from "../../_trpc/client";

/** The studio as a seller (printed on invoices), tax per country, and why clients cancel. */
export function BillingSettings() {
  return (
    <>
      <StudioDetails />
      <TaxRates />
      <CancellationReasons />
    </>
  );
}

function StudioDetails() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const settings = useQuery(trpc.invoices.studioSettings.queryOptions());
  const save = useMutation(
    trpc.invoices.updateStudioSettings.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.invoices.studioSettings.queryKey() }),
    }),
  );
  const errors = formErrors(save.error);
  return (
    <Section title="The studio on invoices" id="studio-heading">
      {settings.isPending ? (
        <div className="mt-4 h-40 animate-pulse rounded-xl bg-zinc-100 dark:bg-zinc-900" />
      ) : settings.isError ? (
        <Notice tone="error">{settings.error.message}</Notice>
      ) : (
        <form
          className="mt-4 grid gap-4 sm:grid-cols-2"
          onSubmit={(e) => {
            e.preventDefault();
            const f = new FormData(e.currentTarget);
            save.mutate({
              legalName: String(f.get("legalName") ?? ""),
              address: String(f.get("address") ?? ""),
              country: String(f.get("country") ?? ""),
              vatId: String(f.get("vatId") ?? ""),
              email: String(f.get("email") ?? ""),
            });
          }}
        >
          <Field
            name="legalName"
            label="Legal name"
            required
            defaultValue={settings.data.legalName}
            error={errors.fields.legalName}
          />
          <Field
            name="email"
            label="Billing email"
            type="email"
            required
            defaultValue={settings.data.email}
            error={errors.fields.email}
          />
          <Field
            name="address"
            label="Address"
            textarea
            required
            defaultValue={settings.data.address}
            error={errors.fields.address}
          />
          <div className="grid gap-4">
            <Field
              name="country"
              label="Country"
              required
              maxLength={2}
              defaultValue={settings.data.country}
              error={errors.fields.country}
              hint="Two letters, e.g. US"
            />
            <Field name="vatId" label="VAT id" defaultValue={settings.data.vatId ?? ""} error={errors.fields.vatId} />
          </div>
          <div className="sm:col-span-2">
            <button type="submit" className={buttonClass} disabled={save.isPending}>
              {save.isPending ? "Saving…" : "Save studio details"}
            </button>
            {save.isSuccess && <Notice tone="success">Saved. New invoices carry these details.</Notice>}
            {errors.message && !Object.keys(errors.fields).length && <Notice tone="error">{errors.message}</Notice>}
          </div>
        </form>
      )}
    </Section>
  );
}

function TaxRates() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const rates = useQuery(trpc.invoices.taxRates.queryOptions());
  const refresh = { onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.invoices.taxRates.queryKey() }) };
  const set = useMutation(trpc.invoices.setTaxRate.mutationOptions(refresh));
  const remove = useMutation(trpc.invoices.removeTaxRate.mutationOptions(refresh));
  const errors = formErrors(set.error);
  return (
    <Section title="Tax rates" id="tax-heading">
      <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
        A buyer pays the rate of their country; a buyer with a VAT id in another country than the studio's is reverse
        charged (0%, noted on the invoice). No rate: no tax.
      </p>
      {rates.data && rates.data.length > 0 && (
        <ul className="mt-4 divide-y divide-zinc-200 dark:divide-zinc-800" data-testid="tax-rates">
          {rates.data.map((r) => (
            <li key={r.country} className="flex items-center justify-between py-2">
              <span>
                {r.country} · {r.label} {r.rateBasisPoints / 100}%
              </span>
              <button
                type="button"
                className="text-sm underline"
                disabled={remove.isPending}
                onClick={() => remove.mutate({ country: r.country })}
              >
                Remove<span className="sr-only"> {r.country}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="mt-4 grid gap-4 sm:grid-cols-4"
        onSubmit={(e) => {
          e.preventDefault();
          const f = new FormData(e.currentTarget);
          set.mutate({
            country: String(f.get("taxCountry") ?? ""),
            percent: Number(String(f.get("percent") ?? "").replace(",", ".")),
            label: String(f.get("label") ?? ""),
          });
        }}
      >
        <Field name="taxCountry" label="Country" required maxLength={2} error={errors.fields.country} />
        <Field name="percent" label="Rate (%)" required error={errors.fields.percent} />
        <Field name="label" label="Name" required placeholder="VAT" error={errors.fields.label} />
        <div className="self-end">
          <button type="submit" className={secondaryButtonClass} disabled={set.isPending}>
            {set.isPending ? "Saving…" : "Set rate"}
          </button>
        </div>
      </form>
      {errors.message && !Object.keys(errors.fields).length && <Notice tone="error">{errors.message}</Notice>}
    </Section>
  );
}

function CancellationReasons() {
  const trpc = useTRPC();
  const reasons = useQuery(trpc.billing.cancellationReasons.queryOptions({ days: 90 }));
  return (
    <Section title="Why clients cancel (last 90 days)" id="reasons-heading">
      {reasons.isPending ? (
        <div className="mt-4 h-16 animate-pulse rounded-xl bg-zinc-100 dark:bg-zinc-900" />
      ) : !reasons.data?.length ? (
        <p className="mt-4">No cancellations.</p>
      ) : (
        <ul className="mt-4 space-y-1" data-testid="cancellation-reasons">
          {reasons.data.map((r) => (
            <li key={r.reason}>
              {r.label}: <strong>{r.count}</strong>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
