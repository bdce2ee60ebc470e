"use client";

import { useActionState } from "react";
import { buttonClass, Notice } from "../_components/ui";
import { type CheckoutState, startCheckout } from "./actions";

export function CheckoutForm(props: { plan: string; interval: "MONTH" | "YEAR"; attribution: string | null }) {
  const [state, action, isPending] = useActionState<CheckoutState, FormData>(startCheckout, { error: null });
  return (
    <form action={action} className="mt-8">
      <input type="hidden" name="plan" value={props.plan} />
      <input type="hidden" name="interval" value={props.interval} />
      {props.attribution && <input type="hidden" name="ref" value={props.attribution} />}
      {state.error && <Notice tone="error">{state.error}</Notice>}
      <button type="submit" className={`${buttonClass} mt-4`} disabled={isPending}>
        {isPending ? "Starting checkout…" : "Continue to checkout"}
      </button>
    </form>
  );
}
