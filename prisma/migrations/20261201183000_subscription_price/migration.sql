-- A subscription keeps the price it pays: until now it was read from "Plan", so editing a plan's
-- list price would have changed what every existing subscriber is billed and shown.
ALTER TABLE "Subscription" ADD COLUMN "priceCents" INTEGER;
ALTER TABLE "Subscription" ADD COLUMN "currency" TEXT NOT NULL DEFAULT 'usd';
ALTER TABLE "Subscription" ADD COLUMN "scheduledPriceCents" INTEGER;

UPDATE "Subscription" AS s
SET "priceCents" = CASE WHEN s."interval" = 'YEAR' THEN p."yearlyPriceCents" ELSE p."monthlyPriceCents" END,
    "currency" = p."currency"
FROM "Plan" AS p
WHERE p."slug" = s."planSlug";

UPDATE "Subscription" AS s
SET "scheduledPriceCents" = CASE WHEN s."scheduledInterval" = 'YEAR' THEN p."yearlyPriceCents" ELSE p."monthlyPriceCents" END
FROM "Plan" AS p
WHERE p."slug" = s."scheduledPlanSlug";

-- A subscription whose plan no longer exists has no list price to keep.
UPDATE "Subscription" SET "priceCents" = 0 WHERE "priceCents" IS NULL;
ALTER TABLE "Subscription" ALTER COLUMN "priceCents" SET NOT NULL;
