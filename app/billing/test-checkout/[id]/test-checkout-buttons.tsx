"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { buttonClass, inputClass, Notice, secondaryButtonClass } from "../../../_components/ui";
import { useTRPC } from "../../../_trpc/client";

export function TestCheckoutButtons({ sessionId }: { sessionId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const complete = useMutation(
    trpc.billing.completeTestCheckout.mutationOptions({ onSuccess: () => router.push("/portal/billing?welcome=1") }),
  );
  const coupon = useMutation(trpc.billing.applyCoupon.mutationOptions({ onSuccess: () => router.refresh() }));
  const isBusy = complete.isPending || complete.isSuccess || coupon.isPending;
  return (
    <>
      <form
        className="mt-6 flex items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          coupon.mutate({ sessionId, code: String(new FormData(e.currentTarget).get("code") ?? "") });
        }}
      >
        <div className="flex-1">
          <label htmlFor="coupon" className="text-sm font-medium">
            Coupon code
          </label>
          <input id="coupon" name="code" className={inputClass} placeholder="Enter a code" autoComplete="off" />
        </div>
        <button type="submit" className={secondaryButtonClass} disabled={isBusy}>
          {coupon.isPending ? "Applying…" : "Apply"}
        </button>
      </form>
      {coupon.error && <Notice tone="error">{coupon.error.message}</Notice>}
      <p className="mt-6 text-sm text-zinc-600 dark:text-zinc-400">Test card: Visa ending 4242.</p>
      <div className="mt-4 flex flex-wrap gap-3">
        <button
          type="button"
          className={buttonClass}
          disabled={isBusy}
          onClick={() => complete.mutate({ sessionId, outcome: "paid" })}
        >
          {isBusy ? "Paying…" : "Pay with test card"}
        </button>
        <button
          type="button"
          className={secondaryButtonClass}
          disabled={isBusy}
          onClick={() => complete.mutate({ sessionId, outcome: "declined" })}
        >
          Decline the payment
        </button>
      </div>
      {complete.error && <Notice tone="error">{complete.error.message}</Notice>}
    </>
  );
}
