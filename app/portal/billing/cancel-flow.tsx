"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import {
  buttonClass,
  dangerButtonClass,
  formatDateTime,
  inputClass,
  Notice,
  secondaryButtonClass,
} from "../../_components/ui";
import { formErrors } from "../../_components/use-public-form";
import { useTRPC } from "../../_trpc/client";

const reasons = [
  ["too_expensive", "It is too expensive"],
  ["not_enough_work", "We do not have enough work right now"],
  ["quality", "The designs did not fit what we need"],
  ["speed", "Requests took too long"],
  ["switching", "We are moving to another studio or in-house"],
  ["other", "Something else"],
] as const;

/** Why are you leaving? — with the offer to pause instead (the days left are kept). */
export function CancelFlow({
  workspaceId,
  periodEnd,
  daysLeft,
  canPause,
  onClose,
}: {
  workspaceId: string;
  periodEnd: Date;
  daysLeft: number;
  canPause: boolean;
  onClose: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState<string>("");
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.billing.overview.queryKey({ workspaceId }) });
  const cancel = useMutation(
    trpc.billing.cancel.mutationOptions({
      onSuccess: async () => {
        await refresh();
        onClose();
      },
    }),
  );
  const pause = useMutation(
    trpc.billing.pause.mutationOptions({
      onSuccess: async () => {
        await refresh();
        onClose();
      },
    }),
  );
  const errors = formErrors(cancel.error);
  const isBusy = cancel.isPending || pause.isPending;
  return (
    <div className="mt-4 rounded-xl border border-zinc-300 p-4 dark:border-zinc-700" data-testid="cancel-flow">
      <h3 className="font-semibold">Before you go</h3>
      {canPause && (
        <div className="mt-2 rounded-lg bg-brand-50 p-3 text-sm dark:bg-zinc-900" data-testid="pause-offer">
          <p>
            Need a break rather than a goodbye? Pause instead: nothing is charged while paused, your queue is kept, and
            the {daysLeft} days left in this period wait for you.
          </p>
          <button
            type="button"
            className={`${buttonClass} mt-2`}
            disabled={isBusy}
            onClick={() => pause.mutate({ workspaceId })}
          >
            {pause.isPending ? "Pausing…" : "Pause instead"}
          </button>
        </div>
      )}
      <form
        className="mt-4"
        onSubmit={(e) => {
          e.preventDefault();
          const f = new FormData(e.currentTarget);
          cancel.mutate({
            workspaceId,
            reason: String(f.get("reason") ?? "") as (typeof reasons)[number][0],
            details: String(f.get("details") ?? ""),
          });
        }}
      >
        <fieldset aria-describedby={errors.fields.reason ? "reason-error" : undefined}>
          <legend className="text-sm font-medium">Why are you canceling?</legend>
          <div className="mt-2 space-y-1">
            {reasons.map(([value, label]) => (
              <label key={value} className="flex items-center gap-2 text-sm">
                <input
                  type="radio"
                  name="reason"
                  value={value}
                  checked={reason === value}
                  onChange={() => setReason(value)}
                />
                {label}
              </label>
            ))}
          </div>
          {errors.fields.reason && (
            <p id="reason-error" className="mt-1 text-sm text-red-700 dark:text-red-400">
              {errors.fields.reason}
            </p>
          )}
        </fieldset>
        <label htmlFor="cancel-details" className="mt-3 block text-sm font-medium">
          Anything we should know? <span className="font-normal text-zinc-600 dark:text-zinc-400">(optional)</span>
        </label>
        <textarea id="cancel-details" name="details" rows={3} maxLength={2000} className={inputClass} />
        <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
          Your subscription keeps working until {formatDateTime(periodEnd)}; nothing more is charged.
        </p>
        <div className="mt-3 flex flex-wrap gap-3">
          <button type="submit" className={dangerButtonClass} disabled={isBusy}>
            {cancel.isPending ? "Canceling…" : "Cancel at period end"}
          </button>
          <button type="button" className={secondaryButtonClass} disabled={isBusy} onClick={onClose}>
            Keep my subscription
          </button>
        </div>
        {errors.message && !errors.fields.reason && <Notice tone="error">{errors.message}</Notice>}
        {pause.error && <Notice tone="error">{pause.error.message}</Notice>}
      </form>
    </div>
  );
}
