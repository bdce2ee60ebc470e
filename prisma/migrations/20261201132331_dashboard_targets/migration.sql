-- CreateTable
CREATE TABLE "DashboardTargets" (
    "id" TEXT NOT NULL DEFAULT 'studio',
    "firstDeliveryHours" INTEGER NOT NULL DEFAULT 48,
    "revisionRounds" INTEGER NOT NULL DEFAULT 2,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DashboardTargets_pkey" PRIMARY KEY ("id")
);
