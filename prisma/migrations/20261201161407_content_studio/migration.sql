-- CreateEnum
CREATE TYPE "ContentKind" AS ENUM ('GLOSSARY', 'POST', 'FAQ', 'SERVICE', 'STORY');

-- AlterTable
ALTER TABLE "BlogPost" ADD COLUMN     "coverAlt" TEXT,
ADD COLUMN     "seoImage" TEXT;

-- AlterTable
ALTER TABLE "CaseStudy" ADD COLUMN     "seoDescription" TEXT,
ADD COLUMN     "seoImage" TEXT,
ADD COLUMN     "seoTitle" TEXT;

-- AlterTable
ALTER TABLE "GlossaryTerm" ADD COLUMN     "seoImage" TEXT;

-- AlterTable
ALTER TABLE "Service" ADD COLUMN     "seoDescription" TEXT,
ADD COLUMN     "seoImage" TEXT,
ADD COLUMN     "seoTitle" TEXT;

-- CreateTable
CREATE TABLE "ContentRevision" (
    "id" TEXT NOT NULL,
    "kind" "ContentKind" NOT NULL,
    "itemId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "data" JSONB NOT NULL,
    "authorId" TEXT,
    "authorName" TEXT NOT NULL,
    "isPublished" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContentRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContentDraft" (
    "kind" "ContentKind" NOT NULL,
    "itemId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "publishedVersion" INTEGER,
    "slug" TEXT,
    "publishAt" TIMESTAMP(3),
    "unpublishAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ContentDraft_pkey" PRIMARY KEY ("kind","itemId")
);

-- CreateTable
CREATE TABLE "Redirect" (
    "id" TEXT NOT NULL,
    "fromPath" TEXT NOT NULL,
    "toPath" TEXT NOT NULL,
    "kind" "ContentKind",
    "itemId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Redirect_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContentPreviewLink" (
    "id" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "kind" "ContentKind" NOT NULL,
    "itemId" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContentPreviewLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ContentRevision_kind_itemId_isPublished_idx" ON "ContentRevision"("kind", "itemId", "isPublished");

-- CreateIndex
CREATE UNIQUE INDEX "ContentRevision_kind_itemId_number_key" ON "ContentRevision"("kind", "itemId", "number");

-- CreateIndex
CREATE INDEX "ContentDraft_kind_slug_idx" ON "ContentDraft"("kind", "slug");

-- CreateIndex
CREATE UNIQUE INDEX "Redirect_fromPath_key" ON "Redirect"("fromPath");

-- CreateIndex
CREATE INDEX "Redirect_toPath_idx" ON "Redirect"("toPath");

-- CreateIndex
CREATE UNIQUE INDEX "ContentPreviewLink_tokenHash_key" ON "ContentPreviewLink"("tokenHash");

-- CreateIndex
CREATE INDEX "ContentPreviewLink_kind_itemId_idx" ON "ContentPreviewLink"("kind", "itemId");
