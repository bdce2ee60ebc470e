"use server";

import { redirect } from "next/navigation";
import { serverCaller } from "../_trpc/server";

export type CheckoutState = { error: string | null };

/** The checkout session is made only by this POST (a link or an image cannot start one). */
export async function startCheckout(_previous: CheckoutState, form: FormData): Promise<CheckoutState> {
  const ref = String(form.get("ref") ?? "");
  let url: string;
  try {
    const result = await (await serverCaller()).billing.checkout({
      planSlug: String(form.get("plan") ?? ""),
      interval: form.get("interval") === "YEAR" ? "YEAR" : "MONTH",
      ref: /^hero_[a-z0-9]{10,40}$/.test(ref) ? ref : null,
    });
    url = result.url;
  } catch (error) {
    return { error: error instanceof Error ? error.message : "We could not start the checkout. Please try again." };
  }
  redirect(url);
}
