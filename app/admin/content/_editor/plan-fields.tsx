"use client";

import { useState } from "react";
import type { PlanDraft } from "@/server/content-studio/schemas";
import { formatPrice } from "../../../_components/format";
import { inputClass } from "../../../_components/ui";
import { ListField, TextField } from "./fields";

type Errors = Record<string, string | undefined>;
type Interval = "MONTH" | "YEAR";
/** From the server beside the draft: the plan's terms on sale now, and who pays what. */
export interface PlanFacts {
  listed: Pick<PlanDraft, "monthlyPriceCents" | "yearlyPriceCents" | "activeRequestLimit"> | null;
  subscribers: { interval: Interval; priceCents: number; count: number }[];
}

/** Dollars as typed ("2,495.50") → cents; null when it is not a price. */
export function centsOf(text: string): number | null {
  const cleaned = text.replace(/[$,\s]/g, "");
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) return null;
  return Math.round(Number(cleaned) * 100);
}
const dollarsOf = (cents: number) => (cents % 100 === 0 ? String(cents / 100) : (cents / 100).toFixed(2));

/** A price in dollars; the draft keeps whole cents, the text stays as typed while it is not a price yet. */
function PriceField(props: {
  id: string;
  label: string;
  cents: number;
  onChange: (cents: number) => void;
  error?: string;
  hint?: string;
}) {
  const [text, setText] = useState(props.cents ? dollarsOf(props.cents) : "");
  const parsed = centsOf(text);
  const typed = text.trim() !== "" && parsed === null ? "Enter a price in dollars, such as 2495 or 2495.50." : null;
  return (
    <TextField
      id={props.id}
      label={props.label}
      value={text}
      onChange={(value) => {
        setText(value);
        const cents = centsOf(value);
        props.onChange(cents ?? 0);
      }}
      error={typed ?? props.error}
      hint={props.hint}
    />
  );
}

/**
 * What a change of price or limit does to the people already paying, said before publishing:
 * subscribers keep the price they pay; new subscriptions pay the new one; a new limit applies to all.
 */
export function planImpact(draft: PlanDraft, facts: PlanFacts | null): string[] {
  const published = facts?.listed;
  if (!published) return [];
  const out: string[] = [];
  const subscribers = facts?.subscribers ?? [];
  for (const [interval, field, per] of [
    ["MONTH", "monthlyPriceCents", "month"],
    ["YEAR", "yearlyPriceCents", "year"],
  ] as const) {
    if (published[field] === draft[field] || !draft[field]) continue;
    const paying = subscribers.filter((s) => s.interval === interval);
    const count = paying.reduce((n, s) => n + s.count, 0);
    const from = formatPrice(published[field], "usd");
    const to = formatPrice(draft[field], "usd");
    out.push(
      count === 0
        ? `The ${per}ly price changes from ${from} to ${to} for new subscriptions; nobody pays ${per}ly for this plan yet.`
        : `The ${per}ly price changes from ${from} to ${to} for new subscriptions. The ${count} ${count === 1 ? "subscriber" : "subscribers"} paying ${per}ly keep${count === 1 ? "s" : ""} the price ${count === 1 ? "they pay" : "each pays"} (${[
            ...new Set(paying.map((s) => formatPrice(s.priceCents, "usd"))),
          ].join(", ")}); nothing changes on their invoices.`,
    );
  }
  if (published.activeRequestLimit !== draft.activeRequestLimit) {
    const count = subscribers.reduce((n, s) => n + s.count, 0);
    out.push(
      `Requests worked on at once change from ${published.activeRequestLimit} to ${draft.activeRequestLimit} for everyone on this plan${count ? `, including its ${count} current ${count === 1 ? "subscriber" : "subscribers"}` : ""}.`,
    );
  }
  return out;
}

export function PlanFields({
  data,
  set,
  errors,
  facts,
}: {
  data: PlanDraft;
  set: (patch: Partial<PlanDraft>) => void;
  errors: Errors;
  facts: PlanFacts | null;
}) {
  const impact = planImpact(data, facts);
  const monthlyTotal = data.monthlyPriceCents * 12;
  const saving =
    data.monthlyPriceCents > 0 && data.yearlyPriceCents > 0 && data.yearlyPriceCents <= monthlyTotal
      ? Math.round(100 - (data.yearlyPriceCents / monthlyTotal) * 100)
      : null;
  return (
    <div className="space-y-5">
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id="f-name" label="Name" value={data.name} onChange={(name) => set({ name })} error={errors.name} />
        <TextField
          id="f-slug"
          label="Identifier"
          value={data.slug}
          onChange={(slug) => set({ slug })}
          error={errors.slug}
          hint="Checkout links and subscriptions name it; it cannot change once the plan exists."
        />
      </div>
      <TextField
        id="f-tagline"
        label="Tagline"
        value={data.tagline}
        onChange={(tagline) => set({ tagline })}
        error={errors.tagline}
      />
      <div className="grid gap-4 sm:grid-cols-3">
        <PriceField
          id="f-monthly"
          label="Monthly price (USD)"
          cents={data.monthlyPriceCents}
          onChange={(monthlyPriceCents) => set({ monthlyPriceCents })}
          error={errors.monthlyPriceCents}
        />
        <PriceField
          id="f-yearly"
          label="Yearly price (USD)"
          cents={data.yearlyPriceCents}
          onChange={(yearlyPriceCents) => set({ yearlyPriceCents })}
          error={errors.yearlyPriceCents}
          hint={saving !== null ? `${saving}% less than twelve monthly payments.` : undefined}
        />
        <div>
          <label htmlFor="f-limit" className="text-sm font-medium">
            Requests worked on at once
          </label>
          <input
            id="f-limit"
            type="number"
            min={1}
            max={20}
            className={inputClass}
            value={data.activeRequestLimit}
            aria-invalid={errors.activeRequestLimit ? true : undefined}
            aria-describedby={errors.activeRequestLimit ? "f-limit-error" : undefined}
            onChange={(e) => set({ activeRequestLimit: e.target.valueAsNumber || 0 })}
          />
          {errors.activeRequestLimit && (
            <p id="f-limit-error" className="mt-1 text-sm text-red-700 dark:text-red-400">
              {errors.activeRequestLimit}
            </p>
          )}
        </div>
      </div>
      {impact.length > 0 && (
        <div
          role="note"
          aria-label="What publishing changes for subscribers"
          data-testid="plan-impact"
          className="rounded-xl border border-amber-300 bg-amber-50 p-4 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-200"
        >
          <p className="font-medium">When you publish:</p>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {impact.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <p className="mt-2">The change is recorded in the audit log.</p>
        </div>
      )}
      <ListField
        perLine
        id="f-features"
        label="Features (one per line)"
        value={data.features}
        onChange={(features) => set({ features })}
        error={Object.entries(errors).find(([k]) => k === "features" || k.startsWith("features."))?.[1]}
      />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={data.isFeatured} onChange={(e) => set({ isFeatured: e.target.checked })} />
        Feature this plan on the pricing page (“Most popular”)
      </label>
    </div>
  );
}
