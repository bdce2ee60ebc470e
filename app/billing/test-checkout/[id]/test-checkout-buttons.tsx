"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { buttonClass, Notice, secondaryButtonClass } from "../../../_components/ui";
import { useTRPC } from "../../../_trpc/client";

export function TestCheckoutButtons({ sessionId }: { sessionId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const complete = useMutation(
    trpc.billing.completeTestCheckout.mutationOptions({ onSuccess: () => router.push("/portal/billing?welcome=1") }),
  );
  const isBusy = complete.isPending || complete.isSuccess;
  return (
    <>
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
