import { describe, expect, it } from "vitest";
import { DEFAULT_SELLER, decideTax, taxOn } from "./tax";

const buyer = { name: "Acme", legalName: "Acme GmbH", address: null, country: "DE", vatId: null };
const vat = { rateBasisPoints: 1900, label: "VAT" };

describe("the tax rule", () => {
  it("charges the buyer country's rate, or nothing when none is set", () => {
    expect(decideTax(DEFAULT_SELLER, buyer, vat)).toMatchObject({ label: "VAT 19%", isReverseCharge: false });
    expect(taxOn(10_000, decideTax(DEFAULT_SELLER, buyer, vat))).toBe(1_900);
    expect(decideTax(DEFAULT_SELLER, buyer, null)).toBeNull();
  });

  it("reverse-charges a business with a VAT id abroad, but not one in the studio's own country", () => {
    const abroad = decideTax(DEFAULT_SELLER, { ...buyer, vatId: "DE123456789" }, vat);
    expect(abroad).toMatchObject({ rateBasisPoints: 0, isReverseCharge: true });
    expect(abroad?.note).toContain("DE123456789");
    const home = decideTax(
      DEFAULT_SELLER,
      { ...buyer, country: "US", vatId: "US12345" },
      { rateBasisPoints: 800, label: "Sales tax" },
    );
    expect(home).toMatchObject({ rateBasisPoints: 800, isReverseCharge: false });
  });
});
