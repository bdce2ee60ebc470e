-- AlterTable: add the columns, copy them from each row's request, then require them.
ALTER TABLE "Deliverable" ADD COLUMN "workspaceId" TEXT;
UPDATE "Deliverable" d SET "workspaceId" = r."workspaceId" FROM "DesignRequest" r WHERE r.id = d."requestId";
ALTER TABLE "Deliverable" ALTER COLUMN "workspaceId" SET NOT NULL;

ALTER TABLE "RequestAttachment" ADD COLUMN "workspaceId" TEXT;
UPDATE "RequestAttachment" a SET "workspaceId" = r."workspaceId" FROM "DesignRequest" r WHERE r.id = a."requestId";
ALTER TABLE "RequestAttachment" ALTER COLUMN "workspaceId" SET NOT NULL;

-- CreateIndex
CREATE INDEX "Deliverable_workspaceId_createdAt_idx" ON "Deliverable"("workspaceId", "createdAt");

-- CreateIndex
CREATE INDEX "RequestAttachment_workspaceId_createdAt_idx" ON "RequestAttachment"("workspaceId", "createdAt");
