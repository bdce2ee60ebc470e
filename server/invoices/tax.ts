import type { Db } from "../platform/db";

export interface Seller {
  legalName: string;
  address: string;
  country: string;
  vatId: string | null;
  email: string;
}

export interface Buyer {
  name: string;
  legalName: string | null;
  address: string | null;
  country: string | null;
  vatId: string | null;
}

export interface TaxDecision {
  rateBasisPoints: number;
  label: string;
  isReverseCharge: boolean;
  /** Printed under the totals. */
  note: string | null;
}

/** Used until an admin saves the studio's own details. */
export const DEFAULT_SELLER: Seller = {
  legalName: "Atelier Studio LLC",
  address: "1 Design Way\nPortland, OR 97201\nUnited States",
  country: "US",
  vatId: null,
  email: "billing@atelier.example",
};

export async function studioSeller(db: Db): Promise<Seller> {
  const row = await db.studioSettings.findUnique({ where: { id: "studio" } });
  return row
    ? { legalName: row.legalName, address: row.address, country: row.country, vatId: row.vatId, email: row.email }
    : DEFAULT_SELLER;
}

/**
 * The rule, kept simple on purpose: a business buyer with a VAT id in another country than the
 * studio's pays no tax (reverse charge: the buyer accounts for it); everyone else pays the rate the
 * admin set for the buyer's country, or none when no rate is set.
 */
export function decideTax(seller: Seller, buyer: Buyer, rate: { rateBasisPoints: number; label: string } | null) {
  if (buyer.vatId && buyer.country && buyer.country !== seller.country) {
    return {
      rateBasisPoints: 0,
      label: "VAT 0% (reverse charge)",
      isReverseCharge: true,
      note: `Reverse charge: VAT to be accounted for by the recipient (VAT id ${buyer.vatId}).`,
    } satisfies TaxDecision;
  }
  if (!rate || rate.rateBasisPoints === 0) return null;
  return {
    rateBasisPoints: rate.rateBasisPoints,
    label: `${rate.label} ${rate.rateBasisPoints / 100}%`,
    isReverseCharge: false,
    note: null,
  } satisfies TaxDecision;
}

export const taxOn = (netCents: number, tax: TaxDecision | null) =>
  tax ? Math.round((netCents * tax.rateBasisPoints) / 10_000) : 0;

export async function buyerOf(db: Db, workspaceId: string): Promise<Buyer> {
  const w = await db.workspace.findUnique({
    where: { id: workspaceId },
    select: { name: true, billingLegalName: true, billingAddress: true, billingCountry: true, billingVatId: true },
  });
  return {
    name: w?.name ?? "(deleted workspace)",
    legalName: w?.billingLegalName ?? null,
    address: w?.billingAddress ?? null,
    country: w?.billingCountry ?? null,
    vatId: w?.billingVatId ?? null,
  };
}

/** Seller, buyer and the tax decision for a workspace, as of now. */
export async function taxContext(db: Db, workspaceId: string) {
  const [seller, buyer] = await Promise.all([studioSeller(db), buyerOf(db, workspaceId)]);
  const rate = buyer.country ? await db.taxRate.findUnique({ where: { country: buyer.country } }) : null;
  return { seller, buyer, tax: decideTax(seller, buyer, rate) };
}
