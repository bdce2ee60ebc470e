-- CreateEnum
CREATE TYPE "OnboardingStep" AS ENUM ('COMPANY', 'TEAM', 'BRAND', 'DONE');

-- AlterTable
ALTER TABLE "Service" ADD COLUMN     "briefTemplate" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "brandColors" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "brandFonts" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "brandLinks" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "brandLogoId" TEXT,
ADD COLUMN     "onboardingStep" "OnboardingStep" NOT NULL DEFAULT 'DONE';

-- AddForeignKey
ALTER TABLE "Workspace" ADD CONSTRAINT "Workspace_brandLogoId_fkey" FOREIGN KEY ("brandLogoId") REFERENCES "FileAsset"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
