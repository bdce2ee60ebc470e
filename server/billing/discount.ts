export interface Discount {
  percentOff: number | null;
  amountOffCents: number | null;
  duration: "ONCE" | "FOREVER";
}

/** The price after a coupon: a percentage or a fixed amount off, never below zero. */
export function discounted(priceCents: number, discount: Pick<Discount, "percentOff" | "amountOffCents"> | null) {
  if (!discount) return priceCents;
  if (discount.percentOff) return Math.round((priceCents * (100 - discount.percentOff)) / 100);
  return Math.max(0, priceCents - (discount.amountOffCents ?? 0));
}
