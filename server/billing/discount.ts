export interface Discount {
  percentOff: number | null;
  amountOffCents: number | null;
  duration: "ONCE" | "FOREVER";
  code?: string;
}

/** The price after a coupon: a percentage or a fixed amount off, never below zero. */
export function discounted(priceCents: number, discount: Pick<Discount, "percentOff" | "amountOffCents"> | null) {
  if (!discount) return priceCents;
  if (discount.percentOff) return Math.round((priceCents * (100 - discount.percentOff)) / 100);
  return Math.max(0, priceCents - (discount.amountOffCents ?? 0));
}

/** How a coupon reads on a checkout line and an invoice: "WELCOME10 −10%, first month only". */
export function discountLabel(discount: Discount, interval?: "MONTH" | "YEAR") {
  const off = discount.percentOff
    ? `−${discount.percentOff}%`
    : `−$${((discount.amountOffCents ?? 0) / 100).toFixed(2)}`;
  const first =
    interval === "YEAR" ? "first year only" : interval === "MONTH" ? "first month only" : "first invoice only";
  const duration = discount.duration === "ONCE" ? first : "every invoice";
  return `${discount.code ?? "Coupon"} ${off}, ${duration}`;
}
