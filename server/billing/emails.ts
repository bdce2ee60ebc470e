import { serverEnv } from "../env";
import { day, money } from "../invoices/money";
import type { InvoiceDetails } from "../invoices/record";
import { composeEmail } from "../mail/compose";

/**
 * The billing emails, one function per kind. Each returns an email for the outbox (HTML in the
 * studio's layout + plain text); callers queue it in the transaction of the change it reports.
 */
const app = () => serverEnv().APP_URL.replace(/\/$/, "");
const billingLink = () => ({ label: "Open Manage Billing", url: `${app()}/portal/billing` });

interface InvoiceForEmail {
  id: string;
  number: string;
  amountCents: number;
  taxCents: number;
  currency: string;
  details: unknown;
  nextAttemptAt: Date | null;
}

const rowsOf = (invoice: InvoiceForEmail) => {
  const details = invoice.details as InvoiceDetails | null;
  return [
    ...(details?.lines ?? []).map((l) => ({ label: l.description, value: money(l.amountCents, invoice.currency) })),
    ...(details?.tax ? [{ label: details.tax.label, value: money(invoice.taxCents, invoice.currency) }] : []),
    { label: "Total", value: money(invoice.amountCents, invoice.currency), isTotal: true },
  ];
};

export const receiptEmail = (to: string, invoice: InvoiceForEmail) =>
  composeEmail({
    to,
    kind: "billing-receipt",
    subject: `Receipt for invoice ${invoice.number} — ${money(invoice.amountCents, invoice.currency)} paid`,
    preview: `We received ${money(invoice.amountCents, invoice.currency)}. Thank you.`,
    heading: "Payment received",
    paragraphs: [
      `Thank you — we received ${money(invoice.amountCents, invoice.currency)} for invoice ${invoice.number}.`,
      ...((invoice.details as InvoiceDetails | null)?.notes ?? []),
    ],
    rows: rowsOf(invoice),
    action: { label: "Download the invoice (PDF)", url: `${app()}/api/billing/invoices/${invoice.id}/pdf` },
    footnote: "Your invoices are also listed in Manage Billing.",
  });

export const paymentFailedEmail = (to: string, invoice: InvoiceForEmail) =>
  composeEmail({
    to,
    kind: "billing-payment-failed",
    subject: `Your payment of ${money(invoice.amountCents, invoice.currency)} failed`,
    preview: "Update your card to keep your requests moving.",
    heading: "Your payment failed",
    paragraphs: [
      `We could not charge ${money(invoice.amountCents, invoice.currency)} for invoice ${invoice.number}.`,
      invoice.nextAttemptAt
        ? `We will try again on ${day(invoice.nextAttemptAt)}. Updating your card now pays the invoice at once.`
        : "Update your card to pay the invoice.",
    ],
    rows: rowsOf(invoice),
    action: { label: "Update your card", url: `${app()}/portal/billing#payment-method` },
  });

export const subscriptionStartedEmail = (to: string, s: { planName: string; interval: string; periodEnd: Date }) =>
  composeEmail({
    to,
    kind: "billing-subscription-started",
    subject: `Welcome to ${s.planName}`,
    heading: `Your ${s.planName} subscription has started`,
    paragraphs: [
      `You are on ${s.planName}, billed ${s.interval === "YEAR" ? "yearly" : "monthly"}. The next charge is on ${day(s.periodEnd)}.`,
      "Add your first design request from the portal; you can pause or cancel from Manage Billing at any time.",
    ],
    action: { label: "Open the portal", url: `${app()}/portal` },
  });

export const planChangedEmail = (
  to: string,
  c: { fromPlan: string; toPlan: string; interval: string; effective: "now" | Date; activeLimit: number },
) =>
  composeEmail({
    to,
    kind: "billing-plan-changed",
    subject: c.effective === "now" ? `Your plan is now ${c.toPlan}` : `${c.toPlan} starts on ${day(c.effective)}`,
    heading: c.effective === "now" ? "Your plan changed" : "Your plan change is scheduled",
    paragraphs: [
      c.effective === "now"
        ? `You moved from ${c.fromPlan} to ${c.toPlan} (${c.interval === "YEAR" ? "yearly" : "monthly"}). Up to ${c.activeLimit} requests can be in progress at once from now on.`
        : `You stay on ${c.fromPlan} until ${day(c.effective)}; then ${c.toPlan} (${c.interval === "YEAR" ? "yearly" : "monthly"}) begins, with up to ${c.activeLimit} requests in progress at once.`,
    ],
    action: billingLink(),
  });

export const pausedEmail = (to: string, p: { daysKept: number | null }) =>
  composeEmail({
    to,
    kind: "billing-paused",
    subject: "Your subscription is paused",
    heading: "Paused",
    paragraphs: [
      `Your subscription is paused${p.daysKept != null ? ` with ${p.daysKept} days kept for when you come back` : ""}. Nothing is charged while it is paused, and your request queue is kept.`,
    ],
    action: { label: "Resume when you are ready", url: `${app()}/portal/billing` },
  });

export const resumedEmail = (to: string, r: { nextChargeAt: Date }) =>
  composeEmail({
    to,
    kind: "billing-resumed",
    subject: "Your subscription is active again",
    heading: "Welcome back",
    paragraphs: [`Your subscription is active again; the next charge is on ${day(r.nextChargeAt)}.`],
    action: billingLink(),
  });

export const canceledEmail = (to: string, c: { endsAt: Date }) =>
  composeEmail({
    to,
    kind: "billing-canceled",
    subject: `Your subscription ends on ${day(c.endsAt)}`,
    heading: "Cancellation confirmed",
    paragraphs: [
      `Your subscription ends on ${day(c.endsAt)}; until then everything keeps working. Nothing more will be charged.`,
      "Changed your mind? You can keep your subscription from Manage Billing until that day.",
    ],
    action: { label: "Keep my subscription", url: `${app()}/portal/billing` },
  });

export const cancellationUndoneEmail = (to: string, c: { nextChargeAt: Date }) =>
  composeEmail({
    to,
    kind: "billing-cancellation-undone",
    subject: "Your subscription continues",
    heading: "You are staying — thank you",
    paragraphs: [`Your subscription no longer ends; the next charge is on ${day(c.nextChargeAt)}.`],
    action: billingLink(),
  });

export const couponEndingEmail = (
  to: string,
  c: { coupon: string; renewsAt: Date; fullPriceCents: number; currency: string },
) =>
  composeEmail({
    to,
    kind: "billing-coupon-ending",
    subject: `Your coupon ends: the renewal on ${day(c.renewsAt)} is at the full price`,
    heading: "Your coupon ends soon",
    paragraphs: [
      `Your coupon ${c.coupon} ends with this period: the renewal on ${day(c.renewsAt)} is at the full price of ${money(c.fullPriceCents, c.currency)}.`,
    ],
    action: billingLink(),
  });

export const trialEndingEmail = (
  to: string,
  t: { planName: string; endsAt: Date; priceCents: number; currency: string },
) =>
  composeEmail({
    to,
    kind: "billing-trial-ending",
    subject: `Your trial ends on ${day(t.endsAt)}`,
    heading: "Your trial ends soon",
    paragraphs: [
      `Your ${t.planName} trial ends on ${day(t.endsAt)}. Then ${money(t.priceCents, t.currency)} is charged to your card, unless you cancel before.`,
    ],
    action: billingLink(),
  });

export const creditNoteEmail = (to: string, note: InvoiceForEmail & { creditsNumber: string }) =>
  composeEmail({
    to,
    kind: "billing-credit-note",
    subject: `Refund of ${money(-note.amountCents, note.currency)} for invoice ${note.creditsNumber}`,
    heading: "We refunded you",
    paragraphs: [
      `We refunded ${money(-note.amountCents, note.currency)} for invoice ${note.creditsNumber}. Credit note ${note.number} records it; the money reaches your card within a few days.`,
    ],
    action: { label: "Download the credit note (PDF)", url: `${app()}/api/billing/invoices/${note.id}/pdf` },
  });
